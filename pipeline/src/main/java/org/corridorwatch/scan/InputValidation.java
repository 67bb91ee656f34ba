package org.corridorwatch.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.firms.FirmsFile;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.firms.files.FirmsFiles;
import org.corridorwatch.review.DecisionStore;

/**
 * The inputs a scan reads only after its tiles (FIRMS exports, the decision store), opened and validated before
 * anything is written to {@code --out}: a bad one is refused with its own line and exit code before the first tile,
 * never after the whole scan. (Scenes, roads and the configuration are checked where they are opened, also before.)
 * The FIRMS files are read again when the sites are scored: they are small next to the scenes.
 */
final class InputValidation {
    private InputValidation() {
    }

    static void check(ScanRequest request) {
        for (Path f : request.firms()) {
            FirmsFile file = FirmsFiles.read(f);
            if (file.hotspots().isEmpty() && file.rowsSkipped() > 0) {
                throw new InputDataException(f, "none of its " + file.rowsSkipped() + " rows is a valid detection ("
                        + file.skippedExamples().get(0) + ")", "give a FIRMS export as downloaded, or fix the rows");
            }
        }
        if (Files.exists(request.before()) && Files.exists(request.after()) && sameFile(request.before(), request.after())) {
            throw new InputDataException(request.after(), "is the same file as --before: a scene compared with itself "
                    + "shows no change", "give two acquisitions of the same place, the earlier one as --before");
        }
        if (request.decisions() != null) {
            DecisionStore.openExisting(request.decisions()).current();
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
