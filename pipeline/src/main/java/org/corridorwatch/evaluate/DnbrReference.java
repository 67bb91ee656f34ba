package org.corridorwatch.evaluate;

/**
 * The reference a real fire pair's pixel F1 is judged against (issue 16: "on each pair, at least the best
 * single dNBR threshold's F1"): the F1 against the burned-area mask of {@code dNBR > t} for the best t from
 * {@value #FROM} to {@value #TO} in steps of {@value #STEP}, also the best t ≥ 0, and the mean dNBR inside
 * and outside the mask. A pair whose inside is not at least {@value #SIGNAL_MARGIN} above its outside shows
 * no burn signal in its images (CAL FIRE's KENNETH pair: −0.081 inside): its F1 says nothing of a detector.
 *
 * @param pixels pixels where dNBR and the mask are both defined
 */
public record DnbrReference(double bestF1, double bestThreshold, double bestF1AtLeastZero,
        double bestThresholdAtLeastZero, double meanInside, double meanOutside, long pixels) {
    public static final double FROM = -0.5;
    public static final double TO = 1.0;
    public static final double STEP = 0.005;
    public static final double SIGNAL_MARGIN = 0.1;
    private static final int STEPS = (int) Math.round((TO - FROM) / STEP) + 1;

    /** Whether the pair's images show its fire: mean dNBR inside the mask at least the margin above outside. */
    public boolean showsBurnSignal() {
        return meanInside - meanOutside >= SIGNAL_MARGIN;
    }

    /** dNBR and mask (burned where > 0.5) on one grid; NaN in either leaves the pixel out. */
    public static DnbrReference of(float[] dnbr, float[] truth) {
        if (dnbr.length != truth.length) {
            throw new IllegalArgumentException("sizes differ: " + dnbr.length + " vs " + truth.length);
        }
        // burnedAbove[j] / unburntAbove[j]: pixels with dNBR > threshold(j), built from each pixel's highest j
        long[] burnedTop = new long[STEPS + 1];
        long[] unburntTop = new long[STEPS + 1];
        long burned = 0;
        long pixels = 0;
        double sumIn = 0;
        double sumOut = 0;
        for (int i = 0; i < dnbr.length; i++) {
            float d = dnbr[i];
            float t = truth[i];
            if (Float.isNaN(d) || Float.isNaN(t)) {
                continue;
            }
            pixels++;
            // the number of thresholds strictly below d
            int above = (int) Math.max(0, Math.min(STEPS, Math.ceil((d - FROM) / STEP - 1e-9)));
            if (t > 0.5f) {
                burned++;
                sumIn += d;
                burnedTop[above]++;
            } else {
                sumOut += d;
                unburntTop[above]++;
            }
        }
        double best = -1;
        double bestT = Double.NaN;
        double best0 = -1;
        double best0T = Double.NaN;
        long tp = 0;
        long fp = 0;
        for (int j = STEPS - 1; j >= 0; j--) {
            tp += burnedTop[j + 1];
            fp += unburntTop[j + 1];
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + (burned - tp));
            double threshold = Math.round((FROM + j * STEP) * 1000) / 1000.0;
            if (f1 > best) {
                best = f1;
                bestT = threshold;
            }
            if (threshold >= 0 && f1 > best0) {
                best0 = f1;
                best0T = threshold;
            }
        }
        return new DnbrReference(best, bestT, best0, best0T, burned == 0 ? Double.NaN : sumIn / burned,
                pixels == burned ? Double.NaN : sumOut / (pixels - burned), pixels);
    }
}
