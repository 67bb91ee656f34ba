package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corridorwatch.TestSupport;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.firms.FirmsReader;
import org.corridorwatch.firms.HotspotIndex;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** The matcher on a committed sample: the planted attack's outline collects the planted attack's detections. */
class FirmsMatcherSampleTest {
    @Test
    void attackOnRn1KolokaniDidieniHasItsThreeDetectionsOnTheAttackDate() throws Exception {
        Path dir = TestSupport.repoRoot().resolve("imagery-samples/rn1-kolokani-didieni");
        HotspotIndex idx = HotspotIndex.build(List.of(FirmsReader.read(dir.resolve("firms.csv"))), null);
        FirmsMatcher m = new FirmsMatcher(idx, ScanConfig.loadDefault().sites().firms(), LocalDate.of(2025, 9, 8),
                LocalDate.of(2025, 9, 18));
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.geojson").toFile());
        for (JsonNode f : truth.get("features")) {
            if (!f.path("properties").has("firms_detections")) {
                continue;
            }
            Geometry outline = new GeoJsonReader().read(f.get("geometry").toString());
            FirmsEvidence e = m.match(outline);
            String id = f.path("properties").path("id").asText();
            assertEquals(f.path("properties").path("firms_detections").asInt(), e.count(), id + " " + e.reasons());
            LocalDate planted = LocalDate.parse(f.path("properties").path("date").asText());
            assertEquals(planted, e.dateMin(), id);
            assertEquals(planted, e.dateMax(), id);
            if (id.equals("attack-1")) {
                assertTrue(e.reasons().get(0).startsWith("3 VIIRS detections on 2025-09-13 (1 high-confidence), nearest "),
                        e.reasons().toString());
                assertTrue(e.value() > 0.8, "three nominal-or-better detections on the scar: " + e.value());
            }
        }
    }
}
