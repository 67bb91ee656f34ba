package org.corridorwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code corridorwatch samples}: synthetic imagery samples with ground truth (only wires subcommands). */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Synthetic before/after imagery samples of the corridors with ground truth.",
        subcommands = {SamplesGenerateCommand.class})
final class SamplesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
