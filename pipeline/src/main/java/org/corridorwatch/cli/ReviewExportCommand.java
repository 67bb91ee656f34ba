package org.corridorwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.model.OutputException;
import org.corridorwatch.review.Decision;
import org.corridorwatch.review.DecisionExport;
import org.corridorwatch.review.DecisionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch review export}: decisions with their site outlines as GeoJSON, CSV or GeoPackage. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports decisions with geometry (WGS84): the current decision of every site, or with --history every change.",
            "Exits 3 when --db is not a decision store, 6 when --out exists (use --overwrite)."})
final class ReviewExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Decision store (decisions.sqlite).")
    Path db;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES} (lower case works).")
    DecisionExport.Format format;

    @Mixin
    CommonOptions.Out output;

    @Option(names = "--history", description = "Every decision ever made, not only the current one per site.")
    boolean history;

    @Mixin
    CommonOptions.Overwrite overwrite;

    @Override
    public Integer call() {
        Path out = output.out;
        if (Files.exists(out) && !overwrite.overwrite) {
            throw new OutputException(out, "already exists", "use --overwrite or another --out");
        }
        DecisionStore store = DecisionStore.openExisting(db);
        List<Decision> rows = history ? store.history() : store.current();
        DecisionExport.write(rows, format, out);
        spec.commandLine().getOut().printf("%d decisions written to %s%n", rows.size(), out);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
