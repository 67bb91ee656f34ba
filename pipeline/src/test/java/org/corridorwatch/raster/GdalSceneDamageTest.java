package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.corridorwatch.BadFiles;
import org.corridorwatch.TestScenes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read GDAL reports as damaged (a warning it recovered from, or an error) fails; it never returns pixels. */
class GdalSceneDamageTest {
    @TempDir
    static Path dir;
    static TestScenes.Pair pair;

    @BeforeAll
    static void writePair() {
        pair = TestScenes.rn1(dir, 150, false);
    }

    @Test
    void corruptHeaderFailsEveryReadWithGdalsWarning() {
        Path bad = BadFiles.patchedSize(pair.after(), dir.resolve("patched.tif"), 3000, 3000);
        try (GdalScene s = GdalScene.open(bad)) {
            assertEquals(3000, s.grid().width());
            DamagedRasterException e = assertThrows(DamagedRasterException.class, () -> s.read(0, 0, 64, 64, 0, 1));
            assertTrue(e.getMessage().startsWith(bad + ": damaged"), e.getMessage());
            assertTrue(e.getMessage().contains("tag ignored"), e.getMessage());
            // GDAL warns once per dataset; the scene remembers, so no later read returns the substituted zeros
            DamagedRasterException again = assertThrows(DamagedRasterException.class, () -> s.read(256, 256, 64, 64, 0));
            assertTrue(again.getMessage().contains("tag ignored"), again.getMessage());
            assertThrows(DamagedRasterException.class, () -> s.readAveraged(0, 0, 256, 256, 16, 16, null, 0));
        }
    }

    @Test
    void goodFileReadsWithoutWarnings() {
        try (GdalScene s = GdalScene.open(pair.after())) {
            assertTrue(s.openWarnings().isEmpty(), s.openWarnings().toString());
            float[] v = s.read(0, 0, 64, 64, 0).band(0);
            assertTrue(v[0] > 0, "pixels of an intact file are read");
        }
    }
}
