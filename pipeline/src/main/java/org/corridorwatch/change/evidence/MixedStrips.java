package org.corridorwatch.change.evidence;

import org.corridorwatch.model.BandSet;

/**
 * Burn evidence for char strips narrower than three pixels, where no pixel is pure char (a convoy scar 18–23 m
 * wide is two 10 m pixels, each part char and part unburnt ground, darkening 20–36 % where char darkens 40–55 %).
 * The darkening component needs a pure pixel to reach its strong floor; this component unmixes instead.
 *
 * <p><b>Unmixing.</b> A pixel that is a fraction {@code f} char and {@code 1 − f} its own unburnt ground (the before
 * date) darkens by {@code f · D} in every band, where {@code D} is the relative darkening of fully charred ground
 * ({@code char_darkening}, a documented physical value: char darkens bare and dry ground 40–55 % in every band).
 * So {@code f = min(1, c / D)}, {@code c} the darkening index centred on the scene's median. The char area of a group
 * of pixels is {@code Σ f ·} pixel area, whatever the number of pixels it is spread over.
 *
 * <p><b>Rule.</b> Mixed pixels are those with {@code c ≥ mixed_floor} that are not water and not wetter after (the
 * darkening component's not-water and not-wet gates). Their 8-connected groups are strips of mixed char when
 * <ul>
 *   <li>they are long and narrow: length along the major axis {@code min_length_m..max_length_m} and equivalent
 *       width (char area / length) at most {@code max_width_m} (wider burns have pure pixels and seed themselves;
 *       longer road-wide strips are resurfacing);</li>
 *   <li>their char area (unmixed) is at least {@code min_char_area_m2};</li>
 *   <li>every band darkens alike: the least darkened of green, red, NIR (and SWIR, mean of SWIR1 and SWIR2, where
 *       present) darkens, on average over the strip, at least {@code min_band_ratio} of the most darkened (char is flat;
 *       a water's edge darkens NIR and SWIR two to three times more than green, shade SWIR most);</li>
 *   <li>the ground around them did not brighten in their stead: the brightening of the pixels within
 *       {@link #RING_PX} pixels of the strip (those brighter after by at least half of {@code mixed_floor} in some band)
 *       sums to at most {@code max_bright_balance} of the strip's darkening (a road edge that moved between the dates
 *       leaves a dark strip on one side of the road and a bright one on the other: the balance is near 1);</li>
 *   <li>the char end-member is dark: the strip's before-date visible mean times {@code 1 − D} is at most
 *       {@code dark_after_zero} of the darkening component.</li>
 * </ul>
 * Only on pixels of {@code min_gsd_m} or coarser: finer, a convoy scar has pure pixels.
 *
 * <p><b>Evidence.</b> A pixel of such a strip gets {@code 0.5 + f} (at most 1): a pixel at least half char is a seed
 * of the burn regions, its mixed neighbours join it. Pixels outside strips get 0.
 */
public final class MixedStrips {
    /** Name of the component in reports. */
    public static final String NAME = "strip";
    /** Pixels around a strip (Chebyshev distance) whose brightening is weighed against its darkening. */
    public static final int RING_PX = 2;

    /**
     * @param enabled           false = no strip evidence
     * @param mixedFloor        centred darkening index from which a pixel may be mixed char
     * @param charDarkening     relative darkening of fully charred ground in every band ({@code D})
     * @param minLengthM        shortest strip (along its major axis), metres
     * @param maxLengthM        longest strip, metres
     * @param maxWidthM         widest strip (char area / length), metres
     * @param minCharAreaM2     least unmixed char area, m²
     * @param minBandRatio      least / most darkened band, strip means
     * @param maxBrightBalance  largest brightening around the strip, as a share of the strip's darkening
     * @param minGsdM           only on pixels this coarse or coarser, metres
     */
    public record Parameters(boolean enabled, double mixedFloor, double charDarkening, double minLengthM,
                             double maxLengthM, double maxWidthM, double minCharAreaM2, double minBandRatio,
                             double maxBrightBalance, double minGsdM) {
        public static final Parameters DEFAULTS = new Parameters(true, 0.12, 0.45, 60, 300, 25, 800, 0.6, 0.3, 5);
        public static final Parameters OFF = new Parameters(false, 0.12, 0.45, 60, 300, 25, 800, 0.6, 0.3, 5);

        public Parameters {
            if (!(mixedFloor > 0 && charDarkening > mixedFloor && charDarkening < 1)) {
                throw new IllegalArgumentException("evidence.strips: need 0 < mixed_floor < char_darkening < 1: "
                        + mixedFloor + ", " + charDarkening);
            }
            if (!(minLengthM > 0 && maxLengthM > minLengthM && maxWidthM > 0 && minCharAreaM2 > 0)) {
                throw new IllegalArgumentException("evidence.strips: need 0 < min_length_m < max_length_m, max_width_m > 0 "
                        + "and min_char_area_m2 > 0");
            }
            if (!(minBandRatio >= 0 && minBandRatio <= 1 && maxBrightBalance >= 0 && maxBrightBalance <= 1)) {
                throw new IllegalArgumentException("evidence.strips: min_band_ratio and max_bright_balance must lie in [0, 1]");
            }
            if (!(minGsdM >= 0)) {
                throw new IllegalArgumentException("evidence.strips.min_gsd_m must be >= 0");
            }
        }
    }

    /**
     * Per pixel: {@code evidence} the strip evidence (0 outside strips), {@code charFraction} the unmixed char fraction
     * {@code f} of every pixel with a darkening index (0 where not darker than the scene, NaN where masked).
     */
    public record Result(float[] evidence, float[] charFraction, int strips) {
    }

    private MixedStrips() {
    }

    /**
     * Strip evidence of a tile. {@code dark} is the {@link CharDarkening} index (NaN = masked), {@code darkCentre} its
     * scene median, {@code dNbr2} may be null; {@code gsdM} the pixel size in metres.
     */
    public static Result find(BandSet before, BandSet after, float[] dark, double darkCentre, float[] dNbr2,
                              double gsdM, CharDarkening.Parameters gates, Parameters p) {
        int w = before.width();
        int h = before.height();
        int n = w * h;
        float[] ev = new float[n];
        float[] frac = new float[n];
        float fc = (float) darkCentre;
        float d = (float) p.charDarkening();
        for (int i = 0; i < n; i++) {
            float c = dark[i] - fc;
            frac[i] = c != c ? Float.NaN : Math.min(1f, Math.max(0f, c / d));
        }
        if (!p.enabled() || !(gsdM >= p.minGsdM())) {
            return new Result(ev, frac, 0);
        }
        boolean[] mixed = new boolean[n];
        float floor = (float) p.mixedFloor();
        float water = (float) gates.notWaterNdwi();
        float wet = (float) (-gates.wetNbr2Tolerance() / 2);
        for (int i = 0; i < n; i++) {
            float c = dark[i] - fc;
            mixed[i] = c >= floor && CharDarkening.notWater(after, i, water) >= 0.5f
                    && (dNbr2 == null || !(dNbr2[i] < wet));
        }
        int[] comp = new int[n];
        int[] queue = new int[n];
        int strips = 0;
        int label = 0;
        for (int start = 0; start < n; start++) {
            if (!mixed[start] || comp[start] != 0) {
                continue;
            }
            label++;
            int tail = grow(start, mixed, comp, queue, label, w, h);
            if (isStrip(queue, tail, comp, label, before, after, dark, fc, frac, gsdM, gates, p)) {
                strips++;
                for (int k = 0; k < tail; k++) {
                    int i = queue[k];
                    ev[i] = Math.min(1f, EvidenceMap.WEAK + frac[i]);
                }
            }
        }
        return new Result(ev, frac, strips);
    }

    /** Labels the 8-connected group of mixed pixels from {@code start}; its pixels are {@code queue[0..tail)}. */
    private static int grow(int start, boolean[] mixed, int[] comp, int[] queue, int label, int w, int h) {
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        comp[start] = label;
        while (head < tail) {
            int i = queue[head++];
            int x = i % w;
            int y = i / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int xx = x + dx;
                    int yy = y + dy;
                    if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
                        continue;
                    }
                    int j = yy * w + xx;
                    if (mixed[j] && comp[j] == 0) {
                        comp[j] = label;
                        queue[tail++] = j;
                    }
                }
            }
        }
        return tail;
    }

    private static boolean isStrip(int[] px, int m, int[] comp, int label, BandSet before, BandSet after, float[] dark,
                                   float fc, float[] frac, double gsdM, CharDarkening.Parameters gates, Parameters p) {
        int w = before.width();
        int h = before.height();
        if (m < 2) {
            return false;
        }
        double sumF = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        boolean swir = before.swir1() != null && before.swir2() != null && after.swir1() != null && after.swir2() != null;
        double[] band = new double[swir ? 4 : 3];
        double visBefore = 0;
        for (int k = 0; k < m; k++) {
            int i = px[k];
            sumF += frac[i];
            double x = i % w;
            double y = i / w;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
            band[0] += CharDarkening.bandDarkening(before.green()[i], after.green()[i]);
            band[1] += CharDarkening.bandDarkening(before.red()[i], after.red()[i]);
            band[2] += CharDarkening.bandDarkening(before.nir()[i], after.nir()[i]);
            if (swir) {
                band[3] += (CharDarkening.bandDarkening(before.swir1()[i], after.swir1()[i])
                        + CharDarkening.bandDarkening(before.swir2()[i], after.swir2()[i])) / 2;
            }
            visBefore += (before.blue()[i] + before.green()[i] + before.red()[i]) / 3.0;
        }
        double area = gsdM * gsdM;
        double charArea = sumF * area;
        double mx = sx / m;
        double my = sy / m;
        double cxx = sxx / m - mx * mx + 1.0 / 12;
        double cyy = syy / m - my * my + 1.0 / 12;
        double cxy = sxy / m - mx * my;
        double major = (cxx + cyy) / 2 + Math.sqrt(Math.max(0, (cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy));
        double length = Math.sqrt(12 * major) * gsdM;
        double width = charArea / length;
        if (length < p.minLengthM() || length > p.maxLengthM() || width > p.maxWidthM()
                || charArea < p.minCharAreaM2()) {
            return false;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double b : band) {
            lo = Math.min(lo, b / m);
            hi = Math.max(hi, b / m);
        }
        if (!(hi > 0 && lo >= p.minBandRatio() * hi)) {
            return false;
        }
        if (visBefore / m * (1 - p.charDarkening()) > gates.darkAfterZero()) {
            return false;
        }
        return brightBalance(px, m, comp, label, dark, fc, (float) p.mixedFloor(), w, h) <= p.maxBrightBalance();
    }

    /**
     * The brightening of the valid pixels within {@link #RING_PX} of the group (outside it) that are brighter by at least
     * half of {@code floor} in some band, over the group's darkening (both in centred darkening index).
     */
    private static double brightBalance(int[] px, int m, int[] comp, int label, float[] dark, float fc, float floor,
                                        int w, int h) {
        java.util.Set<Integer> ring = new java.util.HashSet<>();
        double darkSum = 0;
        for (int k = 0; k < m; k++) {
            int i = px[k];
            darkSum += dark[i] - fc;
            int x = i % w;
            int y = i / w;
            for (int dy = -RING_PX; dy <= RING_PX; dy++) {
                for (int dx = -RING_PX; dx <= RING_PX; dx++) {
                    int xx = x + dx;
                    int yy = y + dy;
                    if (xx >= 0 && yy >= 0 && xx < w && yy < h && comp[yy * w + xx] != label) {
                        ring.add(yy * w + xx);
                    }
                }
            }
        }
        double bright = 0;
        for (int j : ring) {
            float c = dark[j] - fc;
            if (c <= -floor / 2) {
                bright -= c;
            }
        }
        return darkSum > 0 ? bright / darkSum : 1;
    }
}
