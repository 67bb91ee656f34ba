package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerAndLocatorTest {
    @TempDir
    Path dir;

    @Test
    void defaultPlacesCoverTheCorridors() {
        Gazetteer g = Gazetteer.loadDefault();
        assertTrue(g.places().size() >= 40, g.places().size() + " places");
        assertEquals("Kolokani", g.nearest(-8.03, 13.57).orElseThrow().name());
        assertEquals("Sikasso", g.nearest(-5.67, 11.32).orElseThrow().name());
    }

    @Test
    void geoNamesDumpKeepsPopulatedPlacesOnly() throws IOException {
        String row1 = "2454955\tKolokani\tKolokani\t\t13.5728\t-8.0339\tP\tPPLA2\tML\t\t07\t\t\t\t0\t\t300\tAfrica/Bamako\t2013-11-09";
        String row2 = "9999999\tSome Hill\tSome Hill\t\t13.5800\t-8.0300\tT\tHLL\tML\t\t07\t\t\t\t0\t\t300\tAfrica/Bamako\t2013-11-09";
        Path f = Files.writeString(dir.resolve("ML.txt"), row1 + "\n" + row2 + "\n");
        Gazetteer g = Gazetteer.load(f);
        assertEquals(1, g.places().size());
        assertEquals(new Place("Kolokani", -8.0339, 13.5728, "PPLA2"), g.places().get(0));
    }

    @Test
    void badPlacesFiles() throws IOException {
        Path garbage = Files.writeString(dir.resolve("x.txt"), "hello world\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Gazetteer.load(garbage));
        assertTrue(e.getMessage().startsWith(garbage + ": line 1 is not a GeoNames row"), e.getMessage());
        Path badJson = Files.writeString(dir.resolve("x.geojson"), "{ nope");
        assertThrows(ConfigException.class, () -> Gazetteer.load(badJson));
    }

    @Test
    void locatesKmSideAndCompassFromNearestPlace() {
        Locator loc = new Locator(CorridorCatalog.loadDefault().corridors(), Gazetteer.loadDefault());
        // 3 km east and 3 km south of Kolokani (13.5728, -8.0339)
        double lat = 13.5728 - 3000 / 110_600.0;
        double lon = -8.0339 + 3000 / (111_320.0 * Math.cos(Math.toRadians(13.55)));
        Location l = loc.locate(lon, lat);
        assertEquals("rn1-senegal", l.corridorId());
        assertEquals("Kolokani", l.placeName());
        assertEquals("SE", l.placeBearing());
        assertEquals(4.24, l.placeDistanceKm(), 0.05);
        // the road runs north-north-west here; east of it is the right-hand side
        assertEquals("right", l.side());
        assertTrue(l.offsetM() < 0);
        assertTrue(l.chainageKm() > 100 && l.chainageKm() < 120, "km " + l.chainageKm());
        assertTrue(l.label().matches("km 1\\d\\d\\.\\d on rn1-senegal, 4\\.2 km SE of Kolokani"), l.label());
        assertTrue(l.labelWith("RN1").startsWith("km 1"), l.labelWith("RN1"));
        assertEquals("RN1", loc.corridor(l.corridorId()).shortName());
    }

    @Test
    void aPointNearSikassoIsOnRn7() {
        Locator loc = new Locator(CorridorCatalog.loadDefault().corridors(), null);
        Location l = loc.locate(-5.70, 11.34);
        assertEquals("rn7-cotedivoire", l.corridorId());
        assertEquals("", l.placeName());
        assertTrue(l.label().startsWith("km 3"), l.label());
        assertTrue(l.label().endsWith("on rn7-cotedivoire"), "no place without a gazetteer: " + l.label());
    }
}
