package org.corridorwatch.evaluate;

/**
 * Pixel-by-pixel agreement of a binary prediction with a reference mask: confusion counts and the
 * usual scores. Counts add up across windows with {@link #plus}. Scores with a zero denominator are 0
 * (F1/IoU/precision/recall of an empty prediction against an empty truth are defined as 1).
 */
public record PixelAgreement(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {
    public static final PixelAgreement EMPTY = new PixelAgreement(0, 0, 0, 0);

    /**
     * Compares {@code predicted >= threshold} with {@code truth > 0.5}. Pixels where either is NaN are
     * skipped (outside the reference, or nodata).
     */
    public static PixelAgreement of(float[] predicted, double threshold, float[] truth) {
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException("sizes differ: " + predicted.length + " vs " + truth.length);
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (int i = 0; i < predicted.length; i++) {
            float p = predicted[i];
            float t = truth[i];
            if (Float.isNaN(p) || Float.isNaN(t)) {
                continue;
            }
            boolean pos = p >= threshold;
            boolean real = t > 0.5f;
            if (pos && real) {
                tp++;
            } else if (pos) {
                fp++;
            } else if (real) {
                fn++;
            } else {
                tn++;
            }
        }
        return new PixelAgreement(tp, fp, fn, tn);
    }

    public PixelAgreement plus(PixelAgreement o) {
        return new PixelAgreement(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives, trueNegatives + o.trueNegatives);
    }

    public long total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    public double iou() {
        return ratio(truePositives, truePositives + falsePositives + falseNegatives);
    }

    /** Fraction of compared pixels predicted positive. */
    public double predictedFraction() {
        return total() == 0 ? 0 : (truePositives + falsePositives) / (double) total();
    }

    private double ratio(long num, long den) {
        if (den == 0) {
            return truePositives + falsePositives + falseNegatives == 0 ? 1 : 0;
        }
        return num / (double) den;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "F1 %.3f IoU %.3f precision %.3f recall %.3f (TP %d FP %d FN %d TN %d)",
                f1(), iou(), precision(), recall(), truePositives, falsePositives, falseNegatives, trueNegatives);
    }
}
