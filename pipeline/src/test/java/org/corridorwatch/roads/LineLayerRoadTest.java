package org.corridorwatch.roads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSource;
import org.corridorwatch.raster.VectorLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Road data from GDAL line layers other than OSM: GeoJSON with a ref field, GeoPackage with ref and fclass. */
class LineLayerRoadTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @TempDir
    Path dir;

    private static LineString line(double... lonLat) {
        Coordinate[] cs = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return GF.createLineString(cs);
    }

    private CorridorRoad build(Path file) {
        return CorridorRoads.load(file, List.of(OsmCorridorRoadTest.corridor(List.of("RN1"))), RoadsParameters.DEFAULT, "")
                .forCorridors(List.of(OsmCorridorRoadTest.corridor(List.of("RN1")))).get(0);
    }

    @Test
    void geoJsonLinesWithARefField() throws Exception {
        Path f = Files.writeString(dir.resolve("roads.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"ref":"RN1"},"geometry":{"type":"LineString","coordinates":[[-7.999,12.0],[-7.999,12.05]]}},
                 {"type":"Feature","properties":{"ref":"RN1"},"geometry":{"type":"MultiLineString","coordinates":[[[-7.999,12.05],[-7.998,12.1]]]}},
                 {"type":"Feature","properties":{"ref":"RN7"},"geometry":{"type":"LineString","coordinates":[[-8,12.0],[-8,12.1]]}}]}
                """);
        CorridorRoad road = build(f);
        assertEquals(1, road.segments().size());
        assertEquals(RoadSource.OSM, road.segments().get(0).source());
        OsmCorridorRoadTest.assertVertices(new double[][] {{-7.999, 12.0}, {-7.999, 12.05}, {-7.998, 12.1}}, road.lineWgs84());
    }

    @Test
    void geoPackageLinesWithRefAndFclass() {
        List<VectorLayers.Field> fields = List.of(new VectorLayers.Field("ref", VectorLayers.FieldType.STRING),
                new VectorLayers.Field("fclass", VectorLayers.FieldType.STRING));
        List<VectorLayers.Row> rows = List.of(
                new VectorLayers.Row(line(-7.999, 12.0, -7.999, 12.05), Map.of("ref", "RN1", "fclass", "trunk")),
                new VectorLayers.Row(line(-7.999, 12.05, -7.999, 12.1), Map.of("fclass", "primary")),
                new VectorLayers.Row(line(-8.0, 12.0, -8.0, 12.1), Map.of("fclass", "track")));
        Path f = VectorLayers.write(dir.resolve("roads.gpkg"), "GPKG",
                List.of(new VectorLayers.LayerSpec("roads", "LINESTRING", fields, rows, List.of())), List.of());
        CorridorRoad road = build(f);
        assertEquals(2, road.segments().size(), road.segments().toString());
        assertEquals(1.0, road.segments().get(0).confidence());
        assertEquals(0.7, road.segments().get(1).confidence(), 1e-9);
        OsmCorridorRoadTest.assertVertices(new double[][] {{-7.999, 12.0}, {-7.999, 12.05}, {-7.999, 12.1}}, road.lineWgs84());
    }
}
