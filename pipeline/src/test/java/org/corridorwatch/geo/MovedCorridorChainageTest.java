package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.Tile;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Issue 15: a corridor moved by the road found in the imagery ({@link Corridor#movedTo}) reports the chainage of a
 * point's foot on the prior line, the same as with the stage off, not the chainage along the used road (which runs out
 * to the ring 1.6 km beyond the scene, along it, in, and meanders); distances stay measured from the used road. Tiles
 * are planned along the used road and labelled with the prior's km.
 */
class MovedCorridorChainageTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /** The prior: northward along 8°W from 12°N to 13°N. */
    private static final Corridor PRIOR = new Corridor("t", "test", List.of("T1"), 3000,
            GF.createLineString(new Coordinate[] {new Coordinate(-8, 12), new Coordinate(-8, 13)}));
    /** The scene's rows, latitude; the found road runs through it about 1.1 km east of the prior. */
    private static final double SCENE_S = 12.45;
    private static final double SCENE_N = 12.55;
    /** 1600 m in degrees of latitude. */
    private static final double RING = 1600 / 110_600.0;

    /**
     * The used road as roads/imagery/SnappedLine joins it: the prior up to the ring south of the scene, east along the
     * ring, north in to where the found road enters the scene, the found road meandering 300 m either side of 7.99°W,
     * and back out the same way on the north.
     */
    private static LineString usedRoad() {
        List<Coordinate> c = new ArrayList<>();
        c.add(new Coordinate(-8, 12));
        c.add(new Coordinate(-8, SCENE_S - RING));
        c.add(new Coordinate(-7.99, SCENE_S - RING));
        for (int i = 0; i <= 40; i++) {
            double lat = SCENE_S + (SCENE_N - SCENE_S) * i / 40;
            c.add(new Coordinate(-7.99 + 0.0028 * Math.sin(i * Math.PI / 5), lat));
        }
        c.add(new Coordinate(-7.99, SCENE_N + RING));
        c.add(new Coordinate(-8, SCENE_N + RING));
        c.add(new Coordinate(-8, 13));
        return GF.createLineString(c.toArray(Coordinate[]::new));
    }

    @Test
    void aPointOnTheMovedRoadGetsThePriorsChainageAndItsDistanceFromTheUsedRoad() {
        LineString used = usedRoad();
        Corridor moved = PRIOR.movedTo(used);
        assertFalse(moved.chainageAlongLine());
        assertTrue(moved.withLine(used).chainageAlongLine(), "road data replaces the line chainage is measured along");
        Locator stageOn = new Locator(List.of(moved), null);
        Locator stageOff = new Locator(List.of(PRIOR), null);
        Coordinate[] vs = used.getCoordinates();
        double worstDetourKm = 0;
        for (int i = 3; i < vs.length - 3; i += 4) {
            Coordinate v = vs[i];
            Projection p = Projections.utmFor(v.x, v.y);
            double[] xy = p.forward(v.x, v.y);
            double priorKm = MetricCorridor.of(PRIOR, p).chainageKm(xy[0], xy[1]);
            Location on = stageOn.locate(v.x, v.y);
            assertEquals(priorKm, on.chainageKm(), 0.005, "km of the point at lat " + v.y + " on the moved road");
            assertEquals(stageOff.locate(v.x, v.y).chainageKm(), on.chainageKm(), 0.005, "the same with the stage off");
            assertEquals(0, on.offsetM(), 5, "on the used road");
            MetricCorridor m = MetricCorridor.of(moved, p);
            assertEquals(priorKm, m.reportedChainageKm(xy[0], xy[1]), 0.005);
            assertEquals(0, m.offsetM(xy[0], xy[1]), 5, "the metric corridor measures along the used road");
            worstDetourKm = Math.max(worstDetourKm, Math.abs(m.chainageKm(xy[0], xy[1]) - priorKm));
        }
        // along the used road, detour and meanders included, the km would be off by this much (the old behaviour)
        assertTrue(worstDetourKm > 0.5, "the fixture's detour: " + worstDetourKm + " km");
    }

    @Test
    void tilesAlongTheMovedRoadCarryThePriorsKm() {
        GridGeometry g = TilePlannerTest.utmGrid(-7.99, 12.5, 1000);
        Projection p = Projections.forEpsg(g.epsg());
        List<Tile> tiles = TilePlanner.plan(g, p, null, List.of(PRIOR.movedTo(usedRoad())), TilePlanParameters.defaults(),
                null);
        assertFalse(tiles.isEmpty());
        MetricCorridor prior = MetricCorridor.of(PRIOR, p);
        for (Tile t : tiles) {
            Envelope e = t.footprintWgs84().getEnvelopeInternal();
            double[] s = p.forward(-8, e.getMinY());
            double[] n = p.forward(-8, e.getMaxY());
            assertTrue(t.chainageFromKm() >= prior.chainageKm(s[0], s[1]) - 0.05
                    && t.chainageToKm() <= prior.chainageKm(n[0], n[1]) + 0.05, t.toString());
        }
        // 10 km of scene north-south: the prior's 10 km, not the found road's meanders (about 12 km)
        double km = TilePlanner.corridorKmCovered(tiles);
        assertEquals(10, km, 0.5, km + " km");
    }
}
