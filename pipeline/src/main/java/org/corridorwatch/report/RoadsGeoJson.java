package org.corridorwatch.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSegment;

/**
 * The roads layer, {@code roads.geojson}: the road each corridor was measured along, one feature per segment with
 * its source (osm / imagery / configured), confidence, median offset from the configured line and note. Written from
 * {@link CorridorRoad}s whatever built them; the road data's attribution is a top-level member.
 */
public final class RoadsGeoJson {
    private RoadsGeoJson() {
    }

    public static Path write(Path target, List<CorridorRoad> roads, String roadData) {
        ObjectNode root = CandidatesGeoJson.JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "roads");
        root.put("road_data", roadData == null ? "" : roadData);
        ArrayNode features = root.putArray("features");
        for (CorridorRoad road : roads) {
            int i = 0;
            for (RoadSegment s : road.segments()) {
                ObjectNode f = features.addObject();
                f.put("type", "Feature");
                ObjectNode p = f.putObject("properties");
                p.put("corridor", road.corridorId());
                p.put("segment", i++);
                p.put("source", s.source().label());
                p.put("confidence", CandidatesGeoJson.round(s.confidence(), 3));
                p.put("offset_m", CandidatesGeoJson.round(s.offsetFromConfiguredM(), 1));
                p.put("note", s.note());
                p.put("road_data", road.provenance());
                f.set("geometry", GeoJsonGeometry.of(s.lineWgs84()));
            }
        }
        return AtomicFiles.write(target, out -> CandidatesGeoJson.JSON.writeValue(out, root));
    }
}
