package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridorwatch.evaluate.RunEvaluation;
import org.corridorwatch.evaluate.SiteMatcher;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.scan.ScanRequest;
import org.corridorwatch.report.Walkthrough;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch walkthrough}: scans a sample, evaluates it and exports the walkthrough page. */
@Command(name = "walkthrough", mixinStandardHelpOptions = true,
        description = {"Scans a sample folder (before.tif, after.tif, truth.geojson and, when present, firms.csv), evaluates the run "
                + "against its truth and writes a Markdown walkthrough with PNG figures (top sites' chips, score "
                + "distribution, precision-recall curve, table of reasons) into --out. The scan runs in a temporary "
                + "folder that is removed afterwards (keep it with --keep-run DIR).",
            "Exits 3 when the sample folder lacks a scene or its truth."})
final class WalkthroughCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sample", required = true, paramLabel = "DIR", description = "A sample folder, e.g. imagery-samples/rn1-kolokani-didieni.")
    Path sample;

    @Mixin
    CommonOptions.Out output;

    @Mixin
    CommonOptions.Threads threads;

    @Option(names = "--keep-run", paramLabel = "DIR", description = "Write the scan's outputs here and keep them.")
    Path keepRun;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter pw = spec.commandLine().getOut();
        for (String f : new String[] {"before.tif", "after.tif", "truth.geojson"}) {
            if (!Files.exists(sample.resolve(f))) {
                throw new InputDataException(sample, "has no " + f, "give a folder written by `corridorwatch samples generate`");
            }
        }
        Path run = keepRun != null ? keepRun : Files.createTempDirectory("cw-walkthrough").resolve("run");
        try {
            return walk(run, pw);
        } finally {
            if (keepRun == null) {
                try (var files = Files.walk(run.getParent())) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    /** The sample's FIRMS detections, when it has them. */
    private java.util.List<Path> firms() {
        Path f = sample.resolve("firms.csv");
        return Files.exists(f) ? java.util.List.of(f) : java.util.List.of();
    }

    private int walk(Path run, PrintWriter pw) {
        ScanJob.run(ScanRequest.builder(sample.resolve("before.tif"), sample.resolve("after.tif"), run)
                .threads(threads.orCores()).overwrite(true)
                .firms(firms()).build(), pw, TerminalProgress.forOutput(pw));
        RunEvaluation.evaluate(run, sample.resolve("truth.geojson"), null, SiteMatcher.DEFAULT_MATCH_DISTANCE_M);
        String command = "./corridorwatch walkthrough --sample " + sample + " --out " + output.out;
        pw.println(firms().isEmpty() ? "walkthrough: no firms.csv in the sample" : "walkthrough: with the sample's firms.csv");
        Path md = Walkthrough.write(new Walkthrough.Source(run, "Walkthrough: " + sample.getFileName(), command), output.out);
        pw.println("walkthrough written: " + md);
        pw.flush();
        return ExitCode.OK.code();
    }
}
