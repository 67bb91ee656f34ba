package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MovingMeanTest {

    @Test
    void centredWindowShorterAtTheEnds() {
        double[] v = {0, 3, 6, 9, 12};
        // window 3: the ends average two values, the rest three
        assertArrayEquals(new double[] {1.5, 3, 6, 9, 10.5}, MovingMean.of(v, 3), 1e-12);
        assertArrayEquals(v, MovingMean.of(v, 1), 1e-12);
    }
}
