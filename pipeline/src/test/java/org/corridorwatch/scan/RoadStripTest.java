package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorwatch.TestScenes;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.geo.Reproject;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.Tile;
import org.corridorwatch.sites.RoadMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The road strip of a tile, found through the indexed pieces of the corridor lines, is the strip the whole lines
 * clipped to the tile give, pixel for pixel: every tile of a 30 km scene on RN1 (where RN1 and the Kayes–Nioro road
 * run), near the road or not.
 */
class RoadStripTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double BUFFER_M = 60;

    @Test
    void theIndexedPiecesGiveTheMaskOfTheWholeLines() {
        List<Corridor> corridors = CorridorCatalog.loadDefault().corridors();
        Projection utm = Projections.utm(29, true);
        GridGeometry grid = TestScenes.utm29Grid(MetricCorridor.of(CorridorCatalog.loadDefault().get("rn1-senegal"), utm)
                .pointAt(300), 3000);
        RoadStrip strip = new RoadStrip(grid, utm, corridors, BUFFER_M);
        Geometry whole = UnaryUnionOp.union(corridors.stream().map(c -> (Geometry) MetricCorridor.of(c, utm).line()).toList());
        int near = 0;
        int far = 0;
        for (int row0 = 0; row0 < grid.height(); row0 += 512) {
            for (int col0 = 0; col0 < grid.width(); col0 += 512) {
                Tile t = new Tile("t", col0, row0, Math.min(512, grid.width() - col0), Math.min(512, grid.height() - row0),
                        GF.createPolygon(GF.toGeometry(new Envelope(0, 1, 0, 1)).getCoordinates()), "rn1-senegal", 0, 0, "");
                boolean[] expected = wholeLineMask(whole, grid, t);
                boolean[] actual = strip.mask(t);
                if (expected == null) {
                    assertNull(actual, "tile " + col0 + "," + row0 + " is far from every road");
                    far++;
                } else {
                    assertArrayEquals(expected, actual, "tile " + col0 + "," + row0);
                    near++;
                }
            }
        }
        assertTrue(near >= 5 && far >= 5, "the scene has tiles on the road and away from it: " + near + " / " + far);
    }

    /** The mask as RoadStrip made it before the index: the whole lines clipped to the tile's extent plus the buffer. */
    private static boolean[] wholeLineMask(Geometry whole, GridGeometry grid, Tile t) {
        double gsd = grid.pixelWidth();
        Envelope env = new Envelope(grid.x(t.col0(), t.row0()), grid.x(t.col0() + t.width(), t.row0() + t.height()),
                grid.y(t.col0(), t.row0()), grid.y(t.col0() + t.width(), t.row0() + t.height()));
        env.expandBy(BUFFER_M + gsd);
        Geometry local = whole.intersection(GF.toGeometry(env));
        if (local.isEmpty()) {
            return null;
        }
        Geometry px = Reproject.apply(local, (x, y) -> {
            double[] cr = grid.toPixel(x, y);
            return new double[] {cr[0] - t.col0(), cr[1] - t.row0()};
        });
        return RoadMask.rasterize(px, t.width(), t.height(), BUFFER_M / gsd);
    }
}
