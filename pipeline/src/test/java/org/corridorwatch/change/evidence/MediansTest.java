package org.corridorwatch.change.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Selection gives the median a full sort gives, on odd and even counts, ties and sorted input. */
class MediansTest {

    private static double sortedMedian(float[] a, int n) {
        float[] s = Arrays.copyOf(a, n);
        Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    @Test
    void equalsTheMedianOfASortOnRandomSamples() {
        Random rnd = new Random(5);
        for (int round = 0; round < 400; round++) {
            int n = 1 + rnd.nextInt(300);
            float[] a = new float[n + rnd.nextInt(5)];
            boolean ties = rnd.nextBoolean();
            for (int i = 0; i < a.length; i++) {
                a[i] = ties ? rnd.nextInt(7) * 0.25f : (float) rnd.nextGaussian();
            }
            double expected = sortedMedian(a, n);
            assertEquals(expected, Medians.median(a.clone(), n), 0.0, "n=" + n + " ties=" + ties);
        }
    }

    @Test
    void handlesSortedReversedAndConstantInput() {
        float[] up = new float[1001];
        float[] down = new float[1000];
        float[] same = new float[999];
        for (int i = 0; i < up.length; i++) {
            up[i] = i;
        }
        for (int i = 0; i < down.length; i++) {
            down[i] = 1000 - i;
        }
        Arrays.fill(same, 0.3f);
        assertEquals(500.0, Medians.median(up, up.length), 0.0);
        assertEquals(500.5, Medians.median(down, down.length), 0.0);
        assertEquals(0.3f, Medians.median(same, same.length), 0.0);
    }

    @Test
    void selectLeavesSmallerValuesBeforeTheKth() {
        Random rnd = new Random(9);
        float[] a = new float[501];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextFloat();
        }
        float[] sorted = a.clone();
        Arrays.sort(sorted);
        float kth = Medians.select(a, a.length, 100);
        assertEquals(sorted[100], kth, 0.0);
        for (int i = 0; i < 100; i++) {
            assertEquals(true, a[i] <= kth, "a[" + i + "]");
        }
        for (int i = 101; i < a.length; i++) {
            assertEquals(true, a[i] >= kth, "a[" + i + "]");
        }
    }

    @Test
    void medianInDoubleIsTheSortsMedianWithTheMiddlePairSummedInDouble() {
        Random rnd = new Random(11);
        for (int round = 0; round < 400; round++) {
            int n = 1 + rnd.nextInt(300);
            float[] a = new float[n];
            for (int i = 0; i < n; i++) {
                a[i] = rnd.nextBoolean() ? rnd.nextInt(5) * 0.1f : (float) rnd.nextGaussian();
            }
            float[] s = a.clone();
            Arrays.sort(s);
            double expected = n % 2 == 1 ? s[n / 2] : 0.5 * ((double) s[n / 2 - 1] + s[n / 2]);
            assertEquals(expected, Medians.medianInDouble(a, n), 0.0, "n=" + n);
        }
        // 1 and the next float up: their float sum rounds to 2, their double sum does not
        float[] pair = {Math.nextUp(1f), 1f};
        assertEquals(1.0, Medians.median(pair.clone(), 2), 0.0);
        assertEquals(1.0 + 0x1p-24, Medians.medianInDouble(pair.clone(), 2), 0.0);
    }

    @Test
    void refusesAnEmptyCount() {
        assertThrows(IllegalArgumentException.class, () -> Medians.median(new float[3], 0));
    }
}
