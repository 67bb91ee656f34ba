package org.corridorwatch.scan;

import java.nio.file.Path;
import org.corridorwatch.firms.FirmsReader;
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
            FirmsReader.read(f);
        }
        if (request.decisions() != null) {
            DecisionStore.openExisting(request.decisions()).current();
        }
    }
}
