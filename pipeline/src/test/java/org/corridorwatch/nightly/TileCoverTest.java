package org.corridorwatch.nightly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.TestSupport;
import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.GridWarp;
import org.corridorwatch.raster.SafeProductWriter;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.Sentinel2Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pairing's coarse cloud mask warps only the bands {@link CloudMask} reads, and gives exactly the mask that
 * warping every band of the scene gave (nearest neighbour: each cell takes one source pixel per band).
 */
class TileCoverTest {
    private static final Path CLOUDY = TestSupport.repoRoot().resolve("imagery-samples/mostly-cloudy/after.tif");

    @Test
    void productMaskFromSclAloneEqualsTheMaskOfAllBandsWarped(@TempDir Path dir) throws Exception {
        SafeProductWriter.Product p = SafeProductWriter.write(CLOUDY, dir);
        Path stack = Sentinel2Product.readable(p.safe(), dir.resolve("stack.vrt"));
        SceneBands bands = bands(stack);
        assertEquals(List.of(BandRole.SCL), CloudMask.roles(bands));
        assertSameAsAllBands(stack, bands, dir);
    }

    @Test
    void spectralMaskFromItsBandsEqualsTheMaskOfAllBandsWarped(@TempDir Path dir) {
        SceneBands all = bands(CLOUDY);
        List<BandRole> spectral = BandRole.SPECTRAL.stream().filter(all::has).toList();
        // the scene seen without its SCL band: the spectral test decides
        Path noScl = GridWarp.toVrt(CLOUDY, all.indexes(spectral), grid(CLOUDY), dir.resolve("noscl.vrt"), "near")
                .resolveSibling("noscl.vrt.bands.vrt");
        SceneBands bands = all.only(spectral);
        assertEquals(spectral, CloudMask.roles(bands));
        assertSameAsAllBands(noScl, bands, dir);
    }

    private static void assertSameAsAllBands(Path scene, SceneBands bands, Path dir) {
        GridGeometry g = grid(scene);
        int f = 7;
        double[] t = g.geoTransform();
        GridGeometry cg = new GridGeometry((g.width() + f - 1) / f, (g.height() + f - 1) / f,
                new double[] {t[0], t[1] * f, t[2] * f, t[3], t[4] * f, t[5] * f}, g.crsWkt(), g.epsg());
        TileCover.Coarse coarse = new TileCover.Coarse(cg, 0, 0, f);
        byte[] selected = TileCover.mask(scene, bands, coarse, MaskParameters.DEFAULTS);

        Path vrt = GridWarp.toVrt(scene, cg, dir.resolve("all-bands.vrt"), "near");
        byte[] all;
        try (GdalScene s = GdalScene.open(vrt)) {
            all = CloudMask.read(s, bands, 0, 0, cg.width(), cg.height(), MaskParameters.DEFAULTS);
        }
        assertArrayEquals(all, selected);
        int cloud = 0;
        int clear = 0;
        for (byte m : selected) {
            cloud += m == MaskCode.CLOUD || m == MaskCode.CIRRUS || m == MaskCode.SHADOW ? 1 : 0;
            clear += m == MaskCode.VALID ? 1 : 0;
        }
        assertTrue(cloud > 0 && clear > 0, "the sample has both cloud and clear cells: " + cloud + " / " + clear);
    }

    private static SceneBands bands(Path scene) {
        try (GdalScene s = GdalScene.open(scene)) {
            return SceneBands.detect(s, SensorProfiles.loadDefault(), null);
        }
    }

    private static GridGeometry grid(Path scene) {
        try (GdalScene s = GdalScene.open(scene)) {
            return s.grid();
        }
    }
}
