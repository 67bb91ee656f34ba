package org.corridorwatch.change.regions;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.change.evidence.EvidenceMap;
import org.corridorwatch.evaluate.PixelAgreement;
import org.corridorwatch.model.PixelGroups;

/**
 * Connected regions of burn evidence by hysteresis: pixels at or above {@code weakEvidence} are grouped
 * into 8-connected (or 4-connected) components; a component is kept when it holds at least one pixel at
 * {@code strongEvidence} (a seed) and at least {@code minPixels} pixels. Strong seeds thus grow into
 * their weaker neighbours, while weak speckle with no strong core is dropped. On coarse pixels the regions' mixed
 * edge ({@link RegionRim}) is marked beside them: part of the burned area, not of any region.
 */
public final class BurnRegions {

    /**
     * @param weakEvidence   evidence from which a pixel may join a region
     * @param strongEvidence evidence a region needs at least once (its seed)
     * @param minPixels      smaller regions are removed
     * @param eightConnected 8-connectivity (diagonal neighbours join) rather than 4
     * @param neckMaxGsdM    on pixels no larger than this (metres), regions joined only by a neck one or two pixels wide
     *                       are split ({@link RegionNecks}); 0 = never
     * @param neckMinPartM2  ... into bodies of at least this area each
     * @param neckMinLengthM ... joined by a neck at least this long (a shorter pinch keeps them one region)
     * @param rimEvidence    on pixels of at least {@code rimMinGsdM}, a pixel beside a region with at least this evidence is
     *                       its mixed edge ({@link RegionRim}); 0 = none
     * @param rimMinGsdM     ... pixels of at least this size (metres)
     */
    public record Parameters(double weakEvidence, double strongEvidence, int minPixels, boolean eightConnected,
                             double neckMaxGsdM, double neckMinPartM2, double neckMinLengthM, double rimEvidence,
                             double rimMinGsdM) {
        public static final double DEFAULT_WEAK_EVIDENCE = EvidenceMap.WEAK;
        public static final double DEFAULT_STRONG_EVIDENCE = EvidenceMap.STRONG;
        public static final int DEFAULT_MIN_PIXELS = 5;
        public static final boolean DEFAULT_EIGHT_CONNECTED = true;
        public static final double DEFAULT_NECK_MAX_GSD_M = 5.0;
        public static final double DEFAULT_NECK_MIN_PART_M2 = 1000;
        public static final double DEFAULT_NECK_MIN_LENGTH_M = 30;
        public static final double DEFAULT_RIM_EVIDENCE = 0.4;
        public static final double DEFAULT_RIM_MIN_GSD_M = 8;
        public static final Parameters DEFAULTS = new Parameters(DEFAULT_WEAK_EVIDENCE, DEFAULT_STRONG_EVIDENCE,
                DEFAULT_MIN_PIXELS, DEFAULT_EIGHT_CONNECTED, DEFAULT_NECK_MAX_GSD_M, DEFAULT_NECK_MIN_PART_M2,
                DEFAULT_NECK_MIN_LENGTH_M, DEFAULT_RIM_EVIDENCE, DEFAULT_RIM_MIN_GSD_M);

        /** These settings without the neck split and the mixed edge. */
        public Parameters(double weakEvidence, double strongEvidence, int minPixels, boolean eightConnected) {
            this(weakEvidence, strongEvidence, minPixels, eightConnected, 0, DEFAULT_NECK_MIN_PART_M2,
                    DEFAULT_NECK_MIN_LENGTH_M, 0, DEFAULT_RIM_MIN_GSD_M);
        }

        public Parameters {
            if (!(weakEvidence > 0 && strongEvidence >= weakEvidence && strongEvidence <= 1)) {
                throw new IllegalArgumentException("need 0 < weakEvidence <= strongEvidence <= 1");
            }
            if (minPixels < 1) {
                throw new IllegalArgumentException("minPixels must be >= 1: " + minPixels);
            }
            if (!(neckMaxGsdM >= 0) || !(neckMinPartM2 > 0) || !(neckMinLengthM >= 0)) {
                throw new IllegalArgumentException("need neckMaxGsdM >= 0, neckMinPartM2 > 0 and neckMinLengthM >= 0");
            }
            if (!(rimEvidence >= 0 && rimEvidence <= weakEvidence) || !(rimMinGsdM >= 0)) {
                throw new IllegalArgumentException("need 0 <= rimEvidence <= weakEvidence (0 = no mixed edge) and rimMinGsdM >= 0");
            }
        }
    }

    /**
     * @param labels  per pixel the {@link BurnRegion#label()} of its region, 0 outside every kept region
     * @param regions kept regions, in label order
     * @param edge    per pixel true on the regions' mixed edge ({@link RegionRim}); null when none was sought
     */
    public record Result(int width, int height, int[] labels, List<BurnRegion> regions, boolean[] edge) {
        /** Inside a region. */
        public static final float MASK_REGION = 1f;
        /** On a region's mixed edge: burnt in part, counted in the burned area but in no region. */
        public static final float MASK_EDGE = 2f;

        /**
         * Burned-area mask: {@link #MASK_REGION} inside a kept region, {@link #MASK_EDGE} on the mixed edge, 0 elsewhere
         * (for writing, or for {@link PixelAgreement}, which counts both as burnt).
         */
        public float[] mask() {
            float[] m = new float[labels.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = labels[i] > 0 ? MASK_REGION : edge != null && edge[i] ? MASK_EDGE : 0f;
            }
            return m;
        }

        public int burnedPixels() {
            int n = 0;
            for (int l : labels) {
                if (l > 0) {
                    n++;
                }
            }
            return n;
        }
    }

    private BurnRegions() {
    }

    public static Result extract(EvidenceMap e, double pixelAreaM2) {
        return extract(e, pixelAreaM2, Parameters.DEFAULTS);
    }

    /** Regions of a tile's evidence; {@code pixelAreaM2} may be NaN (areas then NaN). */
    public static Result extract(EvidenceMap e, double pixelAreaM2, Parameters p) {
        int w = e.width();
        int h = e.height();
        int n = w * h;
        float[] ev = e.evidence();
        float weak = (float) p.weakEvidence();
        float strong = (float) p.strongEvidence() - 1e-6f;
        int[] comp = new int[n];
        int[] queue = new int[n];
        boolean[] member = new boolean[n];
        for (int i = 0; i < n; i++) {
            member[i] = ev[i] >= weak;
        }
        // pass 1: components of weak pixels; remember size and whether a strong seed is inside
        int count = 0;
        int[] sizes = new int[16];
        boolean[] seeded = new boolean[16];
        for (int start = 0; start < n; start++) {
            if (comp[start] != 0 || !member[start]) {
                continue;
            }
            count++;
            if (count == sizes.length) {
                sizes = java.util.Arrays.copyOf(sizes, count * 2);
                seeded = java.util.Arrays.copyOf(seeded, count * 2);
            }
            int tail = PixelGroups.grow(start, member, comp, queue, count, w, h, p.eightConnected());
            boolean seed = false;
            for (int k = 0; k < tail && !seed; k++) {
                seed = ev[queue[k]] >= strong;
            }
            sizes[count] = tail;
            seeded[count] = seed;
        }
        // relabel kept components 1..k
        int[] newLabel = new int[count + 1];
        int kept = 0;
        for (int c = 1; c <= count; c++) {
            if (seeded[c] && sizes[c] >= p.minPixels()) {
                newLabel[c] = ++kept;
            }
        }
        int[] labels = comp; // reuse
        for (int i = 0; i < n; i++) {
            labels[i] = labels[i] == 0 ? 0 : newLabel[labels[i]];
        }
        double gsd = Math.sqrt(pixelAreaM2);
        if (kept > 0 && gsd <= p.neckMaxGsdM()) { // regions joined by a neck one or two pixels wide: split
            labels = RegionNecks.split(labels, w, h, kept, (int) Math.ceil(p.neckMinPartM2() / pixelAreaM2),
                    (int) Math.ceil(p.neckMinLengthM() / gsd));
            kept = RegionNecks.count(labels);
        }
        int[] regionSize = new int[kept + 1];
        for (int i = 0; i < n; i++) {
            regionSize[labels[i]]++;
        }
        boolean[] edge = p.rimEvidence() > 0 && gsd >= p.rimMinGsdM() && kept > 0
                ? RegionRim.edge(labels, ev, w, h, p.rimEvidence()) : null;
        return new Result(w, h, labels, features(e, labels, kept, regionSize, pixelAreaM2, (float) p.strongEvidence() - 1e-6f),
                edge);
    }

    private static List<BurnRegion> features(EvidenceMap e, int[] labels, int k, int[] size, double pixelArea,
                                             float strong) {
        int w = e.width();
        int n = labels.length;
        double[] sumC = new double[k + 1];
        double[] maxC = new double[k + 1];
        double[] sumE = new double[k + 1];
        double[] sumD = new double[k + 1];
        int[] nD = new int[k + 1];
        int[] nStrong = new int[k + 1];
        double[] sx = new double[k + 1];
        double[] sy = new double[k + 1];
        double[] sxx = new double[k + 1];
        double[] syy = new double[k + 1];
        double[] sxy = new double[k + 1];
        int[] minC = new int[k + 1];
        int[] minR = new int[k + 1];
        int[] maxCol = new int[k + 1];
        int[] maxR = new int[k + 1];
        java.util.Arrays.fill(maxC, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(minC, Integer.MAX_VALUE);
        java.util.Arrays.fill(minR, Integer.MAX_VALUE);
        int[][] pix = new int[k + 1][];
        int[] fill = new int[k + 1];
        for (int l = 1; l <= k; l++) {
            pix[l] = new int[size[l]];
        }
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l == 0) {
                continue;
            }
            int x = i % w;
            int y = i / w;
            double cx = x + 0.5;
            double cy = y + 0.5;
            float c = e.change()[i];
            sumC[l] += c;
            maxC[l] = Math.max(maxC[l], c);
            sumE[l] += e.evidence()[i];
            if (e.evidence()[i] >= strong) {
                nStrong[l]++;
            }
            float d = e.darkening()[i];
            if (!Float.isNaN(d)) {
                sumD[l] += d;
                nD[l]++;
            }
            sx[l] += cx;
            sy[l] += cy;
            sxx[l] += cx * cx;
            syy[l] += cy * cy;
            sxy[l] += cx * cy;
            minC[l] = Math.min(minC[l], x);
            minR[l] = Math.min(minR[l], y);
            maxCol[l] = Math.max(maxCol[l], x);
            maxR[l] = Math.max(maxR[l], y);
            pix[l][fill[l]++] = i;
        }
        List<BurnRegion> out = new ArrayList<>(k);
        for (int l = 1; l <= k; l++) {
            double m = size[l];
            double mx = sx[l] / m;
            double my = sy[l] / m;
            // central moments; + 1/12 for the extent of a unit pixel
            double mu20 = sxx[l] / m - mx * mx + 1.0 / 12;
            double mu02 = syy[l] / m - my * my + 1.0 / 12;
            double mu11 = sxy[l] / m - mx * my;
            double tr = mu20 + mu02;
            double disc = Math.sqrt(Math.max(0, (mu20 - mu02) * (mu20 - mu02) / 4 + mu11 * mu11));
            double l1 = tr / 2 + disc;
            double l2 = Math.max(1e-12, tr / 2 - disc);
            double thetaImage = 0.5 * Math.atan2(2 * mu11, mu20 - mu02); // y down
            double deg = Math.toDegrees(-thetaImage); // y up, as on a north-up map
            deg = ((deg % 180) + 180) % 180;
            out.add(new BurnRegion(l, size[l], Double.isNaN(pixelArea) ? Double.NaN : size[l] * pixelArea,
                    sumC[l] / m, maxC[l], sumE[l] / m, nStrong[l], nD[l] == 0 ? Double.NaN : sumD[l] / nD[l],
                    mx, my, deg, Math.sqrt(l1 / l2), minC[l], minR[l], maxCol[l], maxR[l], pix[l], w));
        }
        return out;
    }
}
