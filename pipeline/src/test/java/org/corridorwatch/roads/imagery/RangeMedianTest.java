package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RangeMedianTest {
    @Test
    void middleOfAnOddCountAndMeanOfTheTwoMiddlesOfAnEvenOne() {
        double[] v = {9, 3, 7, 1, 5, 100};
        assertEquals(5, RangeMedian.of(v, 0, 5));
        assertEquals(6, RangeMedian.of(v, 0, 6));
        assertEquals(4, RangeMedian.of(v, 1, 5)); // 3, 7, 1, 5 sorted: 1 3 5 7
        assertArrayEquals(new double[] {9, 3, 7, 1, 5, 100}, v, "the array is left as it is");
    }
}
