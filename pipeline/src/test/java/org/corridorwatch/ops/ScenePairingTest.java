package org.corridorwatch.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ScenePairingTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Geometry BOX = GF.toGeometry(new Envelope(-8, -7.9, 13, 13.1));

    private static SceneRecord scene(String id, String date, String sensor, Geometry footprint, double cloud) {
        return new SceneRecord(id + "0000000", "/x/" + id + ".tif", sensor, date == null ? null : LocalDate.parse(date),
                footprint, cloud, 1);
    }

    @Test
    void mostRecentClearEarlierSceneOfTheSameSensorWins() {
        SceneRecord after = scene("after", "2025-09-20", "sentinel2", BOX, 0.1);
        List<SceneRecord> catalog = List.of(after,
                scene("old", "2025-08-01", "sentinel2", BOX, 0.0),
                scene("clear", "2025-09-05", "sentinel2", BOX, 0.2),
                scene("cloudy", "2025-09-15", "sentinel2", BOX, 0.8),
                scene("planet", "2025-09-18", "planetscope", BOX, 0.0),
                scene("later", "2025-09-25", "sentinel2", BOX, 0.0),
                scene("sameday", "2025-09-20", "sentinel2", BOX, 0.0));
        ScenePairing.Choice c = ScenePairing.choose(after, catalog, PairingParameters.DEFAULT);
        assertEquals("clear0000000", c.before().id());
        assertTrue(c.why().startsWith("most recent earlier sentinel2 scene (15 days before) covering 100% of the after "
                + "footprint with 20% cloud"), c.why());
        assertTrue(c.why().contains("2025-09-15 cloudy00 (80% cloud > 50%)"), c.why());
        assertTrue(c.why().contains("2025-09-18 planet00 (sensor planetscope)"), c.why());
    }

    @Test
    void gapOverlapAndMissingDatesLeaveAScenesUnpaired() {
        SceneRecord after = scene("after", "2025-09-20", "sentinel2", BOX, 0.0);
        Geometry elsewhere = GF.toGeometry(new Envelope(-7.5, -7.4, 13, 13.1));
        Geometry sliver = GF.toGeometry(new Envelope(-7.91, -7.85, 13, 13.1));
        List<SceneRecord> catalog = List.of(after, scene("far", "2025-09-10", "sentinel2", elsewhere, 0.0),
                scene("sliver", "2025-09-11", "sentinel2", sliver, 0.0), scene("ancient", "2025-05-01", "sentinel2", BOX, 0.0));
        ScenePairing.Choice c = ScenePairing.choose(after, catalog, PairingParameters.DEFAULT);
        assertFalse(c.paired());
        assertTrue(c.why().contains("sliver00 (covers 10% of the after footprint < 30%)"), c.why());
        assertTrue(c.why().contains("1 more than 60 days earlier"), c.why());
        // a longer gap accepts the old one
        assertEquals("ancient0000000", ScenePairing.choose(after, catalog, new PairingParameters(200, 0.5, 0.3)).before().id());
        assertNull(ScenePairing.choose(scene("nodate", null, "sentinel2", BOX, 0), catalog, PairingParameters.DEFAULT).before());
        assertEquals("does not reach any selected corridor",
                ScenePairing.choose(scene("off", "2025-09-20", "sentinel2", BOX, Double.NaN), catalog, PairingParameters.DEFAULT).why());
    }

    @Test
    void parametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new PairingParameters(0, 0.5, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new PairingParameters(10, 1.5, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new PairingParameters(10, 0.5, 0));
    }
}
