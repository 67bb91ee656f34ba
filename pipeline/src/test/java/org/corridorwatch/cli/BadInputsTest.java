package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.BadFiles;
import org.corridorwatch.TestScenes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs found by the issue-17 sweep, through the CLI: each is refused with one line naming the file, key or
 * option, a documented exit code, and --out as the scan found it (pipeline/scripts/bad-inputs.sh runs the corpus).
 */
class BadInputsTest {
    @TempDir
    static Path dir;
    static TestScenes.Pair pair;

    @BeforeAll
    static void writePair() {
        pair = TestScenes.rn1(dir, 150, true);
    }

    static CliTest.Run scan(Path before, Path after, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("scan", "--before", before.toString(), "--after",
                after.toString(), "--out", out.toString(), "--threads", "2", "--no-chips"));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    /** A finished scan of the pair (made once). */
    static synchronized Path finishedRun() {
        Path out = dir.resolve("run-ok");
        if (!Files.exists(out.resolve("run.json"))) {
            CliTest.Run r = scan(pair.before(), pair.after(), out);
            assertEquals(0, r.exitCode(), r.out() + r.err());
        }
        return out;
    }

    private static Path truthAt(String name, double lon, double lat) throws Exception {
        double d = 0.0005;
        String ring = String.format(java.util.Locale.ROOT, "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
                lon - d, lat - d, lon + d, lat - d, lon + d, lat + d, lon - d, lat + d, lon - d, lat - d);
        Path f = dir.resolve(name);
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"id\":\"a1\",\"class\":\"attack\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}");
        return f;
    }

    @Test
    void truthOfAnotherPlaceIsRefusedAndKeepsTheEarlierEvaluation() throws Exception {
        Path run = finishedRun();
        Path here = truthAt("truth-here.geojson", pair.attackLonLat().x, pair.attackLonLat().y);
        CliTest.Run ok = CliTest.run("evaluate", "--run", run.toString(), "--truth", here.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        String earlier = Files.readString(run.resolve("evaluation.json"));
        Path elsewhere = truthAt("truth-elsewhere.geojson", pair.attackLonLat().x + 3, pair.attackLonLat().y + 2);
        CliTest.Run r = CliTest.run("evaluate", "--run", run.toString(), "--truth", elsewhere.toString());
        assertEquals(3, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(elsewhere + ": does not overlap the run"), r.err());
        assertEquals(earlier, Files.readString(run.resolve("evaluation.json")), "an earlier evaluation.json is kept");
    }

    @Test
    void maskOfAnotherPlaceIsRefusedInsteadOfF1One() {
        Path run = finishedRun();
        org.corridorwatch.model.GridGeometry g;
        try (org.corridorwatch.raster.GdalScene s = org.corridorwatch.raster.GdalScene.open(pair.after())) {
            g = s.grid();
        }
        double[] gt = g.geoTransform().clone();
        gt[0] += 100_000; // 100 km east
        org.corridorwatch.model.GridGeometry far = new org.corridorwatch.model.GridGeometry(g.width(), g.height(), gt,
                g.crsWkt(), g.epsg());
        Path mask = dir.resolve("mask-elsewhere.tif");
        try (org.corridorwatch.raster.GeoTiffWriter w = org.corridorwatch.raster.GeoTiffWriter.create(mask, far,
                org.corridorwatch.raster.GeoTiffWriter.PixelType.BYTE, List.of("burned"), 255, false)) {
            w.write(0, 0, 0, far.width(), far.height(), new float[far.width() * far.height()]);
            w.commit();
        }
        CliTest.Run r = CliTest.run("evaluate", "--run", run.toString(), "--mask", mask.toString());
        assertEquals(3, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(mask + ": does not overlap the run"), r.err());
        assertFalse(r.out().contains("F1"), r.out());
    }

    @Test
    void corruptTiffHeaderFailsTheSceneInsteadOfScanningNodata() {
        Path bad = BadFiles.patchedSize(pair.after(), dir.resolve("patched-after.tif"), 3000, 3000);
        Path out = dir.resolve("run-patched");
        CliTest.Run r = scan(pair.before(), bad, out);
        assertEquals(3, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(bad + ": damaged"), r.err());
        assertTrue(r.err().contains("tag ignored"), r.err());
        assertFalse(Files.exists(out), "a scan refused before its first tile leaves --out as it found it");
    }
}
