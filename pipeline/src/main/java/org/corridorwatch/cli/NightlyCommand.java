package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.corridorwatch.nightly.NightlyJob;
import org.corridorwatch.nightly.NightlyLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch nightly}: the unattended overnight job of a workspace. */
@Command(name = "nightly", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Catalogs new scenes in the workspace's inbox (and, with --stac, a STAC API) and FIRMS exports in firms/, pairs each "
                + "tile of every new scene with the most recent earlier scene of the same sensor clear over that tile, scans every "
                + "pair never scanned with the current configuration over the tiles that chose it, with the FIRMS files of its "
                + "dates, into runs/<run>/<pair>/ (rejected sites suppressed, confirmed ones linked), writes runs/<run>/summary.json "
                + "and prints one line, e.g. \"3 new scenes, 41 tiles, 2 new candidates (1 linked to known incident), "
                + "0 failures, 4m12s\". Progress goes to stderr: a bar on a terminal, timestamped lines otherwise.",
            "Safe to kill: the next run resumes the interrupted one. One run at a time per workspace.",
            "Exits 0 (done), 8 (done, but some tiles, pairs or the STAC search failed), 9 (nothing new), 10 (another run holds the lock), "
                + "4 (bad configuration), 11 (not a workspace)."})
final class NightlyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "Workspace made by 'workspace init'.")
    Path workspace;

    @Option(names = "--since", paramLabel = "DATE", description = "Only after-scenes acquired on or after this date (yyyy-MM-dd).")
    LocalDate since;

    @Option(names = "--wait", description = "When another nightly run holds the workspace, wait for it instead of exiting 10.")
    boolean waitForLock;

    @Option(names = "--notify", paramLabel = "URL", description = "POST summary.json to this URL when done; a failure is logged, never fatal.")
    URI notify;

    @Mixin
    CommonOptions.Threads threads;

    @Option(names = "--stac", paramLabel = "URL", description = "Also search this STAC API for scenes (bbox of the corridors, "
            + "dates from --since); read over HTTP with range requests. Default: stac.url of config/nightly.yaml.")
    String stac;

    @Option(names = "--collection", paramLabel = "NAME", description = "STAC collection to search, e.g. sentinel-2-c1-l2a.")
    String collection;

    @Option(names = "--roads", paramLabel = "FILE", description = "Road data the corridors' roads are built from, once per "
            + "night (default: roads.file of the workspace's config/corridorwatch.yaml). See docs/roads.md.")
    Path roads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NightlyLog log = System.console() != null ? NightlyLog.bar() : NightlyLog.lines(spec.commandLine().getErr());
        NightlyJob.Result r = NightlyJob.run(new NightlyJob.Request(workspace, since, waitForLock, notify, threads.orDefault(), stac,
                collection, roads), log);
        out.println(r.line());
        out.flush();
        return r.outcome().exitCode().code();
    }
}
