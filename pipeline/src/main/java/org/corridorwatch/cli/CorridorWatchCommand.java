package org.corridorwatch.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridorwatch.model.ExitCode;
import picocli.CommandLine.Command;

/** The top command: it only wires the subcommands. */
@Command(name = "corridorwatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Screens satellite imagery of Mali's fuel corridors for attacks on tanker convoys.",
        subcommands = {ScanCommand.class, EvaluateCommand.class, ReviewCommand.class, WalkthroughCommand.class, CorridorsCommand.class,
            TilesCommand.class, SamplesCommand.class, DoctorCommand.class, WorkspaceCommand.class, NightlyCommand.class})
public final class CorridorWatchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The documented exit codes, as picocli's help section wants them. */
    static Map<String, String> exitCodeHelp() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(ExitCode.values()).forEach(c -> m.put(String.format("%3d", c.code()), c.meaning()));
        return m;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
