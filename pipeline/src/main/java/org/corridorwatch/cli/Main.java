package org.corridorwatch.cli;

import picocli.CommandLine;

/** Entry point: {@code java -jar corridorwatch.jar ...}; normally started by the {@code ./corridorwatch} launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The fully wired command line; tests use it with their own out/err writers. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new CorridorWatchCommand());
        FailureHandler failures = new FailureHandler();
        cl.setExecutionExceptionHandler(failures);
        cl.setParameterExceptionHandler(failures);
        cl.setExitCodeExceptionMapper(failures);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        documentExitCodes(cl);
        return cl;
    }

    private static void documentExitCodes(CommandLine cl) {
        cl.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CorridorWatchCommand.exitCodeHelp());
        cl.getSubcommands().values().forEach(Main::documentExitCodes);
    }
}
