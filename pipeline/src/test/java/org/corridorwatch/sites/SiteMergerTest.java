package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.corridorwatch.model.PixelStats;
import org.corridorwatch.model.RegionPiece;

class SiteMergerTest {
    /** Stats of a filled rectangle of pixels [c0,c1)×[r0,r1), burn 0.5, evidence 1. */
    private static PixelStats rect(int c0, int r0, int c1, int r1) {
        PixelStats.Builder b = new PixelStats.Builder();
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                b.add(c + 0.5, r + 0.5, 0.5, 1, 0.5);
            }
        }
        return b.build();
    }

    private static RegionPiece piece(String tile, int c0, int r0, int c1, int r1) {
        int w = c1 - c0;
        int h = r1 - r0;
        int[] labels = new int[w * h];
        java.util.Arrays.fill(labels, 1);
        return new RegionPiece(tile, RunPolygonizer.outline(labels, w, 1, 0, 0, w, h, c0, r0), rect(c0, r0, c1, r1));
    }

    @Test
    void piecesSharingATileBorderBecomeOneRegionWithExactStats() {
        List<SiteMerger.MergedRegion> merged = SiteMerger.merge(List.of(
                piece("t1", 10, 40, 50, 44), piece("t2", 50, 40, 90, 44), piece("t2", 70, 80, 72, 82)));
        assertEquals(2, merged.size());
        SiteMerger.MergedRegion road = merged.get(0);
        assertEquals(Set.of("t1", "t2"), road.tileIds());
        assertEquals(320, road.stats().count());
        assertEquals(320, road.outline().getArea(), 1e-9);
        assertEquals(50, road.stats().centroidCol(), 1e-9);
        double[] axes = road.stats().principalAxes();
        assertEquals(90, axes[2], 1e-6, "an east-west strip has its major axis at 90°");
        assertEquals(80 / Math.sqrt(12) / (4 / Math.sqrt(12)), road.stats().elongation(), 1e-6);
    }

    @Test
    void polygonizerTracesHolesAndRuns() {
        int[] labels = {
            1, 1, 1,
            1, 0, 1,
            1, 1, 1};
        org.locationtech.jts.geom.Geometry g = RunPolygonizer.outline(labels, 3, 1, 0, 0, 3, 3, 100, 200);
        assertEquals(8, g.getArea(), 1e-9);
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) g).getNumInteriorRing());
        assertEquals(100, g.getEnvelopeInternal().getMinX(), 1e-9);
    }
}
