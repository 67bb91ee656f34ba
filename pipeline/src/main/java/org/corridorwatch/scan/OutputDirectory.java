package org.corridorwatch.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.model.OutputException;

/**
 * The run folder of a scan: refuses to overwrite a previous run unless asked, checks it is writable
 * before any work starts, and clears the previous run's outputs when overwriting.
 */
final class OutputDirectory {
    /** Files a scan writes; the presence of any of them means "a previous run". */
    static final List<String> OUTPUTS = List.of("run.json", "candidates.geojson", "tiles.geojson", "evidence/burn.tif",
            "evaluation.json");

    private OutputDirectory() {
    }

    static Path prepare(Path out, boolean overwrite) {
        Path dir = out.toAbsolutePath().normalize();
        boolean previous = OUTPUTS.stream().anyMatch(f -> Files.exists(dir.resolve(f)));
        if (previous && !overwrite) {
            throw new OutputException(dir, "holds a previous run", "choose another --out, or pass --overwrite to replace it");
        }
        try {
            Files.createDirectories(dir.resolve("evidence"));
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
            if (previous) {
                for (String f : OUTPUTS) {
                    Files.deleteIfExists(dir.resolve(f));
                }
            }
        } catch (IOException e) {
            throw new OutputException(dir, "is not writable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    "choose a writable --out directory");
        }
        return dir;
    }
}
