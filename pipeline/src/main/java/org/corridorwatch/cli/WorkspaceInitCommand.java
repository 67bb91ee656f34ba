package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.nightly.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corridorwatch workspace init DIR}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates a workspace for 'corridorwatch nightly': config/ (corridorwatch.yaml, a copy of the default "
                + "scan configuration, and nightly.yaml; both editable), inbox/ (drop scenes here), firms/ (drop FIRMS "
                + "exports here), runs/, quarantine/ and workspace.sqlite (scene catalog, per-tile pairing decisions, pairs, "
                + "tile results, runs, candidates seen, quarantined files, FIRMS files and review decisions).",
            "Running it on an existing workspace creates what is missing and changes nothing else. "
                + "Exits 0, or 6 when DIR cannot be written."})
final class WorkspaceInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Workspace folder (created when missing).")
    Path dir;

    @Override
    public Integer call() {
        Workspace ws = Workspace.init(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("workspace ready in " + ws.root());
        out.println("  drop scenes in   " + ws.inbox());
        out.println("  configuration    " + ws.scanConfig() + ", " + ws.nightlyConfig());
        out.println("  database         " + ws.database() + " (also the review decision store: review serve --db)");
        out.println("  then run         corridorwatch nightly --workspace " + ws.root());
        out.flush();
        return ExitCode.OK.code();
    }
}
