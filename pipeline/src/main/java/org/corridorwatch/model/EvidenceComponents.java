package org.corridorwatch.model;

import java.util.Arrays;

/**
 * Additive per-site statistics of each burn-evidence component, so pieces of one site found in different
 * tiles merge exactly (like {@link PixelStats}). For every {@link Component} the sum, maximum and number of
 * pixels where it was defined (SWIR indices are undefined without SWIR); for every {@link Carrier} the
 * number of pixels where it gave the pixel's evidence (the largest component evidence). Immutable.
 */
public final class EvidenceComponents implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** A measured component of a pixel's burn evidence; {@link #key()} names it in the outputs. */
    public enum Component {
        /** Evidence of the change index (dNBR with SWIR, dNIR without), 0..1. */
        INDEX_EVIDENCE("index_evidence"),
        /** Evidence of the darkening component (gates applied), 0..1. */
        DARKENING_EVIDENCE("darkening_evidence"),
        /** Evidence of the texture component (sensors without SWIR, when enabled), 0..1. */
        TEXTURE_EVIDENCE("texture_evidence"),
        /** Minimum relative darkening over blue, green, red and NIR, 1 − after/before ("at least this much darker in every band"). */
        DARKENING_MIN("darkening_min"),
        /** Mean relative darkening of blue, green and red. */
        DARKENING_VISIBLE("darkening_visible"),
        /** Relative darkening of NIR. */
        DARKENING_NIR("darkening_nir"),
        /** Mean relative darkening of SWIR1 and SWIR2 (negative: SWIR brightened, as it often does after a burn). */
        DARKENING_SWIR("darkening_swir"),
        /** dNBR2 = NBR2(before) − NBR2(after), NBR2 = (SWIR1 − SWIR2)/(SWIR1 + SWIR2); char lowers NBR2, wetting raises it. */
        DNBR2("dnbr2"),
        /** MIRBI(after) − MIRBI(before), MIRBI = 10 SWIR2 − 9.8 SWIR1 + 2 (Trigg and Flasse 2001); char raises it, bare soil does not. */
        DMIRBI("dmirbi"),
        /** BAIS2(after) − BAIS2(before) (Filipponi 2018; needs red-edge and SWIR); burns raise it. */
        DBAIS2("dbais2"),
        /** Change of local texture, ln(after 3×3 luminance spread / before's); negative = smoother after (char is uniform). */
        TEXTURE_CHANGE("texture_change"),
        /** Evidence of the mixed-strip component (char strips narrower than three pixels, unmixed), 0..1. */
        STRIP_EVIDENCE("strip_evidence"),
        /** Unmixed char fraction of a pixel: centred darkening / the darkening of full char (1 = pure char). */
        CHAR_FRACTION("char_fraction"),
        /**
         * 1 where open water (after-date NDWI at least {@code evidence.darkening.open_water_ndwi}) lies within
         * {@code water_edge_px} pixels, else 0: a site's mean is the share of it on the edge of standing water.
         */
        WATER_EDGE("water_edge"),
        /**
         * How much the ground around the pixel's burn region darkened: the median darkening index (smallest relative
         * darkening over green, red and NIR) of the pixels within 3 pixels of the region and in no region, less the
         * scene's centre ({@code change/evidence/RegionSurroundings}). About 0 around char; a cloud shadow darkens the
         * ground around the piece of it that passed the darkening's gates as much as the piece itself.
         */
        DARKENING_AROUND("darkening_around"),
        /**
         * 1 where the pixel passed the cloud-shade test of the pair mask (every band darker by the same ratio, NDVI and
         * colour kept) in a patch lying along the road, which was therefore left unmasked
         * ({@code change/mask/RoadShade}), else 0: a site's mean is the share of it that reads as shade to the mask.
         */
        ROAD_SHADE("road_shade"),
        /**
         * The share of the ground around the pixel's burn region (within 3 pixels of it, in no region) that the mask
         * took for cloud, cirrus or a cloud's shade ({@code change/evidence/RegionSurroundings#cloudBeside}): a site's
         * mean above 0 says it touches the cloud mask — a piece of shade beside its cloud, or char under a cloud's edge.
         */
        CLOUD_BESIDE("cloud_beside");

        private final String key;

        Component(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The component that gave a pixel its burn evidence. */
    public enum Carrier {
        /** the change index (dNBR or dNIR): vegetated ground */
        INDEX,
        /** the darkening in every band: bare and dry ground */
        DARKENING,
        /** texture with partial darkening (sensors without SWIR, when enabled) */
        TEXTURE,
        /** a strip of mixed char narrower than three pixels, unmixed against the before date */
        STRIP
    }

    private static final int K = Component.values().length;
    public static final EvidenceComponents EMPTY = new EvidenceComponents(new double[K], filled(K), new long[K],
            new long[Carrier.values().length]);

    private final double[] sum;
    private final double[] max;
    private final long[] count;
    private final long[] carried;

    private EvidenceComponents(double[] sum, double[] max, long[] count, long[] carried) {
        this.sum = sum;
        this.max = max;
        this.count = count;
        this.carried = carried;
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NEGATIVE_INFINITY);
        return a;
    }

    /** Mean of a component over the pixels where it was defined; NaN where it never was. */
    public double mean(Component c) {
        long n = count[c.ordinal()];
        return n == 0 ? Double.NaN : sum[c.ordinal()] / n;
    }

    /** Maximum of a component; NaN where it was never defined. */
    public double max(Component c) {
        return count[c.ordinal()] == 0 ? Double.NaN : max[c.ordinal()];
    }

    /** Pixels where the component was defined. */
    public long count(Component c) {
        return count[c.ordinal()];
    }

    /** Pixels whose evidence this carrier gave. */
    public long carried(Carrier c) {
        return carried[c.ordinal()];
    }

    /** Share of the carried pixels that this carrier gave, 0 when none. */
    public double carriedShare(Carrier c) {
        long total = Arrays.stream(carried).sum();
        return total == 0 ? 0 : (double) carried[c.ordinal()] / total;
    }

    /** The carrier of most pixels (ties: index before darkening before texture); null when there are none. */
    public Carrier mainCarrier() {
        Carrier best = null;
        for (Carrier c : Carrier.values()) {
            if (carried[c.ordinal()] > 0 && (best == null || carried[c.ordinal()] > carried[best.ordinal()])) {
                best = c;
            }
        }
        return best;
    }

    public EvidenceComponents plus(EvidenceComponents o) {
        double[] s = new double[K];
        double[] m = new double[K];
        long[] n = new long[K];
        for (int k = 0; k < K; k++) {
            s[k] = sum[k] + o.sum[k];
            m[k] = Math.max(max[k], o.max[k]);
            n[k] = count[k] + o.count[k];
        }
        long[] c = new long[carried.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = carried[k] + o.carried[k];
        }
        return new EvidenceComponents(s, m, n, c);
    }

    /** Accumulates pixels one by one; not thread-safe. */
    public static final class Builder {
        private final double[] sum = new double[K];
        private final double[] max = filled(K);
        private final long[] count = new long[K];
        private final long[] carried = new long[Carrier.values().length];

        /**
         * Adds one pixel: {@code values} in {@link Component} order (NaN = undefined there), and its carrier
         * (null when the pixel has no evidence).
         */
        public Builder add(float[] values, Carrier carrier) {
            for (int k = 0; k < K; k++) {
                float v = values[k];
                if (v == v) {
                    sum[k] += v;
                    max[k] = Math.max(max[k], v);
                    count[k]++;
                }
            }
            if (carrier != null) {
                carried[carrier.ordinal()]++;
            }
            return this;
        }

        public EvidenceComponents build() {
            return new EvidenceComponents(sum.clone(), max.clone(), count.clone(), carried.clone());
        }
    }
}
