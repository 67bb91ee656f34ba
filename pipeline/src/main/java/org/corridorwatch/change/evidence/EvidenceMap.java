package org.corridorwatch.change.evidence;

/**
 * Per-pixel burn evidence of a tile, row-major {@code width * height}.
 *
 * @param width           tile width, pixels
 * @param height          tile height, pixels
 * @param evidence        0..1; 0 for masked pixels; {@value #WEAK} at the weak threshold, 1 at and above the
 *                        strong one (piecewise linear in the centred change index)
 * @param change          the raw change index (dNBR with SWIR, else {@link BurnEvidence#NIR_DROP}); NaN where masked
 * @param darkening       visible+NIR albedo drop before − after (reflectance; positive = darker after, char); NaN where masked
 * @param changeIndexName "dNBR" or "dNIR" — what {@code change} holds, for reports
 * @param centre          the scene centre subtracted from {@code change} before thresholding
 * @param weakThreshold   raw index value (centre included) where evidence reaches {@value #WEAK}
 * @param strongThreshold raw index value (centre included) where evidence reaches 1
 * @param indexEvidence   the change index's own evidence (dNBR or dNIR component), 0..1
 * @param darkIndex       the {@link CharDarkening} index (the band_rank-th smallest relative darkening over green, red, NIR and, with use_blue, blue); NaN where masked
 * @param darkEvidence    the darkening component's evidence (gates applied), 0..1
 * @param dNbr2           NBR2(before) − NBR2(after), or null without SWIR1 and SWIR2
 * @param textureChange   the {@link TextureChange} index, or null when it was not computed
 * @param textureEvidence the texture component's evidence ({@link TextureEvidence}), or null when it is off
 * @param stripEvidence   the {@link MixedStrips} component's evidence, 0..1, or null when it is off
 * @param charFraction    the unmixed char fraction of each pixel ({@link MixedStrips}), or null when it is off
 */
public record EvidenceMap(int width, int height, float[] evidence, float[] change, float[] darkening,
                          String changeIndexName, double centre, double weakThreshold, double strongThreshold,
                          float[] indexEvidence, float[] darkIndex, float[] darkEvidence, float[] dNbr2,
                          float[] textureChange, float[] textureEvidence, float[] stripEvidence,
                          float[] charFraction) {
    /** Evidence at the weak threshold: region growing accepts pixels from here. */
    public static final float WEAK = 0.5f;
    /** Evidence at the strong threshold: regions need at least one such seed. */
    public static final float STRONG = 1.0f;

    public EvidenceMap {
        int n = width * height;
        if (evidence.length != n || change.length != n || darkening.length != n || indexEvidence.length != n
                || darkIndex.length != n || darkEvidence.length != n || (dNbr2 != null && dNbr2.length != n)
                || (textureChange != null && textureChange.length != n)
                || (textureEvidence != null && textureEvidence.length != n)
                || (stripEvidence != null && stripEvidence.length != n) || (charFraction != null && charFraction.length != n)) {
            throw new IllegalArgumentException("arrays must have width*height = " + n + " values");
        }
    }

    /** A map of the change index alone (no darkening component). */
    public EvidenceMap(int width, int height, float[] evidence, float[] change, float[] darkening,
                       String changeIndexName, double centre, double weakThreshold, double strongThreshold) {
        this(width, height, evidence, change, darkening, changeIndexName, centre, weakThreshold, strongThreshold,
                evidence, nans(width * height), new float[width * height], null, null, null, null, null);
    }

    private static float[] nans(int n) {
        float[] a = new float[n];
        java.util.Arrays.fill(a, Float.NaN);
        return a;
    }
}
