package org.corridorwatch.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Test;

/** Every committed sample's firms.csv (VIIRS schema written by our generator) reads completely. */
class FirmsSamplesTest {
    /** Data rows per sample, counted with {@code wc -l} minus the header. */
    private static final Map<String, Integer> ROWS = Map.of("mostly-cloudy", 11, "no-change", 2,
            "planetscope-wrecks-queue", 11, "rn1-kaniera-lakamane", 12, "rn1-kolokani-didieni", 10, "rn7-bougouni-bushfires", 78);

    @Test
    void everySampleFirmsCsvReadsWithoutSkips() throws IOException {
        List<Path> files;
        try (Stream<Path> dirs = Files.list(TestSupport.repoRoot().resolve("imagery-samples"))) {
            files = dirs.map(d -> d.resolve("firms.csv")).filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= ROWS.size(), files.toString());
        for (Path f : files) {
            FirmsFile r = FirmsReader.read(f);
            long lines = Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count() - 1;
            assertEquals(lines, r.rowsRead(), f.toString());
            assertEquals(0, r.rowsSkipped(), f + " " + r.skippedExamples());
            assertEquals("csv VIIRS", r.format(), f.toString());
            assertTrue(r.hotspots().stream().allMatch(h -> h.instrument() == Instrument.VIIRS && h.pixelM() == 375
                    && h.lat() > 10 && h.lat() < 16 && h.lon() > -12.5 && h.lon() < -5 && h.confidence() >= 0.3), f.toString());
            Integer expected = ROWS.get(f.getParent().getFileName().toString());
            if (expected != null) {
                assertEquals(expected, r.hotspots().size(), f.toString());
            }
        }
    }
}
