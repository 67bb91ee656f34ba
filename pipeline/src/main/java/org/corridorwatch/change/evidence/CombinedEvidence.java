package org.corridorwatch.change.evidence;

import org.corridorwatch.model.BandSet;

/**
 * The per-pixel arrays of {@link BurnEvidence#fromIndexes} in one pass over a tile: the change index's evidence (times
 * the not-water gate when the darkening component is on), the wetness change dNBR2, the darkening evidence, their
 * maximum and the albedo drop. Until issue 16ae these were five loops, the darkening evidence and the gating of the
 * index's evidence each computing the not-water gate; the values are the same bit for bit ({@code CombinedEvidenceTest}
 * keeps the separate loops as the reference).
 *
 * <p><b>Darkening evidence</b> (the {@link CharDarkening} component): from the darkening index (NaN = masked: 0),
 * piecewise linear like the change index's: 0 up to the scene's centre, {@link EvidenceMap#WEAK} at the weak threshold,
 * 1 at the strong one; times the dark-after gate, the not-water gate ({@link CharDarkening#notWater}) and, with SWIR1
 * and SWIR2, the not-wet gate on dNBR2 less the wetness centre, in that order.
 *
 * <p><b>Speed.</b> On a scene without change half the pixels lie above each component's centre, at random, and a
 * branch on it was mispredicted on every other pixel; here no pixel branches on those values: every pixel is computed,
 * and a masked pixel or one at or below a centre gets +0 from the index ramp's clamp or from the sign of its centred
 * darkening ({@link #aboveZero}). Multiplying +0 by a gate in [0, 1] keeps +0 (the not-water gate is never NaN: an
 * NDWI of NaN gives 1). The not-water gate is computed once a pixel, and skipped (exactly 1) where NIR is at or above
 * green and the gate starts at an NDWI of 0 or more: a branch that land takes almost always.
 */
final class CombinedEvidence {
    /**
     * Pixels per call of the loop. A tile's million pixels in one call made the JIT compile the loop on the stack (OSR):
     * 18-20 kB of code, 0.2-0.5 s of compiler time, redone after each of the two deoptimisations a scan sees (the
     * first water pixel, the first masked one). In calls of 32 pixels the JIT compiles it as a method first (at 600
     * calls, before the 40 000 back edges that ask for OSR): 6-7 kB, 70-160 ms (JFR, jdk.Compilation, benchmark scan).
     */
    static final int CHUNK = 32;

    private CombinedEvidence() {
    }

    /** Where one component's evidence is 0, {@link EvidenceMap#WEAK} and 1: its centre and the two slopes. */
    record Ramp(float centre, float weak, float slopeLow, float slopeHigh) {
        static Ramp of(double centre, double weak, double strong) {
            float fw = (float) weak;
            return new Ramp((float) centre, fw, EvidenceMap.WEAK / fw, (1f - EvidenceMap.WEAK) / (float) (strong - weak));
        }

        /** The darkening index's ramp in a scene with its statistics {@code s}. */
        static Ramp ofDarkening(SceneStatistics s, CharDarkening.Parameters p) {
            double weak = Math.max(p.weakFloor(), p.weakSigmas() * s.noiseSigma());
            double strong = Math.max(p.strongFloor(), p.strongSigmas() * s.noiseSigma());
            if (strong <= weak) {
                strong = weak + (p.strongFloor() - p.weakFloor());
            }
            return of(s.centre(), weak, strong);
        }
    }

    /** The arrays this pass fills (each of the tile's size; {@code dNbr2} null without SWIR1 and SWIR2 on both dates). */
    record Out(float[] indexEvidence, float[] darkEvidence, float[] evidence, float[] dNbr2, float[] albedoDrop) {
        static Out of(BandSet before, BandSet after) {
            int n = before.size();
            boolean wet = before.swir1() != null && before.swir2() != null && after.swir1() != null
                    && after.swir2() != null;
            return new Out(new float[n], new float[n], new float[n], wet ? new float[n] : null, new float[n]);
        }
    }

    /**
     * @param index     the change index's ramp ({@link BurnEvidence#bars})
     * @param dark      the darkening index's ramp (unused when {@code p} is off: its evidence is then 0)
     * @param wetCentre subtracted from dNBR2 before the not-wet gate ({@link CharDarkening#wetnessCentre})
     */
    static void fill(BandSet before, BandSet after, float[] change, float[] darkIndex, Ramp index, Ramp dark,
                     double wetCentre, CharDarkening.Parameters p, Out out) {
        for (int from = 0; from < change.length; from += CHUNK) {
            fill(before, after, change, darkIndex, index, dark, wetCentre, p, out, from,
                    Math.min(change.length, from + CHUNK));
        }
    }

    /** {@link #fill} of pixels {@code from} (inclusive) to {@code to} (exclusive). */
    private static void fill(BandSet before, BandSet after, float[] change, float[] darkIndex, Ramp index, Ramp dark,
                             double wetCentre, CharDarkening.Parameters p, Out out, int from, int to) {
        float[] b0 = before.blue();
        float[] g0 = before.green();
        float[] r0 = before.red();
        float[] n0 = before.nir();
        float[] b1 = after.blue();
        float[] g1 = after.green();
        float[] r1 = after.red();
        float[] n1 = after.nir();
        float[] s1b = before.swir1();
        float[] s2b = before.swir2();
        float[] s1a = after.swir1();
        float[] s2a = after.swir2();
        float[] wetOut = out.dNbr2();
        boolean wet = wetOut != null;
        float wc = (float) wetCentre;
        boolean centred = wetCentre != 0;
        boolean on = p.enabled();
        float full = (float) p.darkAfterFull();
        float span = (float) (p.darkAfterZero() - p.darkAfterFull());
        float tol = (float) p.wetNbr2Tolerance();
        float water = (float) p.notWaterNdwi();
        float ramp = (float) CharDarkening.Parameters.NOT_WATER_RAMP;
        boolean dryAtZero = water >= 0f; // then NIR at or above green (NDWI <= 0) gives a gate of exactly 1
        float fc = index.centre();
        float fw = index.weak();
        float dc = dark.centre();
        float dw = dark.weak();
        float[] ev = out.indexEvidence();
        float[] darkEv = out.darkEvidence();
        float[] combined = out.evidence();
        float[] albedo = out.albedoDrop();
        for (int i = from; i < to; i++) {
            float g = g1[i];
            float nir = n1[i];
            float notWater = 1f;
            float gn = g - nir;
            float gs = g + nir;
            if (on && !(gn <= 0f && gs > 0f && dryAtZero)) {
                float ndwi = gn / gs;
                notWater = ndwi == ndwi ? clamp01(1f - (ndwi - water) / ramp) : 1f;
            }

            float c = change[i] - fc; // NaN where masked: no evidence
            float e = c < fw ? Math.max(c, 0f) * index.slopeLow()
                    : Math.min(1f, EvidenceMap.WEAK + (c - fw) * index.slopeHigh());
            e = (e >= 0f ? e : 0f) * notWater;
            ev[i] = e;

            float w = Float.NaN;
            if (wet) {
                float d = SpectralIndices.normalisedDifference(s1b[i], s2b[i])
                        - SpectralIndices.normalisedDifference(s1a[i], s2a[i]);
                wetOut[i] = d;
                w = centred ? d - wc : d;
            }
            float cd = darkIndex[i] - dc;
            float de = cd < dw ? cd * dark.slopeLow() : Math.min(1f, EvidenceMap.WEAK + (cd - dw) * dark.slopeHigh());
            float vis = (b1[i] + g + r1[i]) / 3f;
            de *= clamp01(1f - (vis - full) / span);
            de *= notWater;
            if (w == w) {
                de *= clamp01(1f + w / tol);
            }
            de = Float.intBitsToFloat(Float.floatToRawIntBits(de) & (on ? aboveZero(cd) : 0));
            darkEv[i] = de;
            combined[i] = Math.max(e, de);

            float drop = SpectralIndices.albedo(b0[i], g0[i], r0[i], n0[i], Float.NaN)
                    - SpectralIndices.albedo(b1[i], g, r1[i], nir, Float.NaN);
            albedo[i] = change[i] == change[i] ? drop : Float.NaN;
        }
    }

    /** All bits set where {@code v > 0} (neither NaN, nor ±0, nor negative), else 0; without a branch. */
    static int aboveZero(float v) {
        int x = Float.floatToRawIntBits(v) - 1; // 0 .. 0x7F7FFFFF exactly for +Float.MIN_VALUE .. +Infinity
        return (~x & (x - 0x7F800000)) >> 31;
    }

    /** Into [0, 1]; NaN stays NaN (the argument is never −0: {@code 1 − q} and {@code 1 + q} are +0 at 0). */
    private static float clamp01(float v) {
        return Math.min(1f, Math.max(0f, v));
    }
}
