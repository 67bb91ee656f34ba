package org.corridorwatch.nightly.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.corridorwatch.model.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The workspace database on a real SQLite file: scenes, the life of a pair, new-versus-seen candidates, runs. */
class WorkspaceStoreTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final String BOX_A = "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))";
    private static final String BOX_A_SHIFTED = "POLYGON ((0.5 0.5, 1.5 0.5, 1.5 1.5, 0.5 1.5, 0.5 0.5))";
    private static final String BOX_FAR = "POLYGON ((10 10, 11 10, 11 11, 10 11, 10 10))";

    @TempDir
    Path dir;

    private WorkspaceStore storeWithTwoScenes() {
        WorkspaceStore store = WorkspaceStore.create(dir.resolve("workspace.sqlite"));
        for (String id : List.of("a".repeat(64), "b".repeat(64))) {
            store.insertScene(new SceneRecord(id, "/in/" + id.charAt(0) + ".tif", "sentinel2", LocalDate.of(2025, 9, 13),
                    GF.toGeometry(new Envelope(-8, -7, 13, 14)), 0.1, 1234), 99L, "run-1");
        }
        return store;
    }

    @Test
    void scenesAreFoundByPathSizeAndTimeAndReadBackWhole() {
        WorkspaceStore store = storeWithTwoScenes();
        assertEquals("a".repeat(64), store.knownScene("/in/a.tif", 1234, 99L).orElseThrow());
        assertTrue(store.knownScene("/in/a.tif", 1234, 100L).isEmpty(), "a touched file is catalogued again");
        List<SceneRecord> scenes = store.scenes();
        assertEquals(2, scenes.size());
        assertEquals(LocalDate.of(2025, 9, 13), scenes.get(0).date());
        assertEquals(0.1, scenes.get(0).cloudFraction());
        assertEquals(GF.toGeometry(new Envelope(-8, -7, 13, 14)).getArea(), scenes.get(0).footprint().getArea(), 1e-12);
        assertEquals(2, store.scenesOfRun("run-1").size());
        assertTrue(store.scenesOfRun("run-2").isEmpty());
    }

    @Test
    void aPairIsPlannedFailedRetriedAndCompletedOnce() {
        WorkspaceStore store = storeWithTwoScenes();
        WorkspaceStore.PairKey key = new WorkspaceStore.PairKey("a".repeat(64), "b".repeat(64), "cfg1");
        store.planPair(key, "pair-ab", "newest after, clearest before", "run-1", List.of("t1", "t2"));
        store.failPair(key, "disk full");
        WorkspaceStore.PairRow failed = store.pair(key).orElseThrow();
        assertEquals("failed", failed.status());
        assertEquals(1, failed.attempts());
        assertFalse(failed.finished());

        store.planPair(key, "pair-ab", "retry", "run-2", List.of("t1", "t2"));
        store.completePair(key, "pair-ab", "run-2", "done",
                List.of(new WorkspaceStore.TileResult("t1", "ok", 0.7), new WorkspaceStore.TileResult("t2", "failed", 0)),
                3, List.of(new SeenCandidate("site-1", "", "", BOX_A, 0.7, true, null)));
        WorkspaceStore.PairRow done = store.pair(key).orElseThrow();
        assertTrue(done.finished());
        assertEquals(2, done.attempts(), "the failed attempt is kept in the count");
        assertEquals(1, done.failedTiles());
        assertEquals(3, done.candidates());
        assertEquals(1, done.flagged());
        assertEquals(List.of("t1", "t2"), done.tileIds());
        assertEquals("run-2", done.run());

        store.planPair(key, "pair-ab", "again", "run-3", List.of("t1"));
        assertEquals("done", store.pair(key).orElseThrow().status(), "a finished pair is never planned again");
    }

    @Test
    void aCandidateOverlappingOrSharingTheIdOfAnEarlierPairsIsNotNew() {
        WorkspaceStore store = storeWithTwoScenes();
        WorkspaceStore.PairKey first = new WorkspaceStore.PairKey("a".repeat(64), "b".repeat(64), "cfg1");
        WorkspaceStore.PairKey second = new WorkspaceStore.PairKey("b".repeat(64), "a".repeat(64), "cfg1");
        store.planPair(first, "p1", "why", "run-1", null);
        store.completePair(first, "p1", "run-1", "done", List.of(), 1,
                List.of(new SeenCandidate("site-1", "", "", BOX_A, 0.8, true, null)));
        store.planPair(second, "p2", "why", "run-2", null);
        List<SeenCandidate> recorded = store.completePair(second, "p2", "run-2", "done", List.of(), 3, List.of(
                new SeenCandidate("site-2", "", "", BOX_A_SHIFTED, 0.6, true, null),
                new SeenCandidate("site-1", "", "", BOX_FAR, 0.5, true, null),
                new SeenCandidate("site-3", "", "", BOX_FAR, 0.9, true, "incident 13 Sep")));
        assertEquals(List.of(false, false, true), recorded.stream().map(SeenCandidate::isNew).toList());
        assertEquals("incident 13 Sep", recorded.get(2).knownIncident());
        assertEquals(3, store.candidatesOfRun("run-2").size());
        assertEquals(4, store.allCandidates().size());
        assertEquals("site-1", store.allCandidates().get(0).siteId(), "oldest first");
    }

    @Test
    void completingAPairThatWasNeverPlannedRollsEverythingBack() {
        WorkspaceStore store = storeWithTwoScenes();
        WorkspaceStore.PairKey key = new WorkspaceStore.PairKey("a".repeat(64), "b".repeat(64), "cfg1");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> store.completePair(key, "p1", "run-1", "done",
                List.of(), 1, List.of(new SeenCandidate("site-1", "", "", BOX_A, 0.8, true, null))));
        assertEquals(ExitCode.WORKSPACE, e.exitCode());
        assertTrue(store.allCandidates().isEmpty(), "the candidates of the failed transaction are not kept");
    }

    @Test
    void anUnfinishedRunIsFoundUntilItIsFinished() {
        WorkspaceStore store = WorkspaceStore.create(dir.resolve("workspace.sqlite"));
        store.startRun("20260101T0000Z", Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals("20260101T0000Z", store.unfinishedRun().orElseThrow().id());
        store.finishRun("20260101T0000Z", "done", "{}");
        assertTrue(store.unfinishedRun().isEmpty());
        assertEquals("done", store.runs().get(0).status());
        assertEquals("{}", store.runs().get(0).summaryJson());
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithTheWorkspaceExitCode() throws Exception {
        Path garbage = Files.writeString(dir.resolve("workspace.sqlite"), "not a database at all, just text");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceStore.open(garbage));
        assertEquals(ExitCode.WORKSPACE, e.exitCode());
        assertTrue(e.getMessage().contains("workspace.sqlite"), e.getMessage());
    }

    @Test
    void reopeningKeepsTheSchemaVersionAndTheData() {
        WorkspaceStore created = storeWithTwoScenes();
        WorkspaceStore reopened = WorkspaceStore.open(created.file());
        assertEquals(2, reopened.scenes().size());
    }
}
