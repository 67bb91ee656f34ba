package org.corridorwatch.roads.imagery;

import java.util.Arrays;

/** The median of part of an array: the middle value, or the mean of the two middle values of an even count. */
final class RangeMedian {
    private RangeMedian() {
    }

    /** The median of {@code v[from]} .. {@code v[to - 1]} (sorts a copy; {@code v} is left as it is). */
    static double of(double[] v, int from, int to) {
        double[] c = Arrays.copyOfRange(v, from, to);
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }
}
