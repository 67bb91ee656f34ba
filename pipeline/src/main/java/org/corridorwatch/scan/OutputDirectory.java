package org.corridorwatch.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.files.FileTrees;
import org.corridorwatch.model.OutputException;

/**
 * The run folder of a scan: refuses to overwrite a previous run unless asked, checks it is writable
 * before any work starts, and clears the previous run's outputs when overwriting, just before the first tile.
 */
final class OutputDirectory {
    /** Files a scan writes; the presence of any of them means "a previous run". */
    static final List<String> OUTPUTS = List.of("run.json", "candidates.geojson", "tiles.geojson", "evidence/burn.tif",
            "evaluation.json");

    private OutputDirectory() {
    }

    /**
     * What of --out existed before the scan: the folders prepare() creates are removed again when empty, and a roads
     * cache the refused scan began ({@link RoadSnapping#CACHE_FOLDER}) is removed with what it holds.
     */
    record Before(Path dir, boolean dirExisted, boolean evidenceExisted, boolean roadsCacheExisted) {
        static Before of(Path out) {
            Path d = out.toAbsolutePath().normalize();
            return new Before(d, Files.exists(d), Files.exists(d.resolve("evidence")),
                    Files.exists(d.resolve(RoadSnapping.CACHE_FOLDER)));
        }

        void restore() {
            try {
                if (!roadsCacheExisted) {
                    FileTrees.delete(dir.resolve(RoadSnapping.CACHE_FOLDER));
                }
                if (!evidenceExisted) {
                    deleteIfEmpty(dir.resolve("evidence"));
                }
                if (!dirExisted) {
                    deleteIfEmpty(dir);
                }
            } catch (IOException e) {
                // best effort: the original error is what the user needs to see
            }
        }

        private static void deleteIfEmpty(Path d) throws IOException {
            if (Files.isDirectory(d)) {
                try (var s = Files.list(d)) {
                    if (s.findAny().isEmpty()) {
                        Files.delete(d);
                    }
                }
            }
        }
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
        } catch (IOException e) {
            throw new OutputException(dir, "is not writable (" + org.corridorwatch.model.ParserMessages.io(e) + ")",
                    "choose a writable --out directory");
        }
        return dir;
    }

    /** Deletes a previous run's outputs (after {@link #prepare} with overwrite), once the scan is about to write. */
    static void clearPrevious(Path dir) {
        try {
            for (String f : OUTPUTS) {
                Files.deleteIfExists(dir.resolve(f));
            }
        } catch (IOException e) {
            throw new OutputException(dir, "cannot replace the previous run (" + org.corridorwatch.model.ParserMessages.io(e)
                    + ")", "choose a writable --out directory");
        }
    }
}
