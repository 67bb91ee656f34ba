package org.corridorwatch.change.regions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegionRimTest {
    @Test
    void oneRingOfPixelsAtTheEdgesEvidenceBesideARegionNeverItsOwnPixelsNorAGapItBridges() {
        // two regions two pixels apart: the column between them touches both and is marked, but stays no region's
        int[] labels = {
            1, 1, 0, 0, 2,
            1, 1, 0, 0, 2,
            0, 0, 0, 0, 0};
        float[] ev = {
            1f, 1f, 0.4f, 0.45f, 1f,
            1f, 1f, 0.39f, 0.9f, 1f,
            0.5f, 0.3f, 0.9f, 0.9f, 0.9f};
        boolean[] edge = RegionRim.edge(labels, ev, 5, 3, 0.4);
        assertArrayEquals(new boolean[] {
            false, false, true, true, false,
            false, false, false, true, false,
            true, false, true, true, true}, edge);
    }

    @Test
    void edgeEvidenceMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> RegionRim.edge(new int[1], new float[1], 1, 1, 0));
    }
}
