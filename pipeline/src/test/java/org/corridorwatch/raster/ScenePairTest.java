package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.NoOverlapException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenePairTest {
    @TempDir
    Path dir;

    /** A scene whose band 1 is a linear ramp in easting, so resampled values can be predicted. */
    private Path ramp(String name, double x0, double y0, double pixel, int size) {
        GridGeometry grid = GridGeometry.northUp(size, size, x0, y0, pixel, pixel, CrsWkt.ofEpsg(32629), 32629);
        Path tif = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(tif, grid, GeoTiffWriter.PixelType.FLOAT32, List.of("B08", "SCL"), Double.NaN, false)) {
            float[] v = new float[size * size];
            float[] scl = new float[size * size];
            for (int r = 0; r < size; r++) {
                for (int c = 0; c < size; c++) {
                    v[r * size + c] = (float) (grid.x(c + 0.5, r + 0.5) - 500000);
                    scl[r * size + c] = c < size / 2 ? 4 : 9;
                }
            }
            w.write(0, 0, 0, size, size, v);
            w.write(1, 0, 0, size, size, scl);
            w.commit();
        }
        return tif;
    }

    @Test
    void identicalGridsAreReadDirectly() {
        Path a = ramp("a.tif", 500000, 1500000, 10, 64);
        Path b = ramp("b.tif", 500000, 1500000, 10, 64);
        try (ScenePair pair = ScenePair.open(b, a, 1, 1); ScenePair.Reader r = pair.openReader()) {
            assertFalse(pair.warped());
            assertEquals(new ScenePair.Window(0, 0, 64, 64), pair.overlap());
            ScenePair.Window w = new ScenePair.Window(10, 10, 4, 4);
            assertEquals(r.after(w, 0).band(0)[0], r.before(w, 0).band(0)[0]);
        }
    }

    @Test
    void readersOpenAtOnceShareTheDatasetsWhichCloseWithTheLastReader() {
        Path a = ramp("a.tif", 500000, 1500000, 10, 64);
        Path b = ramp("b.tif", 500000, 1500000, 10, 64);
        ScenePair.Window w = new ScenePair.Window(10, 10, 4, 4);
        try (ScenePair pair = ScenePair.open(b, a, 1, 1)) {
            ScenePair.Reader tiles = pair.openReader();
            float expected = tiles.after(w, 0).band(0)[0];
            try (ScenePair.Reader chips = pair.openReader()) {
                assertEquals(2, pair.openReaders());
                assertEquals(expected, chips.after(w, 0).band(0)[0]);
            }
            assertEquals(1, pair.openReaders());
            assertEquals(expected, tiles.after(w, 0).band(0)[0], "the first reader still reads after the second closed");
            tiles.close();
            tiles.close(); // idempotent: does not release another reader's share
            assertEquals(0, pair.openReaders());
            try (ScenePair.Reader again = pair.openReader()) {
                assertEquals(expected, again.after(w, 0).band(0)[0], "datasets reopen after the last reader closed");
            }
        }
    }

    @Test
    void coarserShiftedBeforeIsWarpedOntoTheAfterGridAndOverlapIsClipped() {
        Path before = ramp("before.tif", 500300, 1500000, 20, 40); // 800 m wide, starts 300 m east
        Path after = ramp("after.tif", 500000, 1500000, 10, 64);   // 640 m wide
        try (ScenePair pair = ScenePair.open(before, after, 1, 1); ScenePair.Reader r = pair.openReader()) {
            assertTrue(pair.warped());
            assertEquals(10, pair.grid().pixelWidth(), 1e-9);
            assertEquals(new ScenePair.Window(30, 0, 34, 64), pair.overlap());
            ScenePair.Window w = new ScenePair.Window(40, 20, 1, 1);
            assertEquals(405, r.after(w, 0).band(0)[0], 1e-3);
            assertEquals(405, r.before(w, 0).band(0)[0], 5.0); // bilinear from 20 m pixels
            float scl = r.beforeClass(new ScenePair.Window(33, 5, 1, 1), 1)[0];
            assertTrue(scl == 4 || scl == 9, "nearest neighbour keeps class codes: " + scl);
        }
    }

    @Test
    void finerBeforeSetsTheGridUnlessTheAfterGridIsAsked() {
        Path before = ramp("fine.tif", 500000, 1500000, 5, 128);
        Path after = ramp("coarse.tif", 500000, 1500000, 10, 64);
        try (ScenePair pair = ScenePair.open(before, after, 1, 1)) {
            assertEquals(5, pair.grid().pixelWidth(), 1e-9);
            assertEquals(before, pair.referencePath());
        }
        try (ScenePair pair = ScenePair.open(before, after, 1, 1, true)) {
            assertEquals(10, pair.grid().pixelWidth(), 1e-9);
            assertEquals(after, pair.referencePath());
            assertTrue(pair.warped());
        }
    }

    @Test
    void disjointScenesAreRejected() {
        Path a = ramp("a.tif", 500000, 1500000, 10, 32);
        Path far = ramp("far.tif", 600000, 1500000, 10, 32);
        assertThrows(NoOverlapException.class, () -> ScenePair.open(far, a, -1, -1));
    }
}
