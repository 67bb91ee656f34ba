package org.corridorwatch.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.firms.FirmsFile;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.firms.files.FirmsFiles;
import org.corridorwatch.review.DecisionStore;

/**
 * The inputs a scan reads only after its tiles (FIRMS exports, the decision store), opened and validated before
 * anything is written to {@code --out}: a bad one is refused with its own line and exit code before the first tile,
 * never after the whole scan. (Scenes, roads and the configuration are checked where they are opened, also before.)
 * The FIRMS files read here are the ones the sites are scored with: each is parsed once per scan.
 */
final class InputValidation {
    private InputValidation() {
    }

    /** Checks the inputs; returns the FIRMS files read, in the request's order (empty without {@code --firms}). */
    static List<FirmsFile> check(ScanRequest request) {
        List<FirmsFile> firms = new ArrayList<>();
        for (Path f : request.firms()) {
            FirmsFile file = FirmsFiles.read(f);
            if (file.hotspots().isEmpty() && file.rowsSkipped() > 0) {
                throw new InputDataException(f, "none of its " + file.rowsSkipped() + " rows is a valid detection ("
                        + file.skippedExamples().get(0) + ")", "give a FIRMS export as downloaded, or fix the rows");
            }
            firms.add(file);
        }
        if (Files.exists(request.before()) && Files.exists(request.after()) && sameFile(request.before(), request.after())) {
            throw new InputDataException(request.after(), "is the same file as --before: a scene compared with itself "
                    + "shows no change", "give two acquisitions of the same place, the earlier one as --before");
        }
        if (request.decisions() != null) {
            DecisionStore.openExisting(request.decisions()).current();
        }
        return List.copyOf(firms);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
