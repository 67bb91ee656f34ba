package org.corridorwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code corridorwatch workspace}: create a workspace for overnight scans. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Workspaces for overnight scans: 'init' creates one.",
        subcommands = {WorkspaceInitCommand.class})
final class WorkspaceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
