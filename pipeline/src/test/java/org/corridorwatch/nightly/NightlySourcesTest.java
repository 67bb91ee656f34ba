package org.corridorwatch.nightly;

import org.corridorwatch.nightly.store.Quarantined;
import static org.corridorwatch.nightly.NightlyJobTest.distanceM;
import static org.corridorwatch.nightly.NightlyJobTest.drop;
import static org.corridorwatch.nightly.NightlyJobTest.lastRun;
import static org.corridorwatch.nightly.NightlyJobTest.nightly;
import static org.corridorwatch.nightly.NightlyJobTest.summary;
import static org.corridorwatch.nightly.NightlyJobTest.workspace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.samples.FirmsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.corridorwatch.nightly.store.SourceStore;
import org.corridorwatch.nightly.store.WorkspaceStore;

/**
 * The workspace's other inputs in the nightly job: FIRMS exports dropped in {@code firms/}, and files
 * quarantined by an attempt that was killed before writing its summary. Scenes as in {@link NightlyJobTest}
 * (date 1 clean, date 2 with attack A, date 3 with A and B).
 */
class NightlySourcesTest {
    static String firmsRow(Coordinate lonLat, String date, String time, String confidence) {
        return String.format(Locale.ROOT, "%.5f,%.5f,340.5,0.39,0.36,%s,%s,N,VIIRS,%s,2.0NRT,295.1,5.3,D%n", lonLat.y, lonLat.x,
                date, time, confidence);
    }

    @Test
    void firmsExportsReachTheScansOfTheirDatesAndAMalformedOneIsQuarantined(@TempDir Path dir) throws Exception {
        Path[] dates = NightlyScenes.threeDates(Files.createDirectories(dir.resolve("scenes")));
        Workspace ws = workspace(dir.resolve("ws"));
        Path firms = ws.root().resolve("firms");
        assertTrue(Files.isDirectory(firms), "workspace init creates firms/");
        Coordinate a = NightlyScenes.lonLat(NightlyScenes.ATTACK_A_KM);
        Files.writeString(firms.resolve("viirs-september.csv"), FirmsCsv.HEADER + "\n" + firmsRow(a, "2025-09-05", "1312", "h")
                + firmsRow(a, "2025-09-06", "0148", "n") + "not,a,row\n");
        Files.writeString(firms.resolve("viirs-october.csv"), FirmsCsv.HEADER + "\n" + firmsRow(a, "2025-10-20", "1312", "h"));
        Files.writeString(firms.resolve("broken.csv"), "hello,world\n1,2\n");
        drop(ws, dates[0], dates[1]);

        CliTest.Run r = nightly(ws);
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains(" 1 new candidate ") && r.out().contains(", 1 quarantined, "), r.out());
        JsonNode s = summary(lastRun(ws));
        // the bad export is quarantined and reported, the night goes on
        JsonNode q = s.path("quarantined");
        assertEquals(1, q.size(), q.toString());
        assertEquals("firms/broken.csv", q.get(0).path("file").asText());
        assertEquals("firms", q.get(0).path("kind").asText());
        assertTrue(Files.exists(ws.quarantine().resolve("broken.csv.reason.txt")));
        assertFalse(Files.exists(firms.resolve("broken.csv")));
        // the good ones are catalogued (a malformed row skipped and counted)
        assertEquals(2, s.path("new_firms_files").size(), s.path("new_firms_files").toString());
        JsonNode sept = s.path("new_firms_files").get(1).path("path").asText().endsWith("viirs-september.csv")
                ? s.path("new_firms_files").get(1) : s.path("new_firms_files").get(0);
        assertEquals(2, sept.path("detections").asInt());
        assertEquals(1, sept.path("rows_skipped").asInt());
        // only the export dated within the pair's dates is given to its scan
        JsonNode pair = s.path("pairs").get(0);
        assertEquals(1, pair.path("firms_files").size(), pair.toString());
        assertTrue(pair.path("firms_files").get(0).asText().endsWith("viirs-september.csv"));
        Path pairDir = lastRun(ws).resolve(pair.path("name").asText());
        JsonNode runJson = CandidatesGeoJson.JSON.readTree(pairDir.resolve("run.json").toFile());
        assertTrue(runJson.path("inputs").path("firms").toString().contains("viirs-september.csv"), runJson.toString());
        // so the candidate at A carries the FIRMS evidence and the dates of the fire
        JsonNode atA = null;
        for (JsonNode f : CandidatesGeoJson.JSON.readTree(pairDir.resolve("candidates.geojson").toFile()).path("features")) {
            JsonNode p = f.path("properties");
            if (p.path("flagged").asBoolean() && distanceM("POINT (" + p.path("lon").asDouble() + " " + p.path("lat").asDouble()
                    + ")", a) < 250) {
                atA = p;
            }
        }
        assertTrue(atA != null, "no flagged candidate at A");
        assertEquals(2, atA.path("firms_count").asInt(), atA.toString());
        assertEquals("2025-09-05", atA.path("event_date_min").asText());
        assertEquals("2025-09-06", atA.path("event_date_max").asText());
        assertTrue(atA.path("firms_score").asDouble() > 0, atA.toString());

        // catalogued once: nothing new the next night
        assertEquals(9, nightly(ws).exitCode());
    }

    @Test
    void filesQuarantinedByAKilledAttemptAreReportedWhenItResumes(@TempDir Path dir) throws Exception {
        Path[] dates = NightlyScenes.threeDates(Files.createDirectories(dir.resolve("scenes")));
        Workspace ws = workspace(dir.resolve("ws"));
        drop(ws, dates[0], dates[1]);
        Files.write(ws.inbox().resolve("truncated.tif"), Arrays.copyOf(Files.readAllBytes(dates[2]), 4096));
        Files.writeString(ws.inbox().resolve("notes.tif"), "not a raster");

        // the killed attempt: it started its run and catalogued the inbox (quarantining truncated.tif), then it
        // moved notes.tif to quarantine after writing its reason file, and was killed before recording it
        String run = "20250922T021500Z";
        WorkspaceStore store = WorkspaceStore.open(ws.database());
        SourceStore sources = new SourceStore(ws.database());
        store.startRun(run, Instant.parse("2025-09-22T02:15:00Z"));
        Path notes = ws.inbox().resolve("notes.tif");
        Path parked = dir.resolve("notes.tif");
        Files.move(notes, parked);
        StringWriter attemptLog = new StringWriter();
        SurveyParameters survey = SurveyParameters.of(SensorProfiles.loadDefault(), CorridorCatalog.loadDefault().select("all"),
                ScanConfig.loadDefault(), NightlyConfig.load(ws.nightlyConfig()));
        SceneCatalog.catalogInbox(ws, store, sources, run, survey, NightlyLog.lines(new PrintWriter(attemptLog, true)));
        assertTrue(Files.exists(ws.quarantine().resolve("truncated.tif")), attemptLog.toString());
        Files.writeString(ws.quarantine().resolve("notes.tif.reason.txt"), "file: " + notes + "\nkind: scene\n"
                + "reason: not a raster\nrun: " + run + "\nwhen: 2025-09-22T02:15:03Z\n");
        Files.move(parked, ws.quarantine().resolve("notes.tif"));

        CliTest.Run resumed = nightly(ws);
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.err().contains("resuming run " + run), resumed.err());
        assertTrue(resumed.out().contains(", 2 quarantined, "), resumed.out());
        JsonNode s = summary(ws.runs().resolve(run));
        List<String> files = new ArrayList<>();
        s.path("quarantined").forEach(x -> files.add(x.path("file").asText() + " -> " + x.path("moved_to").asText()));
        assertEquals(List.of("inbox/truncated.tif -> quarantine/truncated.tif", "inbox/notes.tif -> quarantine/notes.tif"), files);
        assertEquals(2, s.path("totals").path("quarantined").asInt());
        assertEquals("not a raster", s.path("quarantined").get(1).path("reason").asText());

        // reported once: the next night with a new scene does not list them again
        drop(ws, dates[2]);
        CliTest.Run next = nightly(ws);
        assertEquals(0, next.exitCode(), next.out() + next.err());
        assertFalse(next.out().contains("quarantined"), next.out());
        assertEquals(0, summary(lastRun(ws)).path("quarantined").size());
    }
}
