package org.corridorwatch.cli;

import java.io.PrintWriter;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.model.ParserMessages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear message and a documented exit code: user-fixable problems
 * ({@link CorridorWatchException}) print "error: message" and "hint: fix"; usage errors print the
 * usage line; anything else is a bug and prints its stack trace with exit code 1.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof CorridorWatchException cw) {
            err.println(cl.getColorScheme().errorText("error: " + oneLine(cw.getMessage())));
            if (!cw.hint().isEmpty()) {
                err.println("hint: " + cw.hint());
            }
            err.flush();
            return cw.exitCode().code();
        }
        err.println("error: internal error (a bug in CorridorWatch; please report it with this trace):");
        ex.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getColorScheme().errorText("error: " + withoutPrefix(ex.getMessage())));
        if (ex instanceof OptionRangeException) {
            err.flush();
            return ExitCode.CONFIG.code();
        }
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(cl.getHelp().fullSynopsis());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    /** The message on one line, without a parser's "[Source: ...]" blocks (see {@link ParserMessages}). */
    static String oneLine(String message) {
        return ParserMessages.oneLine(message);
    }

    /** picocli starts some messages with its own "Error: "; after our "error: " that reads twice. */
    static String withoutPrefix(String message) {
        String m = message == null ? "" : message.strip();
        return m.regionMatches(true, 0, "Error: ", 0, 7) ? m.substring(7) : m;
    }

    @Override
    public int getExitCode(Throwable exception) {
        return exception instanceof CorridorWatchException cw ? cw.exitCode().code() : ExitCode.INTERNAL.code();
    }
}
