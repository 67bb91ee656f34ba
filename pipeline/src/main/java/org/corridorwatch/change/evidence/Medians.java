package org.corridorwatch.change.evidence;

/**
 * The median of an array's first {@code n} values by selection (quickselect, expected linear time) instead of a
 * full sort: the same value a sort would give, for the scene statistics' million-value samples. The array is
 * reordered. Values must be finite (no NaN). Shared with the vehicle detector's robust statistics.
 */
public final class Medians {
    private Medians() {
    }

    /**
     * The median of {@code a[0..n)}: the middle value, or the mean of the two middle values when {@code n} is even,
     * their sum rounded to float before halving ({@code 0.5 * (lower + upper)} on floats). The scene statistics'
     * recorded values were measured with this rounding; {@link #medianInDouble} sums in double.
     */
    public static double median(float[] a, int n) {
        int mid = middle(a, n);
        float upper = select(a, n, mid);
        return n % 2 == 1 ? upper : 0.5 * (lowerMiddle(a, mid) + upper);
    }

    /**
     * As {@link #median}, the two middle values of an even count summed in double ({@code 0.5 * ((double) lower +
     * upper)}): bit for bit what a sort and that mean give.
     */
    public static double medianInDouble(float[] a, int n) {
        int mid = middle(a, n);
        float upper = select(a, n, mid);
        return n % 2 == 1 ? upper : 0.5 * ((double) lowerMiddle(a, mid) + upper);
    }

    private static int middle(float[] a, int n) {
        if (n < 1 || n > a.length) {
            throw new IllegalArgumentException("need 1 <= n <= " + a.length + ": " + n);
        }
        return n / 2;
    }

    /** After {@code select(a, n, mid)}, a[0..mid) holds the mid smallest values: the lower middle value is their largest. */
    private static float lowerMiddle(float[] a, int mid) {
        float lower = a[0];
        for (int i = 1; i < mid; i++) {
            if (a[i] > lower) {
                lower = a[i];
            }
        }
        return lower;
    }

    /**
     * The {@code k}-th smallest (0-based) of {@code a[0..n)}; on return a[0..k) hold values no larger and a(k..n)
     * values no smaller.
     */
    static float select(float[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            float pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and a(j..i) == pivot
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static float medianOfThree(float x, float y, float z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
