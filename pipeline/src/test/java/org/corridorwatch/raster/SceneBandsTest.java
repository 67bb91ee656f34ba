package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneBandsTest {
    @TempDir
    Path dir;
    private final SensorProfiles profiles = SensorProfiles.loadDefault();

    private Path scene(String name, double pixel, List<String> bands, Map<String, String> metadata) {
        GridGeometry grid = GridGeometry.northUp(8, 8, 500000, 1500000, pixel, pixel, CrsWkt.ofEpsg(32629), 32629);
        Path tif = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(tif, grid, GeoTiffWriter.PixelType.UINT16, bands, 0, false)) {
            metadata.forEach(w::setMetadata);
            for (int b = 0; b < bands.size(); b++) {
                float[] v = new float[64];
                java.util.Arrays.fill(v, 2000 + b);
                w.write(b, 0, 0, 8, 8, v);
            }
            w.commit();
        }
        return tif;
    }

    @Test
    void sentinel2ByDescriptionWithBoaOffset() {
        Path tif = scene("s2.tif", 10, List.of("B02", "B03", "B04", "B08", "B11", "B12", "SCL"),
                Map.of("BOA_ADD_OFFSET", "-1000"));
        try (GdalScene s = GdalScene.open(tif)) {
            SceneBands b = SceneBands.detect(s, profiles, null);
            assertEquals("sentinel2", b.profile().name());
            assertEquals(3, b.index(BandRole.NIR));
            assertEquals(6, b.index(BandRole.SCL));
            assertEquals(0.1f, b.reflectance(BandRole.RED, 2000f), 1e-6);
        }
    }

    @Test
    void sentinel2DriverDescriptionsMatchByTheirLeadingName() {
        Path tif = scene("safe.tif", 10, List.of("B2, central wavelength 490 nm", "B3, central wavelength 560 nm",
                "B4, central wavelength 665 nm", "B8, central wavelength 842 nm", "B12, central wavelength 2190 nm"),
                Map.of("PROCESSING_BASELINE", "04.00"));
        try (GdalScene s = GdalScene.open(tif)) {
            SceneBands b = SceneBands.detect(s, profiles, null);
            assertEquals("sentinel2", b.profile().name());
            assertEquals(4, b.index(BandRole.SWIR2));
            assertEquals(-1000.0, b.offsets().get(BandRole.RED));
        }
    }

    @Test
    void processingBaselineImpliesTheOffset() {
        Path newer = scene("new.tif", 10, List.of("B2", "B3", "B4", "B8", "B12"), Map.of("PROCESSING_BASELINE", "05.09"));
        Path older = scene("old.tif", 10, List.of("B2", "B3", "B4", "B8", "B12"), Map.of("PROCESSING_BASELINE", "03.01"));
        try (GdalScene n = GdalScene.open(newer); GdalScene o = GdalScene.open(older)) {
            assertEquals(-1000.0, SceneBands.detect(n, profiles, null).offsets().get(BandRole.NIR));
            assertEquals(0.0, SceneBands.detect(o, profiles, null).offsets().get(BandRole.NIR));
            assertFalse(SceneBands.detect(n, profiles, null).has(BandRole.SWIR1));
        }
    }

    @Test
    void pixelSizeBreaksTiesBetweenRgbnProfiles() {
        Path ps = scene("ps.tif", 3, List.of("blue", "green", "red", "nir"), Map.of());
        Path hr = scene("hr.tif", 0.5, List.of("red", "green", "blue", "nir"), Map.of());
        try (GdalScene p = GdalScene.open(ps); GdalScene h = GdalScene.open(hr)) {
            assertEquals("planetscope", SceneBands.detect(p, profiles, null).profile().name());
            SceneBands high = SceneBands.detect(h, profiles, null);
            assertEquals("highres", high.profile().name());
            assertEquals(2, high.index(BandRole.BLUE));
        }
    }

    @Test
    void missingBandsNameTheFileAndTheRole() {
        Path tif = scene("rgb.tif", 10, List.of("B02", "B03", "B04"), Map.of());
        try (GdalScene s = GdalScene.open(tif)) {
            InputDataException e = assertThrows(InputDataException.class, () -> SceneBands.resolve(s, profiles.get("sentinel2")));
            assertTrue(e.getMessage().startsWith(tif.toString()) && e.getMessage().contains("nir"), e.getMessage());
            assertThrows(InputDataException.class, () -> SceneBands.detect(s, profiles, null));
        }
    }

    @Test
    void genericBandNamesFallBackToIndicesWhenForced() {
        Path tif = scene("generic.tif", 3, List.of("Band 1", "Band 2", "Band 3", "Band 4"), Map.of());
        try (GdalScene s = GdalScene.open(tif)) {
            SceneBands b = SceneBands.detect(s, profiles, "planetscope");
            assertEquals(3, b.index(BandRole.NIR));
            assertTrue(b.how().contains("nir = band 4 (index 4)"), b.how().toString());
        }
    }

    /**
     * Bands described as other Sentinel-2 bands (the order of the SENTINEL2 driver's 20 m subdataset)
     * are not taken by index: forcing sentinel2 reports red missing instead of reading B7 as red.
     */
    @Test
    void bandsDescribedAsOtherSentinel2BandsAreNotTakenByIndex() {
        Path tif = scene("s2-20m.tif", 20, List.of("B5, central wavelength 705 nm", "B6, central wavelength 740 nm",
                "B7, central wavelength 783 nm", "B8A, central wavelength 865 nm", "B11, central wavelength 1610 nm",
                "B12, central wavelength 2190 nm", "SCL, Scene Classification"), Map.of());
        try (GdalScene s = GdalScene.open(tif)) {
            InputDataException e = assertThrows(InputDataException.class, () -> SceneBands.detect(s, profiles, "sentinel2"));
            assertTrue(e.getMessage().contains("red [B4, B04, red]"), e.getMessage());
            assertTrue(e.getMessage().contains("green [B3, B03, green]"), e.getMessage());
        }
    }
}
