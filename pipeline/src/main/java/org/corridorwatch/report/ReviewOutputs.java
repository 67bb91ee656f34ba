package org.corridorwatch.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.Progress;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.ReviewMarks;
import org.corridorwatch.model.TileOutcome;

/**
 * Everything a reviewer opens, written at the end of a scan (after {@code evidence/burn.tif} is
 * committed): evidence chips ({@code chips/}), {@code candidates.gpkg}, {@code candidates.kml},
 * {@code candidates.csv} and {@code report.html}. One call from the scan: {@link #write}.
 */
public final class ReviewOutputs {

    /**
     * What the scan hands over.
     *
     * @param runDir      the run folder (holds {@code evidence/burn.tif} already)
     * @param pair        the open pair (a new reader is opened for the chips)
     * @param threads     threads for drawing chips
     * @param corridors   corridors drawn on the overview and written to the {@code corridors} layer
     * @param roads       the road of each corridor (the {@code roads} layer, drawn by source); empty = none
     * @param roadData    the road data's provenance and attribution, "" without road data
     */
    public record Scan(Path runDir, ScenePair pair, SceneBands beforeBands, SceneBands afterBands, Projection crs,
                       int threads, List<Candidate> candidates, List<TileOutcome> tiles, List<Corridor> corridors,
                       CandidatesGeoJson.RunContext context, ReviewMarks marks, ChipParameters chipParameters,
                       List<CorridorRoad> roads, String roadData) {
    }

    /** Counts and seconds, for the log and {@code run.json} timings. */
    public record Result(int chips, double chipSeconds, double layerSeconds, double pageSeconds) {
    }

    private ReviewOutputs() {
    }

    public static Result write(Scan s, PrintWriter log) {
        return write(s, log, Progress.NONE);
    }

    /** As above, the chips counted by {@code progress} as they are drawn. */
    public static Result write(Scan s, PrintWriter log, Progress progress) {
        long t0 = System.nanoTime();
        Map<String, CandidateChips> chips = Map.of();
        if (!s.candidates().isEmpty() && s.chipParameters().maxCandidates() > 0) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, s.threads()));
            try (ScenePair.Reader reader = s.pair().openReader();
                 GdalScene evidence = GdalScene.open(s.runDir().resolve("evidence/burn.tif"))) {
                SceneChipSource source = new SceneChipSource(reader, s.beforeBands(), s.afterBands(), s.pair().grid(),
                        evidence);
                chips = ChipWriter.write(s.runDir(), s.candidates(), source, s.pair().grid(), s.crs(), s.chipParameters(),
                        pool, progress);
            } finally {
                pool.shutdownNow();
            }
        }
        long t1 = System.nanoTime();
        GisLayers.write(s.runDir(), s.candidates(), s.tiles(), s.corridors(), s.roads(), s.roadData(), s.context(), s.marks(),
                chips);
        long t2 = System.nanoTime();
        ReportPage.write(s.runDir(), s.candidates(), s.tiles(), s.corridors(), s.roads(), s.roadData(), s.context(), s.marks(),
                chips);
        long t3 = System.nanoTime();
        Result r = new Result(chips.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        log.printf(java.util.Locale.ROOT, "review: chips for %d candidates in %.2f s, GIS layers %.2f s, report.html %.2f s%n",
                r.chips(), r.chipSeconds(), r.layerSeconds(), r.pageSeconds());
        log.flush();
        return r;
    }
}
