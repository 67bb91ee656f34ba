package org.corridorwatch.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corridorwatch.files.Installation;
import org.corridorwatch.scan.ScanJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real multi-process Spark standalone cluster on loopback: a Master and two one-core Workers started here as JVMs
 * on the Maven-resolved class path (their SPARK_HOME is a folder of links to those jars: no Spark install), the
 * backfill submitted to it as a driver process, and the executor JVM running the first tile task killed by PID.
 * The job must complete, with per pair the same candidates and byte-identical evidence as {@code scan}.
 */
class StandaloneClusterTest {
    private static final List<String> SAMPLES = List.of("rn7-bougouni-bushfires", "rn1-kaniera-lakamane", "no-change");
    private static final Pattern RUNNING = Pattern.compile("Running task \\S+ in stage (\\d+)\\.\\d+ \\(TID (\\d+)\\)");
    private final List<Process> started = new ArrayList<>();

    @Test
    void completesWithIdenticalOutputsAfterAnExecutorIsKilled(@TempDir Path tmp) throws Exception {
        String cp = classPath();
        String jni = System.getProperty("java.library.path");
        Path home = Installation.home();
        Path sparkHome = sparkHome(tmp, cp);
        String opens = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED "
                + "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED "
                + "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED";
        try {
            int port = freePort();
            String master = "spark://127.0.0.1:" + port;
            start(tmp, "master", sparkHome, cp, List.of("-Xmx256m"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
            List<Process> workers = new ArrayList<>();
            for (int w = 1; w <= 2; w++) {
                workers.add(start(tmp, "worker" + w, sparkHome, cp, List.of("-Xmx256m"), "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1200m", "--webui-port", String.valueOf(freePort()),
                        "--work-dir", tmp.resolve("work" + w).toString(), master));
            }
            Path csv = tmp.resolve("pairs.csv");
            Path samples = home.resolve("imagery-samples");
            StringBuilder rows = new StringBuilder("before,after,firms\n");
            for (String s : SAMPLES) {
                rows.append(samples.resolve(s).resolve("before.tif")).append(',').append(samples.resolve(s).resolve("after.tif"))
                        .append(',').append(samples.resolve(s).resolve("firms.csv")).append('\n');
            }
            Files.writeString(csv, rows);
            Path out = tmp.resolve("out");
            Process driver = start(tmp, "driver", sparkHome, cp, List.of("-Xmx1g", "-Djava.library.path=" + jni,
                            "-Dcorridorwatch.home=" + home, "-Dspark.ui.enabled=false", "-Dspark.executor.memory=900m",
                            "-Dspark.executor.extraClassPath=" + cp, "-Dspark.executor.extraLibraryPath=" + jni,
                            "-Dspark.executor.extraJavaOptions=" + opens + " -Dcorridorwatch.home=" + home),
                    "org.corridorwatch.backfill.Backfill", "--pairs", csv.toString(), "--out", out.toString(), "--master", master);

            // the first tile task (stage >= 1: stage 0 is the GDAL check) running on an executor: kill that executor's JVM
            long killed = -1;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (killed < 0 && driver.isAlive() && System.nanoTime() < deadline) {
                for (int w = 0; w < 2 && killed < 0; w++) {
                    if (runsTileTask(tmp.resolve("work" + (w + 1)))) {
                        Optional<ProcessHandle> exec = workers.get(w).toHandle().children().findFirst();
                        if (exec.isPresent()) {
                            killed = exec.get().pid();
                            exec.get().destroyForcibly();
                            System.out.printf("killed executor JVM pid %d of worker %d during a tile task%n", killed, w + 1);
                        }
                    }
                }
                Thread.sleep(20);
            }
            assertTrue(killed > 0, "an executor was killed mid-job; driver log:\n" + log(tmp, "driver") + "\nworker 1:\n" + log(tmp, "worker1"));
            assertTrue(driver.waitFor(5, TimeUnit.MINUTES), "the backfill finished in time");
            String driverLog = log(tmp, "driver");
            assertEquals(0, driver.exitValue(), driverLog);
            assertTrue(driverLog.contains("Lost executor") || driverLog.contains("ExecutorLostFailure"),
                    "the driver saw the executor go:\n" + driverLog);
            driverLog.lines().filter(l -> l.contains("Lost executor") || l.contains("ExecutorLostFailure") || l.startsWith("backfill:"))
                    .forEach(System.out::println);
            assertSameAsScan(tmp, out, PairsCsv.read(csv, ""));
            // the executors' scratch folders of opened pairs: released at the end, or (the killed executor's) deleted with
            // the application's local dirs by its Worker
            List<Path> scratch = scratchFolders(tmp);
            for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); !scratch.isEmpty() && System.nanoTime() < until; ) {
                Thread.sleep(500);
                scratch = scratchFolders(tmp);
            }
            assertEquals(List.of(), scratch, "no scratch folder of an opened pair left");
        } finally {
            for (Process p : started) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    /** True when an executor under this worker's work dir logged a tile task (stage >= 1) it has not finished. */
    private static boolean runsTileTask(Path workDir) throws IOException {
        if (!Files.isDirectory(workDir)) {
            return false;
        }
        List<Path> logs;
        try (Stream<Path> s = Files.walk(workDir)) {
            logs = s.filter(p -> p.getFileName().toString().equals("stderr")).toList();
        }
        for (Path f : logs) {
            String text = Files.readString(f);
            Matcher m = RUNNING.matcher(text);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) >= 1
                        && !Pattern.compile("Finished task \\S+ in stage \\d+\\.\\d+ \\(TID " + m.group(2) + "\\)").matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> scratchFolders(Path tmp) throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(ExecutorTiles.SCRATCH_PREFIX)).toList();
        }
    }

    private static void assertSameAsScan(Path tmp, Path out, List<PairSpec> pairs) throws Exception {
        ObjectMapper json = new ObjectMapper();
        PrintWriter quiet = new PrintWriter(new StringWriter());
        for (PairSpec p : pairs) {
            Path scanOut = tmp.resolve("scan-" + p.id());
            ScanJob.run(p.request(scanOut, 2), quiet);
            Path pair = out.resolve("pairs").resolve(p.id());
            SameAsScan.assertSameCandidatesAndBurn(scanOut, pair, p.id());
            assertEquals(json.readTree(scanOut.resolve("tiles.geojson").toFile()).path("features").size(),
                    json.readTree(pair.resolve("tiles.geojson").toFile()).path("features").size(), p.id());
        }
    }

    private Process start(Path tmp, String name, Path sparkHome, String cp, List<String> jvm, String main, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "-Djava.awt.headless=true"));
        cmd.add("-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("java-tmp")));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", cp, main));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        // Spark's local dirs (and so the executors' scratch folders) inside the test's folder, not /tmp: a JVM killed
        // in the finally below cannot delete its own
        pb.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(tmp.resolve("local-" + name)).toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOCAL_HOSTNAME", "localhost");
        pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // else the executor command builder looks for a source build
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static String log(Path tmp, String name) throws IOException {
        Path f = tmp.resolve(name + ".log");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    /** SPARK_HOME for the Workers' executor command builder: jars/ holding links to the class path's jars. */
    private static Path sparkHome(Path tmp, String cp) throws IOException {
        Path jars = Files.createDirectories(tmp.resolve("spark-home/jars"));
        for (String e : cp.split(File.pathSeparator)) {
            Path p = Path.of(e);
            if (e.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        return tmp.resolve("spark-home");
    }

    /** The test's own class path (surefire sets java.class.path to it), for the cluster's JVMs. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        assertTrue(cp.contains("spark-core"), "the class path has Spark: " + cp);
        return cp;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
