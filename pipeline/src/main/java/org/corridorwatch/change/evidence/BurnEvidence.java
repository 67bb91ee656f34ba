package org.corridorwatch.change.evidence;

import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.model.BandSet;

/**
 * Per-pixel burn evidence between two dates with thresholds that adapt to the scene.
 *
 * <p><b>Change index.</b> With SWIR: dNBR = NBR(before) − NBR(after) (SWIR2 preferred). Without SWIR:
 * the relative NIR drop {@code dNIR = 2 (NIR_before − NIR_after)/(NIR_before + NIR_after)} — burning removes
 * the leaf structure that scatters NIR, and char absorbs it. Masked pixels get NaN.
 *
 * <p><b>Adaptive thresholds.</b> The index is centred on the scene's median ({@link SceneStatistics}),
 * so a regional shift does not light up the whole scene, and compared with
 * {@code weak = max(weakFloor, weakSigmas · σ)} and {@code strong = max(strongFloor, strongSigmas · σ)},
 * {@code σ = min(noiseSigma, max(sigmaCeiling, pixelNoise))} ({@link SceneStatistics}): in a quiet scene the
 * USGS breaks (0.10 low severity, 0.27 moderate-low) apply to the centred index; in a noisy scene the bar rises
 * with the noise. It follows noise that changes from pixel to pixel (sensor noise, texture, misregistration)
 * without limit, but a wider spread that adjacent pixels share — land-cover change over whole fields
 * (greening, drying) — only up to the ceiling: a bar that followed it would step over the fire itself (the
 * real VALLEY fire: a spread of 0.18 put the bar at 0.35/0.71 and nothing was found; docs/quality.md). Evidence is piecewise linear in the centred index
 * {@code c}: 0 for {@code c ≤ 0}, {@link EvidenceMap#WEAK} at {@code weak}, 1 at {@code strong} and above.
 *
 * <p><b>Combination rule.</b> The burn evidence of a pixel is the larger of two components:
 * {@code evidence = max(index evidence, darkening evidence)}. The change index (dNBR, or dNIR without SWIR)
 * carries vegetated ground — green verge, woodland, grass with a live NIR plateau — where burning removes
 * the NIR and NBR falls far, while the visible bands barely darken. {@link CharDarkening} carries bare and
 * dry ground — asphalt, laterite, sand, dry grass — where NBR was already ≈ −0.1 before and cannot fall,
 * but every band gets 30–60 % darker; its gates keep shade of pale ground and wet soil out. Where the
 * after date is water (the not-water gate, {@link CharDarkening#notWater}) neither component counts: flooding
 * darkens bare ground and changes NBR at the water's edge, but is never char. Both are
 * centred on, and scaled by, the scene's own statistics. Components are kept per pixel in the
 * {@link EvidenceMap} so sites can report which one carried them.
 */
public final class BurnEvidence {
    /** Name of the no-SWIR change index. */
    public static final String NIR_DROP = "dNIR";
    /** Name of the SWIR change index. */
    public static final String DNBR = "dNBR";

    /**
     * @param weakFloor     lowest centred index for weak evidence (default: USGS low-severity break)
     * @param strongFloor   lowest centred index for strong evidence (default: USGS moderate-low break)
     * @param weakSigmas    weak threshold in scene noise sigmas, when that is higher than the floor
     * @param strongSigmas  strong threshold in scene noise sigmas, when that is higher than the floor
     * @param sigmaCeiling  the largest scene spread the thresholds follow when it is not pixel-to-pixel noise
     * @param centre        subtract the scene centre before thresholding (false = classic fixed thresholds)
     * @param darkening     the darkening component ({@link CharDarkening.Parameters#OFF}: the index alone)
     * @param strips        the mixed-strip component ({@link MixedStrips}; {@link MixedStrips.Parameters#OFF}: none)
     */
    public record Parameters(double weakFloor, double strongFloor, double weakSigmas, double strongSigmas,
                             double sigmaCeiling, boolean centre, CharDarkening.Parameters darkening, MixedStrips.Parameters strips) {
        public static final double DEFAULT_WEAK_FLOOR = BurnSeverity.LOW;
        public static final double DEFAULT_STRONG_FLOOR = BurnSeverity.MODERATE_LOW_BREAK;
        public static final double DEFAULT_WEAK_SIGMAS = 2.0;
        public static final double DEFAULT_STRONG_SIGMAS = 4.0;
        public static final double DEFAULT_SIGMA_CEILING = 0.0875;
        public static final boolean DEFAULT_CENTRE = true;
        public static final Parameters DEFAULTS = new Parameters(DEFAULT_WEAK_FLOOR, DEFAULT_STRONG_FLOOR,
                DEFAULT_WEAK_SIGMAS, DEFAULT_STRONG_SIGMAS, DEFAULT_SIGMA_CEILING, DEFAULT_CENTRE, CharDarkening.Parameters.DEFAULTS,
                MixedStrips.Parameters.DEFAULTS);

        public Parameters {
            if (darkening == null) {
                throw new IllegalArgumentException("evidence.darkening is required");
            }
            if (strips == null) {
                throw new IllegalArgumentException("evidence.strips is required");
            }
            if (!(weakFloor > 0 && strongFloor > weakFloor)) {
                throw new IllegalArgumentException("need 0 < weakFloor < strongFloor: " + weakFloor + ", " + strongFloor);
            }
            if (!(weakSigmas >= 0 && strongSigmas >= weakSigmas)) {
                throw new IllegalArgumentException("need 0 <= weakSigmas <= strongSigmas");
            }
            if (!(sigmaCeiling > 0)) {
                throw new IllegalArgumentException("evidence.sigma_ceiling: need > 0, got " + sigmaCeiling);
            }
        }

        /** Fixed thresholds, no centring, no noise scaling (the classic dNBR &gt; t rule). */
        public static Parameters fixed(double weak, double strong) {
            return new Parameters(weak, strong, 0, 0, Double.POSITIVE_INFINITY, false, CharDarkening.Parameters.OFF,
                    MixedStrips.Parameters.OFF);
        }

        /** These parameters with another darkening component. */
        public Parameters withDarkening(CharDarkening.Parameters d) {
            return new Parameters(weakFloor, strongFloor, weakSigmas, strongSigmas, sigmaCeiling, centre, d, strips);
        }

        /** These parameters with another mixed-strip component. */
        public Parameters withStrips(MixedStrips.Parameters m) {
            return new Parameters(weakFloor, strongFloor, weakSigmas, strongSigmas, sigmaCeiling, centre, darkening, m);
        }
    }

    /**
     * Where the change index gives evidence in a scene: {@code centre}, and the weak ({@link EvidenceMap#WEAK})
     * and strong (1) bars above it.
     */
    public record Bars(double centre, double weak, double strong) {
    }

    private BurnEvidence() {
    }

    /** The bars of a scene with these statistics (see the class comment). */
    public static Bars bars(SceneStatistics s, Parameters p) {
        double centre = p.centre() ? s.centre() : 0;
        double sigma = p.centre() ? Math.min(s.noiseSigma(), Math.max(p.sigmaCeiling(), s.pixelNoise())) : 0;
        double weak = Math.max(p.weakFloor(), p.weakSigmas() * sigma);
        double strong = Math.max(p.strongFloor(), p.strongSigmas() * sigma);
        if (strong <= weak) {
            strong = weak + (p.strongFloor() - p.weakFloor());
        }
        return new Bars(centre, weak, strong);
    }

    /** Name of the change index a pair of band sets will use. */
    public static String indexName(BandSet before, BandSet after) {
        return before.nbrSwir() != null && after.nbrSwir() != null ? DNBR : NIR_DROP;
    }

    /**
     * The raw change index of every pixel into {@code out} (NaN where {@code mask} is not VALID or an
     * input is NaN). {@code mask} may be null. The scan feeds this to {@link SceneStatistics.Accumulator}.
     */
    public static float[] changeIndex(BandSet before, BandSet after, byte[] mask, float[] out) {
        int n = before.size();
        float[] nirA = before.nir();
        float[] nirB = after.nir();
        float[] swA = before.nbrSwir();
        float[] swB = after.nbrSwir();
        boolean swir = swA != null && swB != null;
        // in calls of CombinedEvidence.CHUNK pixels, so the JIT compiles the loops as methods, not on the stack
        for (int from = 0; from < n; from += CombinedEvidence.CHUNK) {
            int to = Math.min(n, from + CombinedEvidence.CHUNK);
            if (swir) {
                dNbr(nirA, swA, nirB, swB, out, from, to);
            } else {
                nirDrop(nirA, nirB, out, from, to);
            }
        }
        if (mask != null) {
            for (int i = 0; i < n; i++) {
                if (mask[i] != MaskCode.VALID) {
                    out[i] = Float.NaN;
                }
            }
        }
        return out;
    }

    private static void dNbr(float[] nirA, float[] swA, float[] nirB, float[] swB, float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = SpectralIndices.nbr(nirA[i], swA[i]) - SpectralIndices.nbr(nirB[i], swB[i]);
        }
    }

    private static void nirDrop(float[] nirA, float[] nirB, float[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = 2f * SpectralIndices.normalisedDifference(nirA[i], nirB[i]);
        }
    }

    /** Evidence with default parameters. */
    public static EvidenceMap compute(BandSet before, BandSet after, byte[] mask, SceneStatistics stats) {
        return compute(before, after, mask, stats, Parameters.DEFAULTS);
    }

    /**
     * Evidence of a tile. {@code stats} are the scene's statistics of {@link #changeIndex}; when null they
     * are computed from this tile alone. {@code mask} may be null (all valid).
     */
    public static EvidenceMap compute(BandSet before, BandSet after, byte[] mask, SceneStatistics stats, Parameters p) {
        if (before.width() != after.width() || before.height() != after.height()) {
            throw new IllegalArgumentException("dates differ in size");
        }
        return fromChangeIndex(before, after, changeIndex(before, after, mask, new float[before.size()]), stats, p);
    }

    /** Evidence of a tile whose {@link #changeIndex} (masked) is already known. */
    public static EvidenceMap fromChangeIndex(BandSet before, BandSet after, float[] change, SceneStatistics stats, Parameters p) {
        float[] dark = CharDarkening.index(before, after, null, new float[before.size()], p.darkening());
        for (int i = 0; i < dark.length; i++) {
            if (change[i] != change[i]) {
                dark[i] = Float.NaN;
            }
        }
        return fromIndexes(before, after, change, dark, stats, p);
    }

    /**
     * Evidence of a tile whose {@link #changeIndex} and {@link CharDarkening#index} (both masked) are known;
     * {@code stats} may carry the darkening index's scene statistics ({@link SceneStatistics#darkening()}).
     */
    public static EvidenceMap fromIndexes(BandSet before, BandSet after, float[] change, float[] darkIndex,
                                          SceneStatistics stats, Parameters p) {
        int n = before.size();
        if (change.length != n || after.size() != n) {
            throw new IllegalArgumentException("change index and bands differ in size");
        }
        Bars bars = bars(stats != null ? stats : SceneStatistics.of(change, 1), p);
        CharDarkening.Parameters d = p.darkening();
        CombinedEvidence.Ramp dark = new CombinedEvidence.Ramp(0f, 1f, 0f, 0f); // no darkening evidence when off
        if (d.enabled()) {
            SceneStatistics ds = stats != null && stats.darkening() != null ? stats.darkening()
                    : SceneStatistics.of(darkIndex, 1);
            dark = CombinedEvidence.Ramp.ofDarkening(ds, d);
        }
        CombinedEvidence.Out out = CombinedEvidence.Out.of(before, after);
        CombinedEvidence.fill(before, after, change, darkIndex, CombinedEvidence.Ramp.of(bars.centre(), bars.weak(),
                bars.strong()), dark, CharDarkening.wetnessCentre(stats, d), d, out);
        return new EvidenceMap(before.width(), before.height(), out.evidence(), change, out.albedoDrop(),
                indexName(before, after), bars.centre(), bars.centre() + bars.weak(), bars.centre() + bars.strong(),
                out.indexEvidence(), darkIndex, out.darkEvidence(), out.dNbr2(), null, null, null, null);
    }

    /**
     * {@code e} with the {@link MixedStrips} component: its strip evidence and char fractions kept, and the evidence the
     * larger of {@code e}'s and the strip evidence. {@code stats} as for {@link #fromIndexes}; {@code gsdM} the pixel
     * size in metres (NaN: no strips); strips are sought only where {@code road} is true (null: nowhere). Unchanged
     * evidence where the component is off.
     */
    public static EvidenceMap withStrips(EvidenceMap e, BandSet before, BandSet after, SceneStatistics stats, double gsdM,
                                         boolean[] road, Parameters p) {
        if (!p.strips().enabled() || !p.darkening().enabled() || road == null) {
            return e;
        }
        SceneStatistics ds = stats == null || stats.darkening() == null ? SceneStatistics.of(e.darkIndex(), 1)
                : stats.darkening();
        float[] wet = CharDarkening.centred(e.dNbr2(), CharDarkening.wetnessCentre(stats, p.darkening()));
        MixedStrips.Result r = MixedStrips.find(before, after, e.darkIndex(), ds.centre(), wet, gsdM, road,
                p.darkening(), p.strips());
        float[] combined = e.evidence();
        if (r.strips() > 0) {
            combined = combined.clone();
            for (int i = 0; i < combined.length; i++) {
                combined[i] = Math.max(combined[i], r.evidence()[i]);
            }
        }
        return new EvidenceMap(e.width(), e.height(), combined, e.change(), e.darkening(), e.changeIndexName(), e.centre(),
                e.weakThreshold(), e.strongThreshold(), e.indexEvidence(), e.darkIndex(), e.darkEvidence(), e.dNbr2(),
                e.textureChange(), e.textureEvidence(), r.evidence(), r.charFraction());
    }
}
