package org.corridorwatch.scan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.corridorwatch.change.evidence.BurnEvidence;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.model.BuildInfo;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.report.CandidatesGeoJson;
import org.corridorwatch.raster.GdalRuntime;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.roads.LocalMetres;

/**
 * Writes {@code run.json}, last of all outputs, so its presence means the run finished: inputs with
 * sizes and checksums, the full effective configuration (with its schema version), versions, the
 * common grid, timings per stage and counts.
 */
public final class RunManifest {
    public static final int SCHEMA_VERSION = 1;

    /** Everything the manifest records ({@code roadsSearched}: the corridors searched in the before image, as used). */
    public record Contents(ScanRequest request, SceneBands beforeBands, SceneBands afterBands,
                           String beforeDate, String afterDate, GridGeometry grid, boolean warped,
                           Map<String, Double> timings, ScanSummary summary, List<String> corridors,
                           InputChecksums checksums, SceneIndex scene, List<CorridorRoad> roadsSearched) {
    }

    /** The change index over the scene: its statistics and the bars they set (docs/scanning.md). */
    public record SceneIndex(String name, SceneStatistics statistics, BurnEvidence.Bars bars) {
    }

    private RunManifest() {
    }

    public static Path write(Path target, Contents c) {
        ObjectNode root = CandidatesGeoJson.JSON.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("finished", Instant.now().toString());
        ObjectNode inputs = root.putObject("inputs");
        inputs.set("before", scene(c.request().before(), c.beforeBands(), c.beforeDate(), c.checksums()));
        inputs.set("after", scene(c.request().after(), c.afterBands(), c.afterDate(), c.checksums()));
        if (c.request().aoi() != null) {
            inputs.set("aoi", file(c.request().aoi(), c.checksums()));
        }
        if (!c.request().firms().isEmpty()) {
            ArrayNode firms = inputs.putArray("firms");
            c.request().firms().forEach(f -> firms.add(file(f, c.checksums())));
        }
        if (c.request().decisions() != null) {
            inputs.put("decisions", c.request().decisions().toAbsolutePath().toString());
        }
        c.request().roads().provenance().ifPresent(r -> {
            ObjectNode roads = inputs.putObject("roads");
            roads.put("path", r.file());
            roads.put("sha256", r.sha256());
            roads.put("format", r.format());
            if (r.osmTimestamp() != null) {
                roads.put("osm_timestamp", r.osmTimestamp());
            }
            roads.put("ways_read", r.ways());
            roads.put("attribution", r.attribution());
            ArrayNode built = roads.putArray("corridors");
            c.request().roads().report().forEach(built::add);
        });
        ObjectNode area = root.putObject("area");
        area.put("mode", c.request().aoi() != null ? "aoi" : c.request().aoiScene() ? "scene" : "corridors");
        ArrayNode corridors = area.putArray("corridors");
        c.corridors().forEach(corridors::add);
        if (c.request().tiles() != null) {
            ArrayNode only = area.putArray("tile_filter");
            c.request().tiles().stream().sorted().forEach(only::add);
        }
        ObjectNode grid = root.putObject("grid");
        grid.put("width", c.grid().width());
        grid.put("height", c.grid().height());
        ArrayNode gt = grid.putArray("geotransform");
        for (double v : c.grid().geoTransform()) {
            gt.add(v);
        }
        grid.put("epsg", c.grid().epsg());
        grid.put("one_date_warped", c.warped());
        root.put("report_threshold", c.request().config().sites().reportThreshold());
        root.set("config", c.request().config().toTree());
        if (c.request().configFile() != null) {
            root.put("config_file", c.request().configFile().toAbsolutePath().toString());
        }
        ObjectNode versions = root.putObject("versions");
        versions.put("corridorwatch", BuildInfo.projectVersion());
        versions.put("gdal", GdalRuntime.ensureLoaded());
        versions.put("gdal_java", BuildInfo.gdalJavaVersion());
        versions.put("java", System.getProperty("java.version"));
        ObjectNode index = root.putObject("scene_change_index");
        index.put("index", c.scene().name());
        index.put("centre", CandidatesGeoJson.round(c.scene().statistics().centre(), 4));
        index.put("spread", CandidatesGeoJson.round(c.scene().statistics().noiseSigma(), 4));
        index.put("spread_pixel_to_pixel", CandidatesGeoJson.round(c.scene().statistics().pixelNoise(), 4));
        index.put("samples", c.scene().statistics().samples());
        SceneStatistics wet = c.scene().statistics().wetness();
        index.put("wetness_centre", wet == null || wet.samples() == 0 ? null : CandidatesGeoJson.round(wet.centre(), 4));
        index.put("weak_bar", CandidatesGeoJson.round(c.scene().bars().centre() + c.scene().bars().weak(), 4));
        index.put("strong_bar", CandidatesGeoJson.round(c.scene().bars().centre() + c.scene().bars().strong(), 4));
        ObjectNode timings = root.putObject("timings_s");
        c.timings().forEach(timings::put);
        ScanSummary s = c.summary();
        ObjectNode counts = root.putObject("counts");
        counts.put("tiles", s.tiles());
        counts.put("tiles_scored", s.scored());
        counts.put("tiles_masked", s.masked());
        counts.put("tiles_no_data", s.noData());
        counts.put("tiles_failed", s.failed());
        counts.put("corridor_km_covered", CandidatesGeoJson.round(s.corridorKm(), 2));
        counts.put("area_km2", CandidatesGeoJson.round(s.areaKm2(), 2));
        counts.put("candidates", s.candidates());
        counts.put("flagged", s.flagged());
        roadsFound(root.putArray("roads_from_imagery"), c.roadsSearched());
        root.put("threads", c.request().threads());
        root.put("elapsed_s", s.elapsed().toMillis() / 1000.0);
        return AtomicFiles.write(target, out -> CandidatesGeoJson.JSON.writeValue(out, root));
    }

    /**
     * Per corridor searched for its road in the before image: how many of its segments the image moved
     * ({@code imagery_segments}, their length), whether the prior line was kept whole, and every segment the image
     * refused or could not search, with its note. Empty when {@code roads_from_imagery} is off.
     */
    private static void roadsFound(ArrayNode out, List<CorridorRoad> roads) {
        for (CorridorRoad r : roads) {
            ObjectNode n = out.addObject();
            n.put("corridor", r.corridorId());
            n.put("segments", r.segments().size());
            List<RoadSegment> moved = r.from(RoadSource.IMAGERY);
            n.put("imagery_segments", moved.size());
            n.put("imagery_km", CandidatesGeoJson.round(moved.stream().mapToDouble(g -> LocalMetres.length(g.lineWgs84())).sum() / 1000, 2));
            n.put("prior_kept", moved.isEmpty());
            ArrayNode refused = n.putArray("refused");
            r.segments().stream().map(RoadSegment::note).filter(t -> t.contains("refused") || t.contains("not searched"))
                    .forEach(refused::add);
        }
    }

    private static ObjectNode scene(Path path, SceneBands bands, String date, InputChecksums checksums) {
        ObjectNode n = file(path, checksums);
        n.put("date", date);
        n.put("sensor_profile", bands.profile().name());
        ArrayNode how = n.putArray("bands");
        bands.how().forEach(how::add);
        return n;
    }

    private static ObjectNode file(Path path, InputChecksums checksums) {
        ObjectNode n = CandidatesGeoJson.JSON.createObjectNode();
        n.put("path", path.toAbsolutePath().toString());
        try {
            n.put("size_bytes", Files.size(path));
            n.put("crc32c", checksums.get(path));
        } catch (IOException e) {
            n.put("size_bytes", -1);
        }
        return n;
    }
}
