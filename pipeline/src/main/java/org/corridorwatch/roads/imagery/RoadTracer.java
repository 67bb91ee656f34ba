package org.corridorwatch.roads.imagery;

import java.util.Arrays;

/**
 * Finds the road along a prior line on a decimated grid: the search band (cells within the search half-width of the
 * prior, with data), its road-likeness cost surface, the least-cost path from the band's boundary near the prior's
 * start to its boundary near the prior's end, and the path cut into accepted and refused stretches
 * ({@link StretchCutter}).
 */
public final class RoadTracer {
    /**
     * The share of the band's chainage span at each end whose boundary cells are entries / exits of the path (on the
     * scene's outline: the first / last half).
     */
    static final double END_ZONE = 0.1;
    /**
     * Cost of each cell of chainage an entry or exit of the path skips: below the 1.01 of a cell with no support, so
     * the path ends where the road leaves the scene rather than run on along unsupported ground (the scene's edge, a
     * field) to the end zone (1.0 did the same on the tuning seeds 8500-8511, a share within 30 m of 0.578 against
     * 0.584), above the cost of a road of support 0.3 or more, so it does not skip a road it can follow.
     */
    static final double SKIPPED_COST = 0.7;
    /** Grids larger than this many cells are searched coarse first (1.5 M cells: 24.5 km square at 20 m). */
    static final long COARSE_ABOVE_CELLS = 1_500_000;
    /** How much coarser the first search's grid is. */
    static final int COARSE_FACTOR = 2;
    /** The full-resolution search reaches this far beyond {@code rival_to_m} from the coarse path, metres. */
    static final double REFINE_M = 300;
    /**
     * Contrast scale of the similarity-to-the-road channel: a ridge of 0.05 in similarity is one sigma (its own robust
     * sigma is ~0, as the similarity is ~0 over most of the ground, and made any faint ridge a road; 0.1 gave back
     * most of the gain on the tuning seeds, 0.05 kept it without that).
     */
    static final double MATCH_SIGMA = 0.05;
    /** A cell within this many cells of the prior counts for the prior's own support ({@link PriorOnRoad}). */
    static final double PRIOR_REACH_CELLS = 1.0;
    private final ImageryRoadParameters p;
    private final StretchCutter cutter;
    private final int threads;

    public RoadTracer(ImageryRoadParameters parameters) {
        this(parameters, 1);
    }

    /** As above, computing the road-likeness on {@code threads} threads (the result is the same for any number). */
    public RoadTracer(ImageryRoadParameters parameters, int threads) {
        this.p = parameters;
        this.cutter = new StretchCutter(parameters);
        this.threads = Math.max(1, threads);
    }

    /**
     * The pixels of one scene around one prior line.
     *
     * @param width     grid width, cells
     * @param height    grid height, cells
     * @param cellM     cell size, metres
     * @param channels  bands to measure road-likeness on (visible mean, NIR, SWIR...; row-major, NaN = no data)
     * @param cloud     cloud in the before date per cell, or null
     * @param priorCols the prior line's vertex columns (cell coordinates), in its direction of travel
     * @param priorRows its vertex rows
     */
    public record Scene(int width, int height, double cellM, float[][] channels, boolean[] cloud, double[] priorCols,
                        double[] priorRows) {
    }

    /**
     * The road along the prior; none, and the prior kept, when the prior itself lies on a visible road (its own support,
     * {@link PriorOnRoad}, measured on the first search's road-likeness, at least {@code prior_on_road_support}). On a
     * grid of more than {@link #COARSE_ABOVE_CELLS} cells the path is first found on a grid {@link #COARSE_FACTOR} times
     * coarser (cells averaged), then again at full resolution only within
     * {@code rival_to_m} + {@link #REFINE_M} of it, where it is also judged.
     */
    public TracedRoad trace(Scene s) {
        Search first = traceOnce(s, null, null, true);
        if (first.priorSupport() >= p.priorOnRoadSupport()) {
            return TracedRoad.priorOnRoad(s.cellM(), first.priorSupport());
        }
        if (p.signatureTolerance() <= 0 || first.road().isEmpty()) {
            return first.road();
        }
        // the second search: the surface of the stretches accepted by the first is a channel of its own, and a
        // stretch must match it
        RoadSignature sig = RoadSignature.learn(first.road(), s.channels(), s.width(), s.cloud());
        if (sig == null) {
            return first.road();
        }
        float[] match = sig.match(s.channels(), p.signatureTolerance());
        float[][] ch = Arrays.copyOf(s.channels(), s.channels().length + 1);
        ch[ch.length - 1] = match;
        return traceOnce(new Scene(s.width(), s.height(), s.cellM(), ch, s.cloud(), s.priorCols(), s.priorRows()),
                match, first.filtered(), false).road();
    }

    /**
     * The road found by one search, and the line filter of its channels where it searched the whole band (or the
     * coarse grid), for a second search on the same grid to reuse (null: none).
     */
    record Search(TracedRoad road, float[] filtered, double priorSupport) {
    }

    /**
     * One search on {@code s}; {@code match} (or null) is the similarity to the road's surface stretches must reach
     * (the last channel), {@code filtered} (or null) the first search's line filter of the other channels. When
     * {@code mayKeepPrior} and the prior's own support keeps it ({@link #trace}), the search stops there (no path).
     */
    private Search traceOnce(Scene s, float[] match, float[] filtered, boolean mayKeepPrior) {
        if ((long) s.width() * s.height() > COARSE_ABOVE_CELLS && s.width() >= 16 * COARSE_FACTOR
                && s.height() >= 16 * COARSE_FACTOR) {
            Scene coarse = coarsened(s, COARSE_FACTOR);
            Traced c = path(coarse, null, match != null, filtered, mayKeepPrior);
            if (c == null || c.path() == null) {
                return new Search(TracedRoad.none(s.cellM()), null, c == null ? Double.NaN : c.priorSupport());
            }
            boolean[] tube = CoarseGrid.tube(c.path(), coarse.width(), COARSE_FACTOR, s.width(), s.height(),
                    (int) Math.ceil((p.rivalToM() + REFINE_M) / s.cellM()));
            Traced f = path(s, tube, match != null, null, false);
            return new Search(f == null ? TracedRoad.none(s.cellM()) : cutter.cut(f.path(), s.width(), f.z(),
                    s.cloud(), f.dist(), s.cellM(), s.channels(), match), c.filtered(), c.priorSupport());
        }
        Traced t = path(s, null, match != null, filtered, mayKeepPrior);
        if (t != null && t.path() == null) {
            return new Search(TracedRoad.none(s.cellM()), null, t.priorSupport());
        }
        return t == null ? new Search(TracedRoad.none(s.cellM()), null, Double.NaN) : new Search(cutter.cut(t.path(),
                s.width(), t.z(), s.cloud(), t.dist(), s.cellM(), s.channels(), match), t.filtered(), t.priorSupport());
    }

    /** {@code s} averaged over f x f blocks. */
    private static Scene coarsened(Scene s, int f) {
        float[][] ch = new float[s.channels().length][];
        for (int b = 0; b < ch.length; b++) {
            ch[b] = s.channels()[b] == null ? null : CoarseGrid.averaged(s.channels()[b], s.width(), s.height(), f);
        }
        double[] pc = s.priorCols().clone();
        double[] pr = s.priorRows().clone();
        for (int i = 0; i < pc.length; i++) {
            pc[i] /= f;
            pr[i] /= f;
        }
        return new Scene(s.width() / f, s.height() / f, s.cellM() * f, ch,
                s.cloud() == null ? null : CoarseGrid.majority(s.cloud(), s.width(), s.height(), f), pc, pr);
    }

    /**
     * A least-cost path with the road-likeness (sigmas) and distance to the prior (cells) of the grid it was found on,
     * and the line filter of the first search's channels on the whole grid (no similarity channel, before the edges
     * were cleared; null when the search had one or was confined to a tube) for a second search to reuse, and the
     * prior's own support on that first search (NaN in the others, where it is not read). Only the support (the
     * rest null) when the prior was kept before a path was searched.
     */
    record Traced(int[] path, float[] z, float[] dist, float[] filtered, double priorSupport) {
        static Traced priorKept(double support) {
            return new Traced(null, null, null, null, support);
        }
    }

    /**
     * The least-cost path on {@code s} within {@code within} (null: the whole search band), or null when there is
     * none; road-likeness is computed only there (everywhere when {@code within} is null); when {@code lastIsMatch}
     * the last channel is the similarity to the road (contrast scale {@link #MATCH_SIGMA}). {@code filtered} (or null)
     * is the first search's line filter of the other channels on the same domain (the whole band is the same in both
     * searches), reused instead of filtering them again. When {@code mayKeepPrior} (the first search over the whole
     * band), the prior is judged first, on the road-likeness of the cells its support counts only (the same numbers as
     * over the whole band: each channel's contrast is still measured over the band), and when that keeps it, the
     * search ends there ({@link Traced#priorKept}).
     */
    private Traced path(Scene s, boolean[] within, boolean lastIsMatch, float[] filtered, boolean mayKeepPrior) {
        int w = s.width();
        int h = s.height();
        int n = w * h;
        double halfCells = p.searchHalfWidthM() / s.cellM();
        float[] dist = new float[n];
        float[] chain = new float[n];
        boolean[] domain = new boolean[n];
        float[] first = s.channels()[0];
        double chMin = Double.POSITIVE_INFINITY;
        double chMax = Double.NEGATIVE_INFINITY;
        PriorLine prior = new PriorLine(s.priorCols(), s.priorRows());
        double[] f = new double[2];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int i = r * w + c;
                if (within != null && !within[i]) {
                    dist[i] = Float.NaN;
                    continue;
                }
                prior.foot(c + 0.5, r + 0.5, f);
                dist[i] = (float) f[0];
                chain[i] = (float) f[1];
                domain[i] = f[0] <= halfCells && !Float.isNaN(first[i]) && (within == null || within[i]);
                if (domain[i]) {
                    chMin = Math.min(chMin, f[1]);
                    chMax = Math.max(chMax, f[1]);
                }
            }
        }
        double stretchCells = p.stretchM() / s.cellM();
        if (!(chMax - chMin >= 2 * stretchCells)) {
            return null;
        }
        // the filter's lines and side lines reach ~140 m: near no data (a swath edge) they see a half-empty
        // neighbourhood, and an edge of data looks like a line; no support there (at the grid's border the filter has
        // no samples beyond it and answers 0 itself: no support taken from the road running into the border, issue 15q)
        boolean[] near = RoadLikeness.nearEdge(first, w, h, (int) Math.ceil((RoadLikeness.HALF_LENGTH_M
                + RoadLikeness.SIDE_OFFSETS_M[RoadLikeness.SIDE_OFFSETS_M.length - 1]) / s.cellM()));
        // the first search over the whole band: its line filter is reused by the second, and the prior is judged on it
        boolean firstOverBand = !lastIsMatch && within == null;
        // the prior's own support, on the road-likeness of the cells it counts (the same numbers as over the band)
        double priorSupport = firstOverBand && mayKeepPrior
                ? priorSupport(priorRoad(s, dist, domain, near), dist, chain, domain, near, s.cloud()) : Double.NaN;
        if (priorSupport >= p.priorOnRoadSupport()) {
            return Traced.priorKept(priorSupport);
        }
        float[] z = road(s, domain, lastIsMatch, filtered);
        float[] reusable = firstOverBand ? z.clone() : null;
        for (int i = 0; i < n; i++) {
            if (near[i] && !Float.isNaN(z[i])) {
                z[i] = 0;
            }
        }
        float[] cost = RoadLikeness.cost(z, s.cloud());
        if (lastIsMatch) {
            matchWeighted(cost, z, s.cloud(), s.channels()[s.channels().length - 1]);
        }
        float[] entry = new float[n];
        float[] exit = new float[n];
        Arrays.fill(entry, Float.NaN);
        Arrays.fill(exit, Float.NaN);
        double span = chMax - chMin;
        for (int i = 0; i < n; i++) {
            if (!domain[i]) {
                cost[i] = Float.NaN;
            } else if (boundary(domain, w, h, i)) {
                // the road enters and leaves where it crosses the scene's outline, anywhere in the first / last half of
                // the chainage (the band's other edges only in the end zones, as where the prior ends in the scene);
                // the chainage it skips has a cost (SKIPPED_COST)
                boolean outline = outline(first, w, h, i);
                double fromStart = chain[i] - chMin;
                double toEnd = chMax - chain[i];
                if (fromStart <= END_ZONE * span || outline && fromStart <= span / 2) {
                    entry[i] = (float) (SKIPPED_COST * fromStart);
                }
                if (toEnd <= END_ZONE * span || outline && toEnd < span / 2) {
                    exit[i] = (float) (SKIPPED_COST * toEnd);
                }
            }
        }
        int[] path = LeastCostPath.find(cost, w, h, entry, exit);
        return path.length < 3 ? null : new Traced(path, z, dist, reusable, priorSupport);
    }

    /**
     * The first search's road-likeness at the cells the prior's own support counts (in the band, away from the grid's
     * edges, within {@link #PRIOR_REACH_CELLS} of the prior), NaN elsewhere: there the same numbers as {@link #road}'s
     * over the whole band.
     */
    private float[] priorRoad(Scene s, float[] dist, boolean[] domain, boolean[] near) {
        boolean[] at = new boolean[domain.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = domain[i] && !near[i] && dist[i] <= PRIOR_REACH_CELLS;
        }
        return RoadLikeness.sigmas(s.channels(), s.width(), s.height(), s.cellM(), at, domain,
                new double[s.channels().length], threads);
    }

    /** The prior's own support ({@link PriorOnRoad}) over the band's cells away from the grid's edges. */
    private static double priorSupport(float[] z, float[] dist, float[] chain, boolean[] domain, boolean[] near,
                                       boolean[] cloud) {
        boolean[] away = new boolean[z.length];
        for (int i = 0; i < z.length; i++) {
            away[i] = domain[i] && !near[i];
        }
        return PriorOnRoad.support(z, dist, chain, away, cloud, PRIOR_REACH_CELLS);
    }

    /**
     * The second search's cost: a cell's support counts times its similarity to the road's surface, so field-margin
     * texture as road-like as the road but unlike its surface no longer draws the path off a fainter stretch of the
     * road (on the tuning scenes the path left the road there for 0.4-6 km, refused as winding or unlike the road's
     * surface; cloud and no data cost as before).
     */
    private static void matchWeighted(float[] cost, float[] z, boolean[] cloud, float[] match) {
        for (int i = 0; i < cost.length; i++) {
            if (Float.isNaN(cost[i]) || cloud != null && cloud[i] || Float.isNaN(match[i])) {
                continue;
            }
            cost[i] = (float) (0.01 + 1 - RoadLikeness.support(z[i]) * Math.min(1, match[i]));
        }
    }

    /**
     * Road-likeness on {@code domain}: of every channel, or (second search, {@code filtered} given) the first search's
     * of its channels and that of the similarity channel, the larger (the same numbers: each cell's response is the
     * largest over channels, each channel scaled by its own contrast).
     */
    private float[] road(Scene s, boolean[] domain, boolean lastIsMatch, float[] filtered) {
        int nc = s.channels().length;
        double[] fixedSigma = new double[nc];
        if (!lastIsMatch || filtered == null) {
            if (lastIsMatch) {
                fixedSigma[nc - 1] = MATCH_SIGMA;
            }
            return RoadLikeness.sigmas(s.channels(), s.width(), s.height(), s.cellM(), domain, fixedSigma, threads);
        }
        float[] zq = RoadLikeness.sigmas(new float[][] {s.channels()[nc - 1]}, s.width(), s.height(), s.cellM(), domain,
                new double[] {MATCH_SIGMA}, threads);
        float[] z = filtered.clone();
        for (int i = 0; i < z.length; i++) {
            if (Float.isNaN(z[i]) || zq[i] > z[i]) {
                z[i] = zq[i];
            }
        }
        return z;
    }

    /** True when cell {@code i} is on the grid's border or next to no data: on the outline of the scene's data. */
    private static boolean outline(float[] data, int w, int h, int i) {
        int r = i / w;
        int c = i % w;
        return c == 0 || r == 0 || c == w - 1 || r == h - 1 || Float.isNaN(data[i - 1]) || Float.isNaN(data[i + 1])
                || Float.isNaN(data[i - w]) || Float.isNaN(data[i + w]);
    }

    private static boolean boundary(boolean[] domain, int w, int h, int i) {
        int r = i / w;
        int c = i % w;
        return c == 0 || r == 0 || c == w - 1 || r == h - 1 || !domain[i - 1] || !domain[i + 1] || !domain[i - w]
                || !domain[i + w];
    }
}
