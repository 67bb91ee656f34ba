package org.corridorwatch.scan;

import java.nio.file.Path;
import java.time.Duration;

/** What the scan did, for the one-line summary. */
public record ScanSummary(Path out, int tiles, int scored, int masked, int noData, int failed, double corridorKm,
                      double areaKm2, int candidates, int flagged, Duration elapsed) {
}
