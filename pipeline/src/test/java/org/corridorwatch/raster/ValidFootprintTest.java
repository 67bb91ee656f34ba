package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.model.GridGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

class ValidFootprintTest {
    @TempDir
    Path dir;

    /** A 1200x800 two-band UTM 29N scene whose western 300 columns are nodata (0) in band 2 only. */
    static Path sceneWithNodataCollar(Path dir, String name) {
        GridGeometry g = GridGeometry.northUp(1200, 800, 600_000, 1_500_000, 10, 10, CrsWkt.ofEpsg(32629), 32629);
        Path f = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(f, g, GeoTiffWriter.PixelType.UINT16, List.of("a", "b"), 0, false)) {
            float[] a = new float[1200 * 800];
            Arrays.fill(a, 500);
            float[] b = a.clone();
            for (int r = 0; r < 800; r++) {
                Arrays.fill(b, r * 1200, r * 1200 + 300, 0);
            }
            w.write(0, 0, 0, 1200, 800, a);
            w.write(1, 0, 0, 1200, 800, b);
            w.commit();
        }
        return f;
    }

    @Test
    void footprintExcludesPixelsWhereAnyBandIsNodata() {
        Path f = sceneWithNodataCollar(dir, "collar.tif");
        Geometry fp = ValidFootprint.of(f, 120);
        // valid: columns 300..1200 of 1200 x 800 px of 10 m = 9 km x 8 km
        assertEquals(72.0, fp.getArea() / 1e6, 72.0 * 0.02);
        assertEquals(603_000, fp.getEnvelopeInternal().getMinX(), 100);
        assertEquals(612_000, fp.getEnvelopeInternal().getMaxX(), 1e-6);
        assertEquals(1_492_000, fp.getEnvelopeInternal().getMinY(), 1e-6);
    }

    @Test
    void fullyValidSceneIsItsRectangle() {
        boolean[] valid = new boolean[10 * 10];
        Arrays.fill(valid, true);
        GridGeometry g = GridGeometry.northUp(1000, 1000, 0, 1000, 1, 1, "", 32629);
        Geometry fp = ValidFootprint.footprint(valid, 10, 10, g);
        assertEquals(1_000_000, fp.getArea(), 1e-6);
        assertTrue(fp.isRectangle());
        Arrays.fill(valid, false);
        assertTrue(ValidFootprint.footprint(valid, 10, 10, g).isEmpty());
    }

    @Test
    void sceneProjectionUsesOwnUtmOrOsr() {
        GridGeometry utm = GridGeometry.northUp(10, 10, 600_000, 1_500_000, 10, 10, CrsWkt.ofEpsg(32630), 32630);
        assertEquals(32630, SceneProjection.of(utm).epsg());
        // Web Mercator goes through OSR
        GridGeometry merc = GridGeometry.northUp(10, 10, -890_555.93, 1_420_000, 10, 10, CrsWkt.ofEpsg(3857), 3857);
        Projection p = SceneProjection.of(merc);
        double[] xy = p.forward(-8.0, 12.65);
        assertEquals(-890_555.93, xy[0], 0.01);   // x = R·λ on the WGS84 sphere radius
        double[] ll = p.inverse(xy[0], xy[1]);
        assertEquals(-8.0, ll[0], 1e-9);
        assertEquals(12.65, ll[1], 1e-9);
        assertTrue(!p.isGeographic());
    }
}
