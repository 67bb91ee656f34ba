package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Vector;
import org.corridorwatch.TestSupport;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.model.InputDataException;
import org.gdal.gdal.BuildVRTOptions;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.TranslateOptions;
import org.gdal.gdal.gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Sentinel-2 L2A product in the real format ({@code .SAFE} folder, lossless JPEG2000 band files, the
 * XML GDAL's SENTINEL2 driver reads), written from the committed sample rn1-kolokani-didieni, read
 * through GDAL's SENTINEL2 driver and scanned end to end. No mocks; without GDAL these tests fail.
 */
class Sentinel2SafeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = TestSupport.repoRoot().resolve("imagery-samples/rn1-kolokani-didieni");

    @TempDir
    static Path dir;
    private static SafeProductWriter.Product before;
    private static SafeProductWriter.Product after;
    private final SensorProfiles profiles = SensorProfiles.loadDefault();

    @BeforeAll
    static void writeProducts() throws Exception {
        before = SafeProductWriter.write(SAMPLE.resolve("before.tif"), dir.resolve("before"));
        after = SafeProductWriter.write(SAMPLE.resolve("after.tif"), dir.resolve("after"));
    }

    /**
     * The driver's 20 m subdataset: band descriptions, date, the BOA offset (GDAL 3.6 sets no band
     * offset; the processing baseline 05.09 gives −1000). GDAL 3.6 puts only the native 20 m bands in it
     * (B5 B6 B7 B8A B11 B12 + AOT CLD SCL SNW WVP): no red band, so it cannot be scanned on its own.
     */
    @Test
    void twentyMetreSubdatasetHasB8aB11B12SclButNoRed() {
        try (GdalScene s = GdalScene.open(Path.of(before.subdataset("20m")));
             GdalScene tif = GdalScene.open(SAMPLE.resolve("before.tif"))) {
            List<String> names = s.bandNames();
            for (String d : List.of("B8A, central wavelength 865 nm", "B11, central wavelength 1610 nm",
                    "B12, central wavelength 2190 nm", "SCL, Scene Classification")) {
                assertTrue(names.contains(d), d + " not in " + names);
            }
            assertFalse(names.stream().anyMatch(n -> SceneBands.key(n).equals("b4")),
                    "GDAL now puts B4 in the 20 m subdataset: it can be scanned directly, update the README " + names);
            assertEquals(20, s.grid().pixelWidth(), 1e-9);
            assertEquals(before.date(), s.acquisitionDate());
            assertEquals("05.09", s.metadata("").get("PROCESSING_BASELINE"));

            InputDataException e = assertThrows(InputDataException.class, () -> SceneBands.detect(s, profiles, null));
            assertTrue(e.getMessage().contains("cannot tell the sensor"), e.getMessage());
            InputDataException forced = assertThrows(InputDataException.class,
                    () -> SceneBands.detect(s, profiles, "sentinel2"));
            assertTrue(forced.getMessage().contains("red"), forced.getMessage());

            // B11 at 20 m against the 2×2 mean of the sample's B11 (pixel-replicated from 20 m: equal)
            int b11 = names.indexOf("B11, central wavelength 1610 nm");
            int b12 = names.indexOf("B12, central wavelength 2190 nm");
            double gdalOffset = s.bandOffset(b11);
            assertTrue(Double.isNaN(gdalOffset) || gdalOffset == 0, "GDAL 3.6 sets no band offset: " + gdalOffset);
            assertTrue(s.bandMetadata(b11).keySet().stream().noneMatch(k -> k.startsWith("BOA_ADD_OFFSET")));
            assertTrue(s.metadata("").keySet().stream().noneMatch(k -> k.startsWith("BOA_ADD_OFFSET")));
            var p = profiles.get("sentinel2");
            assertEquals(-1000, SceneBands.dnOffset(s, p, b11), 0);
            RasterWindow w20 = s.read(60, 70, 1, 1, b11, b12);
            RasterWindow w10 = tif.read(120, 140, 2, 2, 4, 5);
            for (int i = 0; i < 2; i++) {
                float dn20 = w20.band(i)[0];
                float[] dn10 = w10.band(i);
                double mean = (dn10[0] + dn10[1] + dn10[2] + dn10[3]) / 4.0;
                assertEquals(mean, dn20, 0.5, "band " + i);
                assertEquals((mean - 1000) / 10000, (dn20 - 1000) / 10000.0, 0.5e-4);
            }
        }
    }

    /**
     * The driver's subdatasets stacked on the 10 m grid (B2 B3 B4 B8 from 10m, B11 B12 SCL from 20m):
     * every role found by the driver's description, the date from the product metadata, and the
     * reflectance of every pixel equal to the GeoTIFF sample's (lossless JPEG2000, offset −1000).
     */
    @Test
    void driverStackIsFoundByDescriptionAndReadsTheSampleExactly() throws Exception {
        Path vrt = SafeProductWriter.driverStack(before, dir.resolve("before-driver.vrt"));
        try (GdalScene s = GdalScene.open(vrt); GdalScene tif = GdalScene.open(SAMPLE.resolve("before.tif"))) {
            SceneBands b = SceneBands.detect(s, profiles, null);
            assertEquals("sentinel2", b.profile().name());
            for (BandRole r : List.of(BandRole.BLUE, BandRole.GREEN, BandRole.RED, BandRole.NIR, BandRole.SWIR1,
                    BandRole.SWIR2, BandRole.SCL)) {
                assertTrue(b.has(r), r + " not found: " + b.how());
            }
            assertEquals(7, b.how().size(), b.how().toString());
            assertTrue(b.how().stream().allMatch(h -> h.contains("(description '")), b.how().toString());
            assertEquals("band 3 (description 'B4, central wavelength 665 nm')", b.how().get(2).substring(6));
            assertEquals(before.date(), s.acquisitionDate());
            SceneBands ref = SceneBands.detect(tif, profiles, null);
            int n = 500;
            for (BandRole r : List.of(BandRole.BLUE, BandRole.GREEN, BandRole.RED, BandRole.NIR, BandRole.SWIR1,
                    BandRole.SWIR2, BandRole.SCL)) {
                assertEquals(r == BandRole.SCL ? 0.0 : -1000.0, b.offsets().get(r), 0, r.toString());
                float[] got = s.read(0, 0, n, n, b.index(r)).band(0);
                float[] want = tif.read(0, 0, n, n, ref.index(r)).band(0);
                for (int i = 0; i < got.length; i++) {
                    if (r == BandRole.SCL) {
                        // SCL went to 20 m by nearest (source pixel 2c+1, 2r+1) and back to 10 m by nearest
                        int c = i % n;
                        int row = i / n;
                        assertEquals(want[(row / 2 * 2 + 1) * n + c / 2 * 2 + 1], got[i], 0f, "SCL pixel " + i);
                    } else if (!Float.isNaN(want[i])) {
                        assertEquals(ref.reflectance(r, want[i]), b.reflectance(r, got[i]), 1e-6f, r + " pixel " + i);
                    }
                }
            }
            // a known pixel: reflectance = (DN - 1000) / 10000
            float dn = s.read(250, 250, 1, 1, b.index(BandRole.RED)).band(0)[0];
            assertEquals((dn - 1000) / 10000f, b.reflectance(BandRole.RED, dn), 1e-7f);
        }
    }

    /** End to end through the SENTINEL2 driver: scan the two stacked products, evaluate against the truth. */
    @Test
    void scanOfTheDriverStacksFindsTheAttack() throws Exception {
        Path b = SafeProductWriter.driverStack(before, dir.resolve("scan-before.vrt"));
        Path a = SafeProductWriter.driverStack(after, dir.resolve("scan-after.vrt"));
        JsonNode e = scanAndEvaluate(dir.resolve("run-driver"), b.toString(), a.toString());
        assertEquals(1.0, e.get("recall").asDouble(), e.toString());
        assertEquals(0, e.get("false_alarms").asInt(), e.get("false_alarm_causes").toString());
        JsonNode inputs = JSON.readTree(dir.resolve("run-driver/run.json").toFile()).get("inputs");
        assertEquals(before.date(), inputs.get("before").get("date").asText(), inputs.toString());
        assertEquals(after.date(), inputs.get("after").get("date").asText(), inputs.toString());
        assertEquals("sentinel2", inputs.get("after").get("sensor_profile").asText());
        assertTrue(inputs.get("after").get("bands").toString().contains("swir2 = band 6 (description 'B12, central"),
                inputs.toString());
    }

    /**
     * The products themselves, as a user has them: the {@code .SAFE} folder for one date, the zipped
     * product for the other. The scan stacks each into {@code inputs/ROLE.vrt} and finds
     * the attack as from the GeoTIFFs; run.json names the products.
     */
    @Test
    void scanOfTheProductsThemselvesFindsTheAttack() throws Exception {
        Path out = dir.resolve("run-products");
        Path zip = zipped(after.safe());
        JsonNode e = scanAndEvaluate(out, before.safe().toString(), zip.toString());
        assertEquals(1.0, e.get("recall").asDouble(), e.toString());
        assertEquals(0, e.get("false_alarms").asInt(), e.get("false_alarm_causes").toString());
        JsonNode inputs = JSON.readTree(out.resolve("run.json").toFile()).get("inputs");
        assertEquals(before.safe().toAbsolutePath().toString(), inputs.get("before").get("path").asText());
        assertEquals(after.date(), inputs.get("after").get("date").asText(), inputs.toString());
        assertTrue(inputs.get("after").get("bands").toString().contains("red = band 3 (description 'B4, central"),
                inputs.toString());
        for (String role : List.of("before", "after")) {
            try (GdalScene s = GdalScene.open(out.resolve("inputs").resolve(role + ".vrt"))) {
                assertEquals(7, s.bandCount());
            }
        }
    }

    /** The product zipped as distributed: its {@code .SAFE} folder at the top of {@code NAME.zip}. */
    private static Path zipped(Path safe) throws java.io.IOException {
        String name = safe.getFileName().toString();
        Path zip = safe.resolveSibling(name.substring(0, name.length() - ".SAFE".length()) + ".zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip));
             java.util.stream.Stream<Path> files = java.nio.file.Files.walk(safe)) {
            for (Path f : (Iterable<Path>) files.filter(java.nio.file.Files::isRegularFile)::iterator) {
                z.putNextEntry(new java.util.zip.ZipEntry(safe.getParent().relativize(f).toString()));
                java.nio.file.Files.copy(f, z);
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void productDetectionAndItsFailures() throws Exception {
        try (GdalScene s = GdalScene.open(Sentinel2Product.stack(after.mtd(), dir.resolve("from-mtd.vrt")))) {
            assertEquals(7, s.bandCount());
            assertEquals(after.date(), s.acquisitionDate());
        }
        assertTrue(Sentinel2Product.isProduct(before.safe()));
        assertTrue(Sentinel2Product.isProduct(before.mtd()));
        assertTrue(Sentinel2Product.isProduct(Path.of("S2A_MSIL2A_20250920T105621_N0511_R094_T29PPR_20250920T150000.zip")));
        assertFalse(Sentinel2Product.isProduct(SAMPLE.resolve("before.tif")));
        assertFalse(Sentinel2Product.isProduct(SAMPLE));
        String l2a = "SENTINEL2_L2A:/p/MTD_MSIL2A.xml:";
        String[] r = Sentinel2Product.resolutions(before.safe(), List.of(l2a + "10m:EPSG_32629", l2a + "20m:EPSG_32629",
                l2a + "60m:EPSG_32629", "SENTINEL2_L2A:/p/MTD_MSIL2A.xml:TCI:EPSG_32629"));
        assertEquals(List.of(l2a + "10m:EPSG_32629", l2a + "20m:EPSG_32629"), List.of(r));
        InputDataException l1c = assertThrows(InputDataException.class, () -> Sentinel2Product.resolutions(before.safe(),
                List.of("SENTINEL2_L1C:/p/MTD_MSIL1C.xml:10m:EPSG_32629")));
        assertTrue(l1c.getMessage().contains("Level-1C"), l1c.getMessage());
        InputDataException no20 = assertThrows(InputDataException.class, () -> Sentinel2Product.resolutions(before.safe(),
                List.of(l2a + "10m:EPSG_32629", l2a + "20m:EPSG_32630")));
        assertTrue(no20.getMessage().contains("no 20 m subdataset in EPSG_32629"), no20.getMessage());
        Path broken = dir.resolve("broken.SAFE");
        java.nio.file.Files.createDirectories(broken);
        CliTest.Run scan = CliTest.run("scan", "--before", broken.toString(), "--after", after.mtd().toString(), "--out",
                dir.resolve("run-broken").toString());
        assertEquals(3, scan.exitCode(), scan.out() + scan.err());
        assertTrue(scan.err().contains("broken.SAFE: is a folder without MTD_MSIL2A.xml"), scan.err());
    }

    /**
     * The README's band-file recipe: gdalbuildvrt -separate of the .jp2 files (B11 B12 SCL at 10 m by
     * nearest), then gdal_translate -of VRT -mo PROCESSING_BASELINE; scanned with --sensor sentinel2.
     */
    @Test
    void scanOfTheBandFileRecipeFindsTheAttack() throws Exception {
        Path b = bandFileRecipe(before, "recipe-before");
        Path a = bandFileRecipe(after, "recipe-after");
        try (GdalScene s = GdalScene.open(b)) {
            SceneBands bands = SceneBands.detect(s, profiles, "sentinel2");
            assertEquals(-1000.0, bands.offsets().get(BandRole.RED), 0);
            assertEquals(6, bands.index(BandRole.SCL));
        }
        JsonNode e = scanAndEvaluate(dir.resolve("run-recipe"), b.toString(), a.toString(), "--sensor", "sentinel2");
        assertEquals(1.0, e.get("recall").asDouble(), e.toString());
        assertEquals(0, e.get("false_alarms").asInt(), e.get("false_alarm_causes").toString());
    }

    private static Path bandFileRecipe(SafeProductWriter.Product p, String name) throws Exception {
        String[] files = {p.band("B02", 10).toString(), p.band("B03", 10).toString(), p.band("B04", 10).toString(),
            p.band("B08", 10).toString(), p.band("B11", 20).toString(), p.band("B12", 20).toString(),
            p.band("SCL", 20).toString()};
        Path stack = dir.resolve(name + "-stack.vrt");
        Dataset vrt = gdal.BuildVRT(stack.toString(), new Vector<>(List.of(files)),
                new BuildVRTOptions(new Vector<>(List.of("-separate", "-resolution", "highest"))));
        assertTrue(vrt != null, gdal.GetLastErrorMsg());
        vrt.delete();
        Path out = dir.resolve(name + ".vrt");
        Dataset src = gdal.Open(stack.toString());
        Dataset t = gdal.Translate(out.toString(), src, new TranslateOptions(new Vector<>(List.of("-of", "VRT",
                "-mo", "PROCESSING_BASELINE=05.09"))));
        assertTrue(t != null, gdal.GetLastErrorMsg());
        t.delete();
        src.delete();
        return out;
    }

    private static JsonNode scanAndEvaluate(Path out, String b, String a, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("scan", "--before", b, "--after", a, "--out",
                out.toString()));
        args.addAll(List.of(extra));
        CliTest.Run scan = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, scan.exitCode(), scan.out() + scan.err());
        CliTest.Run eval = CliTest.run("evaluate", "--run", out.toString(), "--truth",
                SAMPLE.resolve("truth.geojson").toString());
        assertEquals(0, eval.exitCode(), eval.out() + eval.err());
        System.out.println(out.getFileName() + ": " + eval.out().lines().findFirst().orElse(""));
        return JSON.readTree(out.resolve("evaluation.json").toFile());
    }
}
