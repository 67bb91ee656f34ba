package org.corridorwatch.change.evidence;

import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.model.BandSet;

/**
 * Char as darkening: burning any ground — asphalt, laterite, sand, dry grass — leaves it darker in every
 * visible and NIR band, even where NBR cannot change because the ground was already bare (bare soil
 * NBR ≈ −0.1, char ≈ −0.07). This is the component that carries bare and dry ground; dNBR carries
 * vegetation (green verge, woodland), where visible bands barely darken.
 *
 * <p><b>Index.</b> Per pixel the relative darkening {@code 1 − after/before} (before floored at
 * {@link #MIN_BEFORE}) of green, red and NIR — and of blue too when {@code useBlue} — sorted, and the
 * {@code bandRank}-th smallest. The default, blue left out and rank 1, is the minimum over green, red and NIR:
 * "at least this much darker in green, red and NIR". Char on bare ground darkens blue least (22–32 % where the
 * other bands darken 30–40 %: the additive haze of the blue band compresses its relative change), so a minimum
 * over four bands hinges on blue. Rank 2 over four bands (the second smallest) was tried and rejected: it lets NIR
 * be the band that does not darken, and flagged a 0.9 ha patch beside the PlanetScope sample's truck queue whose
 * visible bands darkened 56 % and NIR 11 % (char darkens NIR 43–55 %). Drying vegetation (red and green
 * brighten), harvest (visible brightens) and new bright roofs (every band brightens) keep a negative index. The
 * index is centred on the scene's median and compared with
 * {@code max(floor, sigmas · noise)} exactly like the change index ({@link SceneStatistics}, lower-half noise),
 * so a regional radiometric change does not darken the whole scene.
 *
 * <p><b>Gates</b> (multiplying the evidence, each in [0,1]; the evidence is computed in {@link CombinedEvidence}):
 * <ul>
 *   <li>dark after: char is dark; 1 when the after date's visible mean is at most {@code darkAfterFull},
 *       0 from {@code darkAfterZero} (shade of bright ground and wet soil of pale ground stay brighter);</li>
 *   <li>not wet (sensors with both SWIR bands): water absorbs more at 2.2 µm than at 1.6 µm, so wetting
 *       raises NBR2 = (SWIR1 − SWIR2)/(SWIR1 + SWIR2), while char (flat in SWIR) lowers it; the gate is 1
 *       for {@code dNBR2 = NBR2(before) − NBR2(after) ≥ 0}, 0 at {@code −wetNbr2Tolerance}.</li>
 *   <li>not water (every sensor): standing water and flooding absorb the NIR, so the after date's
 *       NDWI = (green − NIR)/(green + NIR) is positive (≈ +0.3 to +0.45), while char on any ground keeps NIR
 *       above green (NDWI ≈ −0.15 on asphalt to −0.45 on laterite); the gate is 1 up to {@code notWaterNdwi},
 *       0 from {@code notWaterNdwi + 0.1}. Flooded bare ground otherwise darkens in every band like char.</li>
 * </ul>
 */
public final class CharDarkening {
    /** Name of the darkening index in reports. */
    public static final String NAME = "darkening";
    /** Number of bands the index can sort: blue, green, red, NIR. */
    public static final int BANDS = 4;
    /** Before-date reflectance floor of the ratio (below it a band's ratio is noise). */
    public static final float MIN_BEFORE = 0.02f;

    /**
     * @param enabled          false = dNBR (dNIR) alone, as before this component existed
     * @param weakFloor        lowest centred darkening (fraction, every band) for weak evidence
     * @param strongFloor      lowest centred darkening for strong evidence
     * @param weakSigmas       weak threshold in scene noise sigmas when higher than the floor
     * @param strongSigmas     strong threshold in scene noise sigmas when higher than the floor
     * @param darkAfterFull    after-date visible mean (reflectance) up to which the dark-after gate is 1
     * @param darkAfterZero    ... and from which it is 0
     * @param wetNbr2Tolerance NBR2 rise at which the not-wet gate reaches 0 (SWIR1 and SWIR2 needed)
     * @param notWaterNdwi     after-date NDWI up to which the not-water gate is 1 (0 from 0.1 above it)
     * @param bandRank         which of the sorted band darkenings is the index: 1 = minimum, 2 = second smallest
     * @param useBlue          true: blue, green, red and NIR; false: green, red and NIR
     * @param openWaterNdwi    after-date NDWI from which a pixel is open water for the per-site water-edge share
     *                         ({@link PixelComponents}; char and bare ground stay below 0, the generator's water is
     *                         +0.45), higher than {@code notWaterNdwi}: only clear water, not the road's haze
     * @param waterEdgePx      a pixel within this many pixels of open water lies on its edge (mixed water and ground:
     *                         the pixels the not-water gate leaves to the evidence)
     * @param centreWetness    true: the not-wet gate (and the strips' not-wetter test) read dNBR2 less the scene's own
     *                         centre ({@link SceneStatistics#wetnessCentre}) where the scene got wetter: wet is wetter
     *                         than the rest of the scene, not merely wetter after (a scene that got wetter overall —
     *                         rain between the dates — gated char on bare ground by up to half: tune seed 5330, centre
     *                         −0.015 at a tolerance of 0.03)
     */
    public record Parameters(boolean enabled, double weakFloor, double strongFloor, double weakSigmas,
                             double strongSigmas, double darkAfterFull, double darkAfterZero, double wetNbr2Tolerance,
                             double notWaterNdwi, int bandRank, boolean useBlue, double openWaterNdwi, int waterEdgePx,
                             boolean centreWetness) {
        public static final Parameters DEFAULTS = new Parameters(true, 0.25, 0.40, 2.0, 4.0, 0.10, 0.15, 0.03, 0.0, 1, false,
                0.25, 2, true);
        public static final Parameters OFF = new Parameters(false, 0.20, 0.35, 2.0, 4.0, 0.07, 0.12, 0.03, 0.0, 1, false,
                0.25, 2, false);
        /** Width of the not-water gate's ramp in NDWI. */
        public static final double NOT_WATER_RAMP = 0.1;

        public Parameters {
            if (!(weakFloor > 0 && strongFloor > weakFloor && strongFloor < 1)) {
                throw new IllegalArgumentException("evidence.darkening: need 0 < weak_floor < strong_floor < 1: "
                        + weakFloor + ", " + strongFloor);
            }
            if (!(weakSigmas >= 0 && strongSigmas >= weakSigmas)) {
                throw new IllegalArgumentException("evidence.darkening: need 0 <= weak_sigmas <= strong_sigmas");
            }
            if (!(darkAfterFull > 0 && darkAfterZero > darkAfterFull)) {
                throw new IllegalArgumentException("evidence.darkening: need 0 < dark_after_full < dark_after_zero");
            }
            if (!(wetNbr2Tolerance > 0)) {
                throw new IllegalArgumentException("evidence.darkening.wet_nbr2_tolerance must be > 0");
            }
            if (!(notWaterNdwi >= -0.5 && notWaterNdwi <= 0.9)) {
                throw new IllegalArgumentException("evidence.darkening.not_water_ndwi must lie within -0.5..0.9: "
                        + notWaterNdwi);
            }
            if (!(openWaterNdwi > notWaterNdwi && openWaterNdwi < 1) || waterEdgePx < 0 || waterEdgePx > 10) {
                throw new IllegalArgumentException("evidence.darkening: need not_water_ndwi < open_water_ndwi < 1 and "
                        + "water_edge_px in 0..10: " + openWaterNdwi + ", " + waterEdgePx);
            }
            if (bandRank < 1 || bandRank > (useBlue ? BANDS : BANDS - 1)) {
                throw new IllegalArgumentException("evidence.darkening.band_rank must be 1.." + (useBlue ? BANDS : BANDS - 1)
                        + " (1 = minimum over the bands, 2 = second smallest; 3 bands without use_blue): " + bandRank);
            }
        }
    }

    private CharDarkening() {
    }

    /** Relative darkening of one band, 1 − after/before (NaN if either is NaN). */
    public static float bandDarkening(float before, float after) {
        return 1f - after / Math.max(before, MIN_BEFORE);
    }

    /**
     * The darkening index of every pixel into {@code out}: the {@code rank}-th smallest (1 = minimum) of
     * {@link #bandDarkening} over green, red and NIR, and blue when {@code useBlue}; NaN where {@code mask} (may be
     * null) is not VALID or a band is NaN.
     */
    public static float[] index(BandSet before, BandSet after, byte[] mask, float[] out, int rank, boolean useBlue) {
        if (rank == 1 && !useBlue) {
            return minimumOfThree(before, after, mask, out);
        }
        float[][] b0 = useBlue ? new float[][] {before.blue(), before.green(), before.red(), before.nir()}
                : new float[][] {before.green(), before.red(), before.nir()};
        float[][] b1 = useBlue ? new float[][] {after.blue(), after.green(), after.red(), after.nir()}
                : new float[][] {after.green(), after.red(), after.nir()};
        float[] d = new float[b0.length];
        for (int i = 0; i < out.length; i++) {
            if (mask != null && mask[i] != MaskCode.VALID) {
                out[i] = Float.NaN;
                continue;
            }
            boolean nan = false;
            for (int b = 0; b < d.length; b++) {
                d[b] = bandDarkening(b0[b][i], b1[b][i]);
                nan |= d[b] != d[b];
            }
            out[i] = nan ? Float.NaN : rank == 1 ? smallest(d) : kthSmallest(d, rank);
        }
        return out;
    }

    /**
     * {@code index(before, after, mask, out, 1, false)}, the default, as one loop over the three bands' arrays (no
     * per-pixel band array or inner loop): the same values, at a fraction of the cost on a whole scene.
     */
    private static float[] minimumOfThree(BandSet before, BandSet after, byte[] mask, float[] out) {
        float[] g0 = before.green();
        float[] r0 = before.red();
        float[] n0 = before.nir();
        float[] g1 = after.green();
        float[] r1 = after.red();
        float[] n1 = after.nir();
        // in calls of CombinedEvidence.CHUNK pixels, so the JIT compiles the loop as a method, not on the stack
        for (int from = 0; from < out.length; from += CombinedEvidence.CHUNK) {
            minimumOfThree(g0, r0, n0, g1, r1, n1, mask, out, from, Math.min(out.length, from + CombinedEvidence.CHUNK));
        }
        return out;
    }

    /** {@link #minimumOfThree(BandSet, BandSet, byte[], float[])} of pixels {@code from} (inclusive) to {@code to}. */
    private static void minimumOfThree(float[] g0, float[] r0, float[] n0, float[] g1, float[] r1, float[] n1,
                                       byte[] mask, float[] out, int from, int to) {
        // no branch on the values (a per-pixel NaN test made the loop six times slower: 20 ns a pixel on JDK 17):
        // Math.min is NaN when any band's darkening is, and the floor below keeps a NaN before date NaN; darkening is
        // never -0 (1 - q is +0 where q is 1), so the least is the same value kthSmallest gives
        for (int i = from; i < to; i++) {
            float m = Math.min(Math.min(darkeningAboveFloor(g0[i], g1[i]), darkeningAboveFloor(r0[i], r1[i])),
                    darkeningAboveFloor(n0[i], n1[i]));
            out[i] = mask != null && mask[i] != MaskCode.VALID ? Float.NaN : m;
        }
    }

    /** {@link #bandDarkening} with the floor as a comparison (NaN before: NaN), which the JIT compiles without a branch. */
    private static float darkeningAboveFloor(float before, float after) {
        return 1f - after / (before <= MIN_BEFORE ? MIN_BEFORE : before);
    }

    /** The index with the parameters' band rank and bands. */
    public static float[] index(BandSet before, BandSet after, byte[] mask, float[] out, Parameters p) {
        return index(before, after, mask, out, p.bandRank(), p.useBlue());
    }

    /** The minimum over blue, green, red and NIR (rank 1 with blue). */
    public static float[] index(BandSet before, BandSet after, byte[] mask, float[] out) {
        return index(before, after, mask, out, 1, true);
    }

    /** The minimum relative darkening over blue, green, red and NIR of pixel {@code i} (NaN if a band is NaN). */
    public static float minDarkening(BandSet before, BandSet after, int i) {
        float m = Float.POSITIVE_INFINITY;
        m = minNan(m, bandDarkening(before.blue()[i], after.blue()[i]));
        m = minNan(m, bandDarkening(before.green()[i], after.green()[i]));
        m = minNan(m, bandDarkening(before.red()[i], after.red()[i]));
        return minNan(m, bandDarkening(before.nir()[i], after.nir()[i]));
    }

    private static float minNan(float m, float d) {
        return d < m || d != d ? d : m;
    }

    /** {@code kthSmallest(d, 1)} without the sort: the first of the smallest values (no NaN in {@code d}). */
    static float smallest(float[] d) {
        float m = d[0];
        for (int b = 1; b < d.length; b++) {
            if (d[b] < m) {
                m = d[b];
            }
        }
        return m;
    }

    /** The {@code k}-th smallest (1-based) of the values in {@code d}; sorts {@code d} in place. */
    static float kthSmallest(float[] d, int k) {
        for (int a = 1; a < d.length; a++) {
            float v = d[a];
            int j = a - 1;
            while (j >= 0 && d[j] > v) {
                d[j + 1] = d[j];
                j--;
            }
            d[j + 1] = v;
        }
        return d[k - 1];
    }

    /** NBR2 = (SWIR1 − SWIR2)/(SWIR1 + SWIR2). */
    public static float nbr2(float swir1, float swir2) {
        return SpectralIndices.normalisedDifference(swir1, swir2);
    }

    /** dNBR2 = NBR2(before) − NBR2(after) of every pixel; null unless both dates have SWIR1 and SWIR2. */
    public static float[] nbr2Change(BandSet before, BandSet after) {
        if (before.swir1() == null || before.swir2() == null || after.swir1() == null || after.swir2() == null) {
            return null;
        }
        float[] out = new float[before.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = nbr2(before.swir1()[i], before.swir2()[i]) - nbr2(after.swir1()[i], after.swir2()[i]);
        }
        return out;
    }

    /**
     * {@code dNbr2} less {@code centre} (a new array; {@code dNbr2} itself when it is null or the centre is 0): the
     * wetness change relative to the scene's.
     */
    public static float[] centred(float[] dNbr2, double centre) {
        if (dNbr2 == null || centre == 0) {
            return dNbr2;
        }
        float[] out = new float[dNbr2.length];
        float c = (float) centre;
        for (int i = 0; i < out.length; i++) {
            out[i] = dNbr2[i] - c;
        }
        return out;
    }

    /**
     * The wetness centre the gates subtract when {@code p} centres it: the scene's ({@code stats}, may be null: 0) where
     * the scene got wetter (negative), else 0. Rain wets a whole scene, and only what is wetter than that is wet soil;
     * a scene that got drier does not make unchanged ground wet (subtracting a positive centre, +0.003 on tune seed
     * 5351, took the strong seeds of an asphalt attack whose dNBR2 was 0.000 and it was missed).
     */
    public static double wetnessCentre(SceneStatistics stats, Parameters p) {
        return p.centreWetness() && stats != null ? Math.min(0, stats.wetnessCentre()) : 0;
    }

    /**
     * The not-water gate of pixel {@code i}: 1 while the after date's NDWI = (green − NIR)/(green + NIR) is at most
     * {@code notWaterNdwi}, falling to 0 at {@link Parameters#NOT_WATER_RAMP} above it (1 where NDWI is NaN).
     * {@link BurnEvidence} applies it to the change index's evidence too: water after the event is never char.
     */
    public static float notWater(BandSet after, int i, float notWaterNdwi) {
        float g1 = after.green()[i];
        float n1 = after.nir()[i];
        float ndwi = (g1 - n1) / (g1 + n1);
        return ndwi == ndwi ? clamp01(1f - (ndwi - notWaterNdwi) / (float) Parameters.NOT_WATER_RAMP) : 1f;
    }

    private static float clamp01(float v) {
        return v < 0f ? 0f : v > 1f ? 1f : v;
    }
}
