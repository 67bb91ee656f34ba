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

    private static void assertOneLine(CliTest.Run r) {
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() <= 2 && lines.get(0).startsWith("error: ")
                && (lines.size() == 1 || lines.get(1).startsWith("hint: ")), "one error line and a hint: " + r.err());
        for (String internal : List.of("[Source:", "[SQLITE_", "Exception", "java.", "Error: ", "\tat ")) {
            assertFalse(r.err().contains(internal), "no Java internals (" + internal + "): " + r.err());
        }
    }

    @Test
    void firmsAndDecisionsAreRefusedBeforeTheFirstTileAndLeaveOutAsFound() throws Exception {
        Path wrongColumns = Files.writeString(dir.resolve("wrong-columns.csv"), "a,b,c\n1,2,3\n");
        Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\"type\": [");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path garbage = Files.writeString(dir.resolve("decisions.sqlite"), "not a database at all\n");
        int i = 0;
        for (List<String> bad : List.of(List.of("--firms", wrongColumns.toString()), List.of("--firms", malformed.toString()),
                List.of("--firms", empty.toString()), List.of("--decisions", garbage.toString()))) {
            Path out = dir.resolve("run-bad-" + i++);
            CliTest.Run r = scan(pair.before(), pair.after(), out, bad.toArray(String[]::new));
            assertEquals(3, r.exitCode(), bad + ": " + r.out() + r.err());
            assertTrue(r.err().contains(bad.get(1) + ":"), r.err());
            assertOneLine(r);
            assertFalse(r.out().contains("tiles"), "refused before the first tile: " + r.out());
            assertFalse(Files.exists(out), bad + " leaves --out as it found it");
        }
        // a previous run in --out survives a refused --overwrite, and the rerun with good inputs works
        Path previous = dir.resolve("run-previous");
        try (var files = Files.walk(finishedRun())) {
            for (Path f : files.toList()) {
                Files.copy(f, previous.resolve(finishedRun().relativize(f).toString()));
            }
        }
        CliTest.Run refused = scan(pair.before(), pair.after(), previous, "--overwrite", "--firms", malformed.toString());
        assertEquals(3, refused.exitCode(), refused.err());
        assertTrue(Files.exists(previous.resolve("run.json")) && Files.exists(previous.resolve("evidence/burn.tif")),
                "the previous run is kept when the scan is refused");
        CliTest.Run rerun = scan(pair.before(), pair.after(), dir.resolve("run-bad-1"));
        assertEquals(0, rerun.exitCode(), rerun.err());
    }

    @Test
    void configMistakesNameTheirKeyOnOneLine() throws Exception {
        Path syntax = Files.writeString(dir.resolve("syntax.yaml"), "tiles:\n  size_px: [1\n  overlap_px: 3\n");
        CliTest.Run r = scan(pair.before(), pair.after(), dir.resolve("run-syntax"), "--config", syntax.toString());
        assertEquals(4, r.exitCode(), r.err());
        assertTrue(r.err().contains(syntax + ": is not valid YAML: line 3, column"), r.err());
        assertOneLine(r);
        Path type = Files.writeString(dir.resolve("type.yaml"), "tiles:\n  size_px: big\n");
        r = scan(pair.before(), pair.after(), dir.resolve("run-type"), "--config", type.toString());
        assertEquals(4, r.exitCode(), r.err());
        assertTrue(r.err().contains("'tiles.size_px': got \"big\", expected a whole number"), r.err());
        assertOneLine(r);
        // a fraction where a pixel count is due was truncated silently (exit 0)
        Path fraction = Files.writeString(dir.resolve("fraction.yaml"), "tiles:\n  size_px: 512.7\n");
        r = scan(pair.before(), pair.after(), dir.resolve("run-fraction"), "--config", fraction.toString());
        assertEquals(4, r.exitCode(), r.err());
        assertTrue(r.err().contains("'tiles.size_px': got 512.7, expected a whole number"), r.err());
        Path section = Files.writeString(dir.resolve("section.yaml"), "tiles: 5\n");
        r = scan(pair.before(), pair.after(), dir.resolve("run-section"), "--config", section.toString());
        assertEquals(4, r.exitCode(), r.err());
        assertTrue(r.err().contains("'tiles': got 5, expected a section of keys"), r.err());
    }

    @Test
    void impossibleAcquisitionDateNamesTheKey() throws Exception {
        Path copy = dir.resolve("bad-date.tif");
        Files.copy(pair.after(), copy);
        try (var ds = new org.corridorwatch.raster.GdalSceneMetadataEdit(copy)) {
            ds.set("ACQUISITION_DATE", "2026-02-31");
        }
        Path out = dir.resolve("run-bad-date");
        CliTest.Run r = scan(pair.before(), copy, out);
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains(copy + ": its metadata ACQUISITION_DATE=2026-02-31 is not a calendar date"), r.err());
        assertOneLine(r);
        assertFalse(Files.exists(out));
    }

    @Test
    void southUpGridIsRefusedNamingTheScene() throws Exception {
        Path[] copies = {dir.resolve("south-up-before.tif"), dir.resolve("south-up-after.tif")};
        Path[] sources = {pair.before(), pair.after()};
        for (int i = 0; i < 2; i++) {
            Files.copy(sources[i], copies[i]);
            double[] gt;
            int height;
            try (org.corridorwatch.raster.GdalScene s = org.corridorwatch.raster.GdalScene.open(sources[i])) {
                gt = s.grid().geoTransform();
                height = s.grid().height();
            }
            try (var ds = new org.corridorwatch.raster.GdalSceneMetadataEdit(copies[i])) {
                ds.setGeoTransform(new double[] {gt[0], gt[1], 0, gt[3] + height * gt[5], 0, -gt[5]});
            }
        }
        Path out = dir.resolve("run-south-up");
        CliTest.Run r = scan(copies[0], copies[1], out);
        assertEquals(3, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(copies[1] + ": its grid is not north-up"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void outUnderAFileIsAnOutputProblemInWords() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliTest.Run r = scan(pair.before(), pair.after(), file.resolve("run"));
        assertEquals(6, r.exitCode(), r.err());
        assertTrue(r.err().contains("not a directory"), r.err());
        assertOneLine(r);
    }

    @Test
    void mutuallyExclusiveOptionsReadOnce() {
        CliTest.Run r = scan(pair.before(), pair.after(), dir.resolve("run-excl"), "--corridor", "rn1-senegal", "--aoi", "scene");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: --corridor"), r.err());
        assertFalse(r.err().contains("Error:"), r.err());
    }

    @Test
    void brokenOsmRoadsFileIsRefusedInsteadOfScanningOnConfiguredLines() throws Exception {
        Path roads = Files.writeString(dir.resolve("broken.osm"), "<osm> broken\n");
        Path out = dir.resolve("run-broken-roads");
        CliTest.Run r = scan(pair.before(), pair.after(), out, "--roads", roads.toString());
        assertEquals(3, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(roads + ": is damaged"), r.err());
        assertOneLine(r);
        assertFalse(Files.exists(out));
    }

    @Test
    void inputsThatScannedWithExitZeroAndNothingToShow() throws Exception {
        // the same file twice: no change can ever be found
        CliTest.Run r = scan(pair.after(), pair.after(), dir.resolve("run-same"));
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains(pair.after() + ": is the same file as --before"), r.err());
        // a FIRMS file none of whose rows is a detection: FIRMS evidence silently absent
        Path firms = Files.writeString(dir.resolve("all-rows-bad.csv"),
                "latitude,longitude,acq_date,acq_time\nabc,def,2026-02-09,1200\n13.1,-7.9,not-a-date,1200\n");
        r = scan(pair.before(), pair.after(), dir.resolve("run-firms-rows"), "--firms", firms.toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains(firms + ": none of its 2 rows is a valid detection"), r.err());
        assertOneLine(r);
        // a misspelt term weight was ignored (the real term kept its default)
        Path config = Files.writeString(dir.resolve("weight-misspelt.yaml"), "sites:\n  weights:\n    vehicle: 0.5\n");
        r = scan(pair.before(), pair.after(), dir.resolve("run-weight"), "--config", config.toString());
        assertEquals(4, r.exitCode(), r.err());
        assertTrue(r.err().contains("unknown key 'sites.weights.vehicle'"), r.err());
        for (String out : List.of("run-same", "run-firms-rows", "run-weight")) {
            assertFalse(Files.exists(dir.resolve(out)), out);
        }
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
