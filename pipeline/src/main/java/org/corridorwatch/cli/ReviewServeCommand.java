package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.review.DecisionStore;
import org.corridorwatch.review.ReviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch review serve}: the run's report with confirm/reject/unsure, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves a run's report.html with triage (keys j/k next/previous, c confirm, r reject, u unsure) "
                + "and stores decisions in an SQLite file. Runs until interrupted (Ctrl-C).",
            "Binds to 127.0.0.1 by default; any other --bind requires the access token printed at start."})
final class ReviewServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "Run folder of 'corridorwatch scan' (its --out).")
    Path run;

    @Option(names = "--db", paramLabel = "FILE", description = "Decision store (default: the workspace's workspace.sqlite for a nightly run, else <run>/../decisions.sqlite).")
    Path db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path store = db != null ? db : defaultDb(run);
        DecisionStore decisions = DecisionStore.open(store);
        ReviewServer server = ReviewServer.start(run, decisions, bind, port, false);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        out.printf("Reviewing %s; decisions in %s%n", run.toAbsolutePath().normalize(), store.toAbsolutePath().normalize());
        if (server.token() != null) {
            out.printf("Access token (required on every request): %s%n", server.token());
        }
        out.printf("Open %s  (Ctrl-C to stop)%n", server.url());
        out.flush();
        stop.await();
        return ExitCode.OK.code();
    }

    /**
     * The workspace's store when the run lies in a nightly workspace ({@code <ws>/runs/<run>/<pair>} →
     * {@code <ws>/workspace.sqlite}), else {@code <run>/../decisions.sqlite}, shared by every run beside it.
     */
    static Path defaultDb(Path run) {
        Path abs = run.toAbsolutePath().normalize();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("runs") && p.getParent() != null
                    && java.nio.file.Files.exists(p.getParent().resolve("workspace.sqlite"))) {
                return p.getParent().resolve("workspace.sqlite");
            }
        }
        Path parent = abs.getParent();
        return (parent == null ? abs : parent).resolve("decisions.sqlite");
    }
}
