import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.scan.ScanRequest;

/**
 * Scans one pair RUNS times in one JVM (as the tests call the scan: ScanJob.run, 2 worker threads, chips) and compares
 * every run's outputs that show pixels (candidates.geojson, evidence/burn.tif, every chip PNG) with the first run's.
 * Prints the differing files and, last, "differing runs D of N, outputs DIGEST" (DIGEST: SHA-256 over the first run's
 * file hashes, to compare configurations). Run by decode-determinism.sh with the jar on the class path.
 * Usage: java -cp corridorwatch.jar ScanRepeat.java BEFORE AFTER FIRMS RUNS
 */
public class ScanRepeat {
    public static void main(String[] a) throws Exception {
        Path before = Path.of(a[0]);
        Path after = Path.of(a[1]);
        Path firms = Path.of(a[2]);
        int runs = Integer.parseInt(a[3]);
        Map<String, String> first = null;
        int differing = 0;
        for (int i = 0; i < runs; i++) {
            Path out = Files.createTempDirectory("cw-repeat");
            Files.delete(out);
            ScanJob.run(ScanRequest.builder(before, after, out).threads(2).firms(List.of(firms)).build(),
                    new PrintWriter(new StringWriter()));
            Map<String, String> hashes = hashes(out);
            if (first == null) {
                first = hashes;
            } else if (!first.equals(hashes)) {
                differing++;
                for (String k : hashes.keySet()) {
                    if (!hashes.get(k).equals(first.get(k))) {
                        System.out.println("run " + (i + 1) + ": " + k + " differs (kept in " + out + ")");
                    }
                }
                continue;
            }
            delete(out);
        }
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        first.forEach((k, v) -> all.update((k + " " + v + "\n").getBytes()));
        System.out.println("differing runs " + differing + " of " + runs + ", outputs "
                + HexFormat.of().formatHex(all.digest()).substring(0, 16) + " (" + first.size() + " files)");
    }

    private static Map<String, String> hashes(Path out) throws Exception {
        Map<String, String> h = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = out.relativize(f).toString();
                if (name.endsWith(".png") || name.equals("candidates.geojson") || name.equals("evidence/burn.tif")) {
                    h.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                }
            }
        }
        return h;
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
