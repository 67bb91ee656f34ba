package org.corridorwatch.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridorwatch.model.InputDataException;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The candidates of one run folder, read back from its {@code candidates.geojson}: what the review
 * server needs to validate and store a decision (the id, pattern and outline). Immutable.
 */
public final class RunCandidates {
    /** One candidate as the review needs it. */
    public record Site(String id, String pattern, String corridor, String geometryWkt) {
    }

    private final Path runDir;
    private final Map<String, Site> sites;

    private RunCandidates(Path runDir, Map<String, Site> sites) {
        this.runDir = runDir;
        this.sites = Collections.unmodifiableMap(sites);
    }

    public static RunCandidates read(Path runDir) {
        Path file = runDir.resolve("candidates.geojson");
        if (!Files.isRegularFile(file) || !Files.isRegularFile(runDir.resolve("report.html"))) {
            throw new InputDataException(runDir, "is not a scan run folder (needs candidates.geojson and report.html)",
                    "give the --out folder of 'corridorwatch scan'");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            GeoJsonReader geo = new GeoJsonReader();
            Map<String, Site> sites = new LinkedHashMap<>();
            for (JsonNode f : root.path("features")) {
                JsonNode p = f.path("properties");
                String id = p.path("id").asText();
                String wkt = geo.read(f.get("geometry").toString()).toText();
                sites.put(id, new Site(id, p.path("pattern").asText(), p.path("corridor").asText(), wkt));
            }
            return new RunCandidates(runDir.toAbsolutePath().normalize(), sites);
        } catch (IOException | ParseException | RuntimeException e) {
            throw new InputDataException(file, "cannot be read (" + e.getMessage() + ")",
                    "rerun the scan; the file may be truncated");
        }
    }

    public Path runDir() {
        return runDir;
    }

    /** The site with this id, or null when the run has none. */
    public Site site(String id) {
        return sites.get(id);
    }

    public Map<String, Site> sites() {
        return sites;
    }
}
