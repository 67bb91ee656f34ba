package org.corridorwatch.change.evidence;

import org.corridorwatch.model.BandSet;
import org.corridorwatch.model.PixelGroups;

/**
 * Burn evidence for char strips narrower than three pixels, where no pixel is pure char (a convoy scar 18–23 m
 * wide is two 10 m pixels, each part char and part unburnt ground, darkening 20–36 % where char darkens 40–55 %).
 * The darkening component needs a pure pixel to reach its strong floor; this component unmixes instead.
 *
 * <p><b>Unmixing.</b> A pixel that is a fraction {@code f} char and {@code 1 − f} its own unburnt ground (the before
 * date) darkens by {@code f · D} in every band, where {@code D} is the relative darkening of fully charred ground
 * ({@code char_darkening}, a documented physical value: char darkens bare and dry ground 40–55 % in every band).
 * The darkening is measured against the strip's own unburnt surroundings: {@code f = min(1, (c − c_around) / D)},
 * {@code c} the darkening index centred on the scene's median and {@code c_around} its median over the pixels within
 * {@link #RING_PX} of the strip (at least 0: ground that darkened around it, by season, haze or terrain shade, is not
 * char). The char area of a strip is {@code Σ f ·} pixel area, whatever the number of pixels it is spread over, and the
 * strip is judged on it.
 *
 * <p><b>Rule.</b> Mixed pixels are those with {@code c ≥ mixed_floor} that are not water (the darkening component's
 * not-water gate). Their 8-connected groups are strips of mixed char when
 * <ul>
 *   <li>they are long and narrow: length along the major axis {@code min_length_m..max_length_m} and equivalent
 *       width (char area / length) at most {@code max_width_m} (wider burns have pure pixels and seed themselves;
 *       longer road-wide strips are resurfacing);</li>
 *   <li>their char area (unmixed) is at least {@code min_char_area_m2} (0.1 ha: the smallest convoy fire the site's
 *       size fit accepts in full);</li>
 *   <li>every band darkens alike against the unburnt surroundings: with each band's darkening taken as the strip's
 *       mean minus the median of the pixels within {@link #RING_PX} of it (the local change of the dates, which a
 *       radiometric difference sets per band), every one of green, red, NIR (and SWIR, mean of SWIR1 and SWIR2, where
 *       present) darkens by at least {@code min_local_darkening}, and the least darkened at least {@code min_band_ratio}
 *       of the most darkened (char is flat; a water's edge darkens NIR and SWIR two to three times more than green);</li>
 *   <li>they are not wetter after: their mean dNBR2 is at least minus half the darkening's {@code wet_nbr2_tolerance}
 *       (where the sensor has SWIR1 and SWIR2);</li>
 *   <li>no move explains them: the before date shifted by up to one pixel (half-pixel steps) does not match the after
 *       date over the strip and the pixels within {@link #RING_PX} of it better than {@code max_shift_residual} times
 *       the unshifted difference (a road edge that moved between the dates leaves a dark strip on one side of the road
 *       and a bright one on the other, which the move matches; no move of the before date makes char);</li>
 *   <li>the char end-member is dark: the strip's before-date visible mean times {@code 1 − D} is at most
 *       {@code dark_after_zero} of the darkening component.</li>
 * </ul>
 * Only on pixels of {@code min_gsd_m} or coarser (finer, a convoy scar has pure pixels), and only along the road: the
 * scan looks for strips within the road strip ({@code sites.vehicles.road_buffer_m}, 60 m, of the road line), as a
 * convoy's narrow scar lies on the road; away from it fields, terrain shade and tracks make narrow dark strips too (on
 * the real DOVE pair, scanned without a road, 650 pixels of such strips, none in the fire's perimeter).
 *
 * <p><b>Evidence.</b> A pixel of such a strip gets {@code 0.5 + f} (at most 1; {@code f} against the surroundings): a pixel at least half char is a seed
 * of the burn regions, its mixed neighbours join it. Pixels outside strips get 0.
 */
public final class MixedStrips {
    /** Name of the component in reports. */
    public static final String NAME = "strip";
    /** Pixels around a strip (Chebyshev distance) that are its unburnt surroundings. */
    public static final int RING_PX = 2;

    /**
     * @param enabled           false = no strip evidence
     * @param mixedFloor        centred darkening index from which a pixel may be mixed char
     * @param charDarkening     relative darkening of fully charred ground in every band ({@code D})
     * @param minLengthM        shortest strip (along its major axis), metres
     * @param maxLengthM        longest strip, metres
     * @param maxWidthM         widest strip (char area / length), metres
     * @param minCharAreaM2     least unmixed char area, m²
     * @param minBandRatio      least / most darkened band, strip means against the surroundings
     * @param minLocalDarkening least darkening of every band against the surroundings (strip mean − their median)
     * @param maxShiftResidual  a strip whose change a move of the before date by up to a pixel explains this well or
     *                          better (residual over unshifted residual) is a moved edge
     * @param minGsdM           only on pixels this coarse or coarser, metres
     */
    public record Parameters(boolean enabled, double mixedFloor, double charDarkening, double minLengthM,
                             double maxLengthM, double maxWidthM, double minCharAreaM2, double minBandRatio,
                             double minLocalDarkening, double maxShiftResidual, double minGsdM) {
        public static final Parameters DEFAULTS = new Parameters(true, 0.12, 0.45, 60, 300, 25, 1000, 0.6, 0.15, 0.4, 5);
        public static final Parameters OFF = new Parameters(false, 0.12, 0.45, 60, 300, 25, 1000, 0.6, 0.15, 0.4, 5);

        public Parameters {
            if (!(mixedFloor > 0 && charDarkening > mixedFloor && charDarkening < 1)) {
                throw new IllegalArgumentException("evidence.strips: need 0 < mixed_floor < char_darkening < 1: "
                        + mixedFloor + ", " + charDarkening);
            }
            if (!(minLengthM > 0 && maxLengthM > minLengthM && maxWidthM > 0 && minCharAreaM2 > 0)) {
                throw new IllegalArgumentException("evidence.strips: need 0 < min_length_m < max_length_m, max_width_m > 0 "
                        + "and min_char_area_m2 > 0");
            }
            if (!(minLocalDarkening >= 0 && minLocalDarkening < 1)) {
                throw new IllegalArgumentException("evidence.strips.min_local_darkening must lie in [0, 1)");
            }
            if (!(minBandRatio >= 0 && minBandRatio <= 1 && maxShiftResidual >= 0 && maxShiftResidual <= 1)) {
                throw new IllegalArgumentException("evidence.strips: min_band_ratio and max_shift_residual must lie in [0, 1]");
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
     * scene median, {@code dNbr2} may be null; {@code gsdM} the pixel size in metres; {@code road} the pixels near the
     * road (a convoy's strip of char lies on it), null = everywhere.
     */
    public static Result find(BandSet before, BandSet after, float[] dark, double darkCentre, float[] dNbr2,
                              double gsdM, boolean[] road, CharDarkening.Parameters gates, Parameters p) {
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
        for (int i = 0; i < n; i++) {
            float c = dark[i] - fc;
            mixed[i] = c >= floor && CharDarkening.notWater(after, i, water) >= 0.5f && (road == null || road[i]);
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
            int tail = PixelGroups.grow(start, mixed, comp, queue, label, w, h, true);
            float local = stripReference(queue, tail, comp, label, before, after, dark, fc, dNbr2, gsdM, gates, p);
            if (local == local) {
                strips++;
                for (int k = 0; k < tail; k++) {
                    int i = queue[k];
                    frac[i] = localFraction(dark[i] - fc, local, d);
                    ev[i] = Math.min(1f, EvidenceMap.WEAK + frac[i]);
                }
            }
        }
        return new Result(ev, frac, strips);
    }

    /** Char fraction of a strip pixel against its surroundings: (c − local) / D in [0, 1]. */
    private static float localFraction(float c, float local, float d) {
        return Math.min(1f, Math.max(0f, (c - local) / d));
    }

    /**
     * The centred darkening of the strip's unburnt surroundings (the median over the pixels within {@link #RING_PX} of
     * it, at least 0) when the group of mixed pixels {@code px[0..m)} is a strip of char, else NaN.
     */
    private static float stripReference(int[] px, int m, int[] comp, int label, BandSet before, BandSet after,
                                        float[] dark, float fc, float[] dNbr2, double gsdM,
                                        CharDarkening.Parameters gates, Parameters p) {
        int w = before.width();
        double area = gsdM * gsdM;
        if (m * area < p.minCharAreaM2()) {
            return Float.NaN; // even all char would be too little
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int k = 0; k < m; k++) {
            int i = px[k];
            double x = i % w;
            double y = i / w;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        double mx = sx / m;
        double my = sy / m;
        double cxx = sxx / m - mx * mx + 1.0 / 12;
        double cyy = syy / m - my * my + 1.0 / 12;
        double cxy = sxy / m - mx * my;
        double major = (cxx + cyy) / 2 + Math.sqrt(Math.max(0, (cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy));
        double length = Math.sqrt(12 * major) * gsdM;
        if (length < p.minLengthM() || length > p.maxLengthM()) {
            return Float.NaN;
        }
        int[] ring = ring(px, m, comp, label, w, before.height());
        float local = Math.max(0f, median(dark, ring, fc));
        float d = (float) p.charDarkening();
        double sumF = 0;
        for (int k = 0; k < m; k++) {
            sumF += localFraction(dark[px[k]] - fc, local, d);
        }
        double charArea = sumF * area;
        if (charArea < p.minCharAreaM2() || charArea / length > p.maxWidthM()) {
            return Float.NaN;
        }
        double[] strip = bandDarkening(before, after, px, m, false);
        double[] around = bandDarkening(before, after, ring, ring.length, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < strip.length; b++) {
            double x = strip[b] - (Double.isNaN(around[b]) ? 0 : around[b]);
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        if (!(lo >= p.minLocalDarkening() && lo >= p.minBandRatio() * hi)) {
            return Float.NaN;
        }
        double visBefore = 0;
        double wet = 0;
        int nWet = 0;
        for (int k = 0; k < m; k++) {
            int i = px[k];
            visBefore += (before.blue()[i] + before.green()[i] + before.red()[i]) / 3.0;
            if (dNbr2 != null && dNbr2[i] == dNbr2[i]) {
                wet += dNbr2[i];
                nWet++;
            }
        }
        if (nWet > 0 && wet / nWet < -gates.wetNbr2Tolerance() / 2) {
            return Float.NaN; // wetter after, on average over the strip: not char
        }
        if (visBefore / m * (1 - p.charDarkening()) > gates.darkAfterZero()) {
            return Float.NaN;
        }
        return shiftResidual(before, after, px, m, ring) > p.maxShiftResidual() ? local : Float.NaN;
    }

    /** Median of {@code dark − fc} over the finite values at {@code idx}; 0 when there are none. */
    private static float median(float[] dark, int[] idx, float fc) {
        float[] v = new float[idx.length];
        int n = 0;
        for (int i : idx) {
            float c = dark[i] - fc;
            if (c == c) {
                v[n++] = c;
            }
        }
        if (n == 0) {
            return 0f;
        }
        java.util.Arrays.sort(v, 0, n);
        return v[n / 2];
    }

    /** The pixels within {@link #RING_PX} of the group (Chebyshev distance), outside it. */
    private static int[] ring(int[] px, int m, int[] comp, int label, int w, int h) {
        java.util.Set<Integer> ring = new java.util.TreeSet<>();
        for (int k = 0; k < m; k++) {
            int i = px[k];
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
        return ring.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Relative darkening of green, red, NIR and (where both dates have it) SWIR (mean of SWIR1 and SWIR2) over the
     * pixels: their mean, or with {@code median} their median (the unburnt surroundings' own change); NaN when none.
     */
    private static double[] bandDarkening(BandSet before, BandSet after, int[] px, int m, boolean median) {
        boolean swir = before.swir1() != null && before.swir2() != null && after.swir1() != null && after.swir2() != null;
        double[][] v = new double[swir ? 4 : 3][m];
        for (int k = 0; k < m; k++) {
            int i = px[k];
            v[0][k] = CharDarkening.bandDarkening(before.green()[i], after.green()[i]);
            v[1][k] = CharDarkening.bandDarkening(before.red()[i], after.red()[i]);
            v[2][k] = CharDarkening.bandDarkening(before.nir()[i], after.nir()[i]);
            if (swir) {
                v[3][k] = (CharDarkening.bandDarkening(before.swir1()[i], after.swir1()[i])
                        + CharDarkening.bandDarkening(before.swir2()[i], after.swir2()[i])) / 2;
            }
        }
        double[] out = new double[v.length];
        for (int b = 0; b < v.length; b++) {
            double[] finite = java.util.Arrays.stream(v[b]).filter(x -> x == x).toArray();
            if (finite.length == 0) {
                out[b] = Double.NaN;
            } else if (median) {
                java.util.Arrays.sort(finite);
                out[b] = finite[finite.length / 2];
            } else {
                out[b] = java.util.Arrays.stream(finite).average().orElse(Double.NaN);
            }
        }
        return out;
    }

    /**
     * How well a move explains the change: over the group and its ring, the smallest squared difference of green, red
     * and NIR between the after date and the before date shifted by up to one pixel (half-pixel steps, bilinear), over
     * that difference unshifted. Near 0 for an edge that moved between the dates; about 1 or more for char, which no
     * move of the before date makes.
     */
    static double shiftResidual(BandSet before, BandSet after, int[] px, int m, int[] ring) {
        int w = before.width();
        int h = before.height();
        int[] win = new int[m + ring.length];
        System.arraycopy(px, 0, win, 0, m);
        System.arraycopy(ring, 0, win, m, ring.length);
        float[][] b0 = {before.green(), before.red(), before.nir()};
        float[][] b1 = {after.green(), after.red(), after.nir()};
        double unshifted = residual(b0, b1, win, w, h, 0, 0);
        double best = Double.POSITIVE_INFINITY;
        for (int sy = -2; sy <= 2; sy++) {
            for (int sx = -2; sx <= 2; sx++) {
                if (sx != 0 || sy != 0) {
                    best = Math.min(best, residual(b0, b1, win, w, h, sx / 2.0, sy / 2.0));
                }
            }
        }
        return unshifted > 0 ? best / unshifted : 1;
    }

    /** Mean squared difference of after and before sampled at (x + dx, y + dy), over the window's pixels inside the tile. */
    private static double residual(float[][] b0, float[][] b1, int[] win, int w, int h, double dx, double dy) {
        double sum = 0;
        int n = 0;
        for (int i : win) {
            double x = i % w + dx;
            double y = i / w + dy;
            int x0 = (int) Math.floor(x);
            int y0 = (int) Math.floor(y);
            if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                continue;
            }
            double fx = x - x0;
            double fy = y - y0;
            double e = 0;
            for (int b = 0; b < b0.length; b++) {
                float[] a = b0[b];
                double v = (1 - fx) * (1 - fy) * a[y0 * w + x0] + fx * (1 - fy) * a[y0 * w + x0 + 1]
                        + (1 - fx) * fy * a[(y0 + 1) * w + x0] + fx * fy * a[(y0 + 1) * w + x0 + 1];
                double d = b1[b][i] - v;
                e += d * d;
            }
            if (e == e) {
                sum += e;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
