package org.corridorwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code corridorwatch review}: triage a run in the browser and export decisions. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review candidates: 'serve' a run's report with triage, 'export' the decisions.",
        subcommands = {ReviewServeCommand.class, ReviewExportCommand.class})
final class ReviewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
