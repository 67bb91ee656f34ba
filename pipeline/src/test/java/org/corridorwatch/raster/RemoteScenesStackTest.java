package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridorwatch.model.GridGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack {@link RemoteScenes#writeVrt} writes over per-band files (the nightly's STAC items). */
class RemoteScenesStackTest {
    @TempDir
    Path dir;

    private Path band(String name, double nodata, float value) {
        GridGeometry grid = GridGeometry.northUp(8, 8, 500000, 1500000, 10, 10, CrsWkt.ofEpsg(32629), 32629);
        Path tif = dir.resolve(name + ".tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(tif, grid, GeoTiffWriter.PixelType.FLOAT32, List.of(name), nodata, false)) {
            float[] v = new float[64];
            java.util.Arrays.fill(v, value);
            v[0] = (float) nodata; // one nodata pixel
            w.write(0, 0, 0, 8, 8, v);
            w.commit();
        }
        return tif;
    }

    @Test
    void bandFilesAreStackedAsPlainSourcesWithTheirNodataOnTheStacksBands() throws Exception {
        Path b08 = band("B08", 0, 3000);
        Path scl = band("SCL", 255, 4);
        Path vrt = RemoteScenes.writeVrt(dir.resolve("stack.vrt"), List.of(b08.toString(), scl.toString()),
                List.of("B08", "SCL"), Map.of("ACQUISITION_DATE", "2025-09-08"));
        String xml = Files.readString(vrt);
        assertTrue(xml.contains("<SimpleSource>"), xml);
        assertFalse(xml.contains("ComplexSource"), "a source with nodata makes GDAL convert every pixel through float: " + xml);
        try (GdalScene s = GdalScene.open(vrt)) {
            assertEquals(0.0, s.nodata(0));
            assertEquals(255.0, s.nodata(1));
            float[] b = s.read(0, 0, 2, 1, 0).band(0);
            assertArrayEquals(new float[] {Float.NaN, 3000}, b, "the nodata pixel reads as nodata, the rest as stored");
            assertEquals(4f, s.read(1, 0, 1, 1, 1).band(0)[0]);
            assertEquals("2025-09-08", s.acquisitionDate());
        }
    }
}
