package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.samples.RoadCourse;
import org.corridorwatch.samples.SampleGenerator;
import org.corridorwatch.samples.SampleRequest;
import org.corridorwatch.samples.Sensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The roads stage on a generated scene whose road meanders up to 300 m from the configured line, with an unpaved
 * track beside it and two clouds over it in the before date: the road found in the imagery lies within 30 m of the
 * true centre line on at least 95 % of its length, covers at least 40 % of the visible road, and stays off the clouds.
 */
class RoadSnappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GF = new GeometryFactory();

    @TempDir
    Path tmp;

    @Test
    void snapsToTheMeanderingRoadAndRefusesTheCloudedStretches() throws Exception {
        Path scene = tmp.resolve("scene");
        SampleGenerator.generate(new SampleRequest(Sensor.SENTINEL2, "attack-13sep", SEED, "rn1-senegal", 160, 165,
                null, null, scene, true, false, "test", new RoadCourse(true, 300, true, 2, false)));
        Path yaml = tmp.resolve("on.yaml");
        Files.writeString(yaml, "roads_from_imagery:\n  enabled: true\n");
        Path out = tmp.resolve("run");
        StringWriter log = new StringWriter();
        ScanJob.run(ScanRequest.builder(scene.resolve("before.tif"), scene.resolve("after.tif"), out).threads(2)
                .noChips(true).corridor("rn1-senegal").configFile(yaml).build(), new PrintWriter(log));

        JsonNode truth = JSON.readTree(scene.resolve("truth.geojson").toFile());
        Geometry road = null;
        List<Geometry> clouds = new ArrayList<>();
        GeoJsonReader reader = new GeoJsonReader();
        for (JsonNode f : truth.path("features")) {
            String cls = f.path("properties").path("class").asText();
            Geometry g = reader.read(f.path("geometry").toString());
            if (cls.equals("road")) {
                road = g;
            } else if (cls.equals("cloud") && f.path("properties").path("visible").asText().equals("before")) {
                clouds.add(g);
            }
        }
        Coordinate c0 = road.getCoordinates()[0];
        Projection p = Projections.utmFor(c0.x, c0.y);
        Geometry roadM = projected(road, p);
        Geometry cloudM = clouds.isEmpty() ? GF.createPolygon() : projected(GF.buildGeometry(clouds).union(), p);
        assertTrue(!cloudM.isEmpty() && cloudM.intersects(roadM), "the scene has clouds over the road");

        double found = 0;
        double near = 0;
        double inCloud = 0;
        boolean refusedCloud = false;
        for (JsonNode f : JSON.readTree(out.resolve("roads.geojson").toFile()).path("features")) {
            JsonNode pr = f.path("properties");
            if (!pr.path("corridor").asText().equals("rn1-senegal")) {
                continue;
            }
            // refused for cloud: kept the configured line, or (between two found stretches) followed the traced path
            refusedCloud |= pr.path("note").asText().contains("refused (cloud") || pr.path("note").asText().contains("refused: cloud");
            if (!pr.path("source").asText().equals("imagery") || !pr.path("note").asText().startsWith("found in the before image")) {
                continue; // the stretches found, not the ones bridged across
            }
            LineString l = (LineString) projected(reader.read(f.path("geometry").toString()), p);
            LengthIndexedLine idx = new LengthIndexedLine(l);
            for (double d = 0; d < l.getLength(); d += 10) {
                var pt = GF.createPoint(idx.extractPoint(d));
                found += 10;
                near += roadM.distance(pt) <= 30 ? 10 : 0;
                inCloud += cloudM.contains(pt) ? 10 : 0;
            }
        }
        double visibleRoad = roadM.difference(cloudM.buffer(100)).getLength();
        assertTrue(found >= 0.4 * visibleRoad, "imagery segments " + Math.round(found) + " m of " + Math.round(visibleRoad)
                + " m of visible road\n" + log);
        assertTrue(near >= 0.95 * found, "within 30 m of the true road: " + near / found);
        assertTrue(inCloud <= 0.02 * found, "imagery segments under cloud: " + Math.round(inCloud) + " m");
        assertTrue(refusedCloud, "a stretch refused for cloud");
    }

    static final long SEED = 8522;

    private static Geometry projected(Geometry g, Projection p) {
        Geometry c = g.copy();
        c.apply((org.locationtech.jts.geom.CoordinateFilter) q -> {
            double[] xy = p.forward(q.x, q.y);
            q.x = xy[0];
            q.y = xy[1];
        });
        c.geometryChanged();
        return c;
    }
}
