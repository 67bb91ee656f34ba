package org.corridorwatch.change.evidence;

import org.corridorwatch.model.BandSet;
import org.corridorwatch.model.PixelGroups;
import org.corridorwatch.model.EvidenceComponents.Carrier;
import org.corridorwatch.model.EvidenceComponents.Component;

/**
 * The evidence components of single pixels of one tile, for the per-site statistics
 * ({@link org.corridorwatch.model.EvidenceComponents}): each component's evidence, the darkening of each
 * band group, the SWIR indices where the sensor has SWIR (dNBR2, dMIRBI, and dBAIS2 with red-edge) and the
 * texture change. Built once per tile that has burn regions; the texture change is computed at the pixels asked for.
 */
public final class PixelComponents {
    private static final int K = Component.values().length;
    private final BandSet before;
    private final BandSet after;
    private final EvidenceMap e;
    private final boolean swir;
    private final boolean rededge;
    private final float openWaterNdwi;
    private final int waterEdgePx;
    private boolean[] waterEdge;
    private final float[] around;
    private final boolean[] roadShade;
    private final float[] cloudBeside;

    /** {@code before}/{@code after} are the tile's bands as used for {@code evidence} (aligned, normalised). */
    public PixelComponents(BandSet before, BandSet after, EvidenceMap evidence) {
        this(before, after, evidence, CharDarkening.Parameters.DEFAULTS);
    }

    /** As above, open water and its edge as {@code darkening} defines them. */
    public PixelComponents(BandSet before, BandSet after, EvidenceMap evidence, CharDarkening.Parameters darkening) {
        this(before, after, evidence, darkening, null);
    }

    /**
     * As above, with the darkening around each pixel's burn region ({@link RegionSurroundings#darkeningAround}; null =
     * not measured, NaN).
     */
    public PixelComponents(BandSet before, BandSet after, EvidenceMap evidence, CharDarkening.Parameters darkening,
                           float[] around) {
        this(before, after, evidence, darkening, around, null, null);
    }

    /**
     * As above, with the pixels the mask took for a cloud's shade but left unmasked because their patch lies along the
     * road ({@code roadShade}, {@link org.corridorwatch.change.mask.RoadShade}; null = none) and the share of the ground
     * around each pixel's burn region that the mask took for cloud or shade ({@code cloudBeside},
     * {@link RegionSurroundings#cloudBeside}; null = not measured, NaN).
     */
    public PixelComponents(BandSet before, BandSet after, EvidenceMap evidence, CharDarkening.Parameters darkening,
                           float[] around, boolean[] roadShade, float[] cloudBeside) {
        this.cloudBeside = cloudBeside;
        this.around = around;
        this.roadShade = roadShade;
        this.before = before;
        this.after = after;
        this.e = evidence;
        this.openWaterNdwi = (float) darkening.openWaterNdwi();
        this.waterEdgePx = darkening.waterEdgePx();
        this.swir = before.swir1() != null && before.swir2() != null && after.swir1() != null && after.swir2() != null;
        this.rededge = swir && before.rededge() != null && after.rededge() != null;
    }

    /** A new array of {@link Component} values of pixel {@code i} (NaN = undefined for this sensor or pixel). */
    public float[] at(int i) {
        float[] v = new float[K];
        v[Component.INDEX_EVIDENCE.ordinal()] = e.indexEvidence()[i];
        v[Component.DARKENING_EVIDENCE.ordinal()] = e.darkEvidence()[i];
        v[Component.TEXTURE_EVIDENCE.ordinal()] = e.textureEvidence() == null ? Float.NaN : e.textureEvidence()[i];
        v[Component.DARKENING_MIN.ordinal()] = CharDarkening.minDarkening(before, after, i);
        v[Component.DARKENING_VISIBLE.ordinal()] = (CharDarkening.bandDarkening(before.blue()[i], after.blue()[i])
                + CharDarkening.bandDarkening(before.green()[i], after.green()[i])
                + CharDarkening.bandDarkening(before.red()[i], after.red()[i])) / 3f;
        v[Component.DARKENING_NIR.ordinal()] = CharDarkening.bandDarkening(before.nir()[i], after.nir()[i]);
        float nan = Float.NaN;
        v[Component.DARKENING_SWIR.ordinal()] = !swir ? nan
                : (CharDarkening.bandDarkening(before.swir1()[i], after.swir1()[i])
                + CharDarkening.bandDarkening(before.swir2()[i], after.swir2()[i])) / 2f;
        v[Component.DNBR2.ordinal()] = e.dNbr2() == null ? nan : e.dNbr2()[i];
        v[Component.DMIRBI.ordinal()] = !swir ? nan
                : mirbi(after.swir1()[i], after.swir2()[i]) - mirbi(before.swir1()[i], before.swir2()[i]);
        v[Component.DBAIS2.ordinal()] = !rededge ? nan
                : SpectralIndices.bais2(after.red()[i], after.rededge()[i], after.nir()[i], after.swir2()[i])
                - SpectralIndices.bais2(before.red()[i], before.rededge()[i], before.nir()[i], before.swir2()[i]);
        v[Component.TEXTURE_CHANGE.ordinal()] = e.textureChange() != null ? e.textureChange()[i]
                : TextureChange.at(before, after, i);
        v[Component.STRIP_EVIDENCE.ordinal()] = e.stripEvidence() == null ? nan : e.stripEvidence()[i];
        v[Component.CHAR_FRACTION.ordinal()] = e.charFraction() == null ? nan : e.charFraction()[i];
        v[Component.WATER_EDGE.ordinal()] = waterEdge()[i] ? 1f : 0f;
        v[Component.DARKENING_AROUND.ordinal()] = around == null ? nan : around[i];
        v[Component.ROAD_SHADE.ordinal()] = roadShade != null && roadShade[i] ? 1f : 0f;
        v[Component.CLOUD_BESIDE.ordinal()] = cloudBeside == null ? nan : cloudBeside[i];
        return v;
    }

    /**
     * Pixels within {@code water_edge_px} (square window) of open water on the after date, computed once per tile: the
     * NDWI = (green − NIR)/(green + NIR) of clear water is +0.3…+0.45, char and bare ground keep NIR above green.
     */
    private boolean[] waterEdge() {
        if (waterEdge == null) {
            waterEdge = waterEdge(after, openWaterNdwi, waterEdgePx);
        }
        return waterEdge;
    }

    /** Pixels of {@code after} with open water (NDWI at least {@code ndwi}) within {@code r} pixels (square window). */
    static boolean[] waterEdge(BandSet after, float ndwi, int r) {
        int n = after.width() * after.height();
        boolean[] water = new boolean[n];
        float[] g = after.green();
        float[] nir = after.nir();
        for (int i = 0; i < n; i++) {
            water[i] = SpectralIndices.ndwi(g[i], nir[i]) >= ndwi;
        }
        return PixelGroups.dilate(water, after.width(), after.height(), r);
    }

    /**
     * The component whose evidence is the pixel's evidence (the largest; ties: index, darkening, texture, strip);
     * null without evidence.
     */
    public Carrier carrier(int i) {
        float ix = e.indexEvidence()[i];
        float dk = e.darkEvidence()[i];
        float tx = e.textureEvidence() == null ? 0f : e.textureEvidence()[i];
        float st = e.stripEvidence() == null ? 0f : e.stripEvidence()[i];
        if (!(ix > 0) && !(dk > 0) && !(tx > 0) && !(st > 0)) {
            return null;
        }
        if (st > ix && st > dk && st > tx) {
            return Carrier.STRIP;
        }
        if (ix >= dk && ix >= tx) {
            return Carrier.INDEX;
        }
        return dk >= tx ? Carrier.DARKENING : Carrier.TEXTURE;
    }

    /** MIRBI = 10 SWIR2 − 9.8 SWIR1 + 2 (Trigg and Flasse 2001), reflectance. */
    public static float mirbi(float swir1, float swir2) {
        return 10f * swir2 - 9.8f * swir1 + 2f;
    }
}
