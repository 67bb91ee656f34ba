package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real GDAL path end to end: write a georeferenced multi-band GeoTIFF, read windows back. */
class GdalRoundTripTest {
    @TempDir
    Path dir;

    private static float[] ramp(int n, int offset) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = offset + i;
        }
        return v;
    }

    private Path writeScene(boolean cog) {
        GridGeometry grid = GridGeometry.northUp(40, 30, 600000, 1400000, 10, 10, CrsWkt.ofEpsg(32629), 32629);
        Path tif = dir.resolve(cog ? "scene-cog.tif" : "scene.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(tif, grid, GeoTiffWriter.PixelType.UINT16,
                List.of("B04", "B08", "B12"), 0, cog)) {
            for (int b = 0; b < 3; b++) {
                float[] v = ramp(40 * 30, 1000 * (b + 1));
                v[5 * 40 + 7] = 0; // a nodata pixel
                w.write(b, 0, 0, 40, 30, v);
            }
            assertFalse(Files.exists(tif), "nothing under the real name before commit");
            w.commit();
        }
        return tif;
    }

    @Test
    void aConventionalNodataDnIsMaskedWhenTheFileDeclaresNone() {
        GridGeometry grid = GridGeometry.northUp(8, 4, 600000, 1400000, 10, 10, CrsWkt.ofEpsg(32629), 32629);
        Path tif = dir.resolve("no-declared-nodata.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(tif, grid, GeoTiffWriter.PixelType.UINT16, List.of("B04"),
                Double.NaN, false)) {
            float[] v = ramp(8 * 4, 2000);
            v[3] = 0; // L2A: DN 0 is no data, but the file does not say so
            w.write(0, 0, 0, 8, 4, v);
            w.commit();
        }
        try (GdalScene s = GdalScene.open(tif)) {
            assertTrue(Double.isNaN(s.nodata(0)));
            assertEquals(-0.1f, s.read(0, 0, 8, 4, new GdalScene.Linear[] {new GdalScene.Linear(-1000f, 1e-4f)}, 0)
                    .band(0)[3], 1e-6, "without the convention DN 0 reads as reflectance -0.1");
            float[] r = s.read(0, 0, 8, 4, new GdalScene.Linear[] {new GdalScene.Linear(-1000f, 1e-4f, 0)}, 0).band(0);
            assertTrue(Float.isNaN(r[3]));
            assertEquals((2002 - 1000) * 1e-4f, r[2], 1e-7);
        }
    }

    @Test
    void readsBackWindowValuesCrsAndNodata() {
        Path tif = writeScene(false);
        try (GdalScene s = GdalScene.open(tif)) {
            assertEquals(32629, s.grid().epsg());
            assertEquals(List.of("B04", "B08", "B12"), s.bandNames());
            assertEquals(0.0, s.nodata(1));
            assertEquals("UInt16", s.dataTypeName(0));
            assertEquals(10.0, s.grid().pixelWidth(), 1e-9);
            RasterWindow w = s.read(6, 4, 3, 2, 2, 0);
            assertEquals(600060.0, w.grid().originX(), 1e-9);
            assertEquals(1399960.0, w.grid().originY(), 1e-9);
            assertArrayEquals(new String[] {"B12", "B04"}, w.bandNames());
            assertEquals(3000 + 4 * 40 + 6, w.band(0)[0]);
            assertEquals(1000 + 4 * 40 + 6, w.band(1)[0]);
            assertTrue(Float.isNaN(w.band(0)[3 + 1]), "nodata pixel (7,5) reads as NaN");
        }
    }

    @Test
    void windowPastTheEdgeIsPaddedWithNaN() {
        try (GdalScene s = GdalScene.open(writeScene(false))) {
            RasterWindow w = s.read(38, 28, 4, 4, 0);
            assertEquals(1000 + 28 * 40 + 38, w.band(0)[0]);
            assertTrue(Float.isNaN(w.band(0)[2]));
            assertTrue(Float.isNaN(w.band(0)[4 * 4 - 1]));
        }
    }

    @Test
    void writesCloudOptimizedGeoTiff() {
        Path tif = writeScene(true);
        try (GdalScene s = GdalScene.open(tif)) {
            assertEquals("COG", s.metadata("IMAGE_STRUCTURE").getOrDefault("LAYOUT", ""));
            assertEquals(2000 + 12, s.read(12, 0, 1, 1, 1).band(0)[0]);
        }
        try (var files = java.util.stream.Stream.of(dir.toFile().list())) {
            assertEquals(List.of("scene-cog.tif"), files.toList(), "no temporary files left behind");
        }
    }

    @Test
    void uncommittedWriterLeavesNothing() {
        GridGeometry grid = GridGeometry.northUp(4, 4, 0, 0, 1, 1, CrsWkt.ofEpsg(32630), 32630);
        try (GeoTiffWriter w = GeoTiffWriter.create(dir.resolve("x.tif"), grid, GeoTiffWriter.PixelType.FLOAT32,
                List.of("a"), Double.NaN, false)) {
            w.write(0, 0, 0, 4, 4, new float[16]);
        }
        assertEquals(0, dir.toFile().list().length);
    }

    @Test
    void rejectsNonRasterAndUngeoreferencedFiles() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.tif"), "not a raster");
        InputDataException e = assertThrows(InputDataException.class, () -> GdalScene.open(text));
        assertTrue(e.getMessage().startsWith(text.toString()), e.getMessage());
        assertThrows(InputDataException.class, () -> GdalScene.open(dir.resolve("missing.tif")));
        Path png = dir.resolve("plain.png");
        org.gdal.gdal.Dataset ds = org.gdal.gdal.gdal.GetDriverByName("MEM").Create("", 4, 4, 1);
        org.gdal.gdal.gdal.GetDriverByName("PNG").CreateCopy(png.toString(), ds).delete();
        ds.delete();
        InputDataException noGeo = assertThrows(InputDataException.class, () -> GdalScene.open(png));
        assertTrue(noGeo.getMessage().contains("no georeferencing"), noGeo.getMessage());
    }
}
