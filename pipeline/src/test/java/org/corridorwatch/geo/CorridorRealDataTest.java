package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

@Tag("realdata")
class CorridorRealDataTest {
    @Test
    void geoNamesDumpNamesPlacesAlongTheCorridors() {
        Gazetteer g = Gazetteer.load(TestSupport.dataset("geonames-mali").resolve("ML.txt"));
        assertTrue(g.places().size() > 14_000, g.places().size() + " populated places");
        assertEquals("Kolokani", g.nearest(-8.0339, 13.5728).orElseThrow().name());
        Locator loc = new Locator(CorridorCatalog.loadDefault().corridors(), g);
        Location l = loc.locate(-7.50, 11.43);   // just north-east of Bougouni
        assertEquals("rn7-cotedivoire", l.corridorId());
        assertTrue(l.placeDistanceKm() < 3, l.label());
    }

    /**
     * The documented buffer: every vertex of the independently drawn Trans-African Highway line
     * (densified to 500 m) lies within rn1-senegal's default buffer of our line.
     */
    @Test
    void transAfricanHighwayLineLiesInsideTheRn1Buffer() {
        Path tah = TestSupport.dataset("mali-corridors").resolve("DERIVED_TAH_links_Mali_extract.geojson");
        Corridor senegalLink = CorridorCatalog.load(tah).corridors().stream()
                .filter(c -> c.name().startsWith("Senegal Border")).findFirst().orElseThrow();
        Corridor rn1 = CorridorCatalog.loadDefault().get("rn1-senegal");
        Projection p = Projections.utm(29, true);
        MetricCorridor ours = MetricCorridor.of(rn1, p);
        LineString dense = MetricCorridor.of(senegalLink, p).line();
        double max = 0;
        double sum = 0;
        for (Coordinate c : dense.getCoordinates()) {
            double d = Math.abs(ours.offsetM(c.x, c.y));
            max = Math.max(max, d);
            sum += d;
        }
        System.out.printf("TAH vs rn1-senegal: max %.0f m, mean %.0f m over %d vertices%n", max, sum / dense.getNumPoints(),
                dense.getNumPoints());
        assertTrue(max < rn1.defaultBufferM(), "max distance " + max + " m");
    }

    /**
     * The Trans-African Highway KML as published (Google My Maps export, 100 Placemarks) loads as corridors through
     * {@link KmlCorridorFile}, and its Senegal Border–Bamako line equals, vertex for vertex, the same line extracted to
     * GeoJSON by the dataset's compilers ({@code mali-corridors/DERIVED_TAH_links_Mali_extract.geojson}).
     */
    @Test
    void transAfricanHighwayKmlLoadsAsCorridors() {
        CorridorCatalog kml = CorridorCatalog.load(TestSupport.dataset("trans-african-highway-kml").resolve("trans-african-highway.kml"));
        assertEquals(100, kml.corridors().size());
        assertEquals("Niger Border- Kano Link", kml.get("niger-border-kano-link-2").name(), "a repeated name gets -2");
        Corridor fromKml = kml.get("senegal-border-bamako-link");
        Corridor fromGeoJson = CorridorCatalog.load(TestSupport.dataset("mali-corridors")
                .resolve("DERIVED_TAH_links_Mali_extract.geojson")).corridors().stream()
                .filter(c -> c.name().equals("Senegal Border- Bamako Link")).findFirst().orElseThrow();
        assertEquals(18, fromKml.lineWgs84().getNumPoints());
        assertTrue(fromKml.lineWgs84().equalsExact(fromGeoJson.lineWgs84()), fromKml.lineWgs84() + " vs " + fromGeoJson.lineWgs84());
    }
}
