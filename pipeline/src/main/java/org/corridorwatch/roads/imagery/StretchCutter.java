package org.corridorwatch.roads.imagery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a least-cost path into accepted and refused stretches: the path's staircase of cells smoothed, then each
 * vertex judged by its windowed and local support, cloud, winding, a parallel rival, the similarity to the road's
 * surface and the cross-profile of the image, and each refused run given its reason.
 */
final class StretchCutter {
    /** Half-width of the moving average that smooths the staircase of path cells, cells. */
    static final int SMOOTH_HALF = 2;
    /** Cells of the local window every accepted vertex must also pass. */
    static final int LOCAL_WINDOW = 5;
    /** Share of {@code min_support} the local window must reach. */
    static final double LOCAL_SUPPORT_SHARE = 0.7;
    private final ImageryRoadParameters p;

    StretchCutter(ImageryRoadParameters parameters) {
        this.p = parameters;
    }

    /**
     * Smooths the path (grid cells of width {@code w}) and cuts it into stretches by windowed support ({@code z},
     * sigmas), cloud, winding, a parallel rival, the similarity {@code match} to the road's surface (null: not
     * tested) and the cross-profile of {@code channels} (null: not tested); {@code dist} is each cell's distance to
     * the prior, cells.
     */
    TracedRoad cut(int[] path, int w, float[] z, boolean[] cloud, float[] dist, double cellM, float[][] channels,
                   float[] match) {
        int m = path.length;
        double[] cols = new double[m];
        double[] rows = new double[m];
        double[] sup = new double[m];
        double[] cl = new double[m];
        double[] off = new double[m];
        double[] like = new double[m];
        for (int k = 0; k < m; k++) {
            int i = path[k];
            like[k] = match == null || Float.isNaN(match[i]) ? 1 : match[i];
            boolean cloudy = cloud != null && cloud[i];
            cl[k] = cloudy ? 1 : 0;
            sup[k] = cloudy ? 0 : RoadLikeness.support(z[i]);
            off[k] = dist[i] * cellM;
        }
        for (int k = 0; k < m; k++) {
            double sc = 0;
            double sr = 0;
            int cnt = 0;
            for (int j = Math.max(0, k - SMOOTH_HALF); j <= Math.min(m - 1, k + SMOOTH_HALF); j++) {
                sc += path[j] % w + 0.5;
                sr += path[j] / w + 0.5;
                cnt++;
            }
            cols[k] = k == 0 || k == m - 1 ? path[k] % w + 0.5 : sc / cnt;
            rows[k] = k == 0 || k == m - 1 ? path[k] / w + 0.5 : sr / cnt;
        }
        int win = Math.max(3, (int) Math.round(p.stretchM() / cellM));
        double[] meanSup = MovingMean.of(sup, win);
        double[] meanCloud = MovingMean.of(cl, win);
        double[] localSup = MovingMean.of(sup, LOCAL_WINDOW);
        double[] localCloud = MovingMean.of(cl, LOCAL_WINDOW);
        double[] tortuosity = tortuosity(cols, rows, win);
        double[] meanLike = MovingMean.of(like, win);
        double[] rival = ParallelRival.support(cols, rows, z, w, cellM, win, SMOOTH_HALF, p.rivalFromM(), p.rivalToM());
        // with a cloud margin, a vertex is refused for cloud only near one, and the window's means it is judged by
        // (support, similarity to the road's surface, the reference of the parallel rival) are those of its clear
        // cells: a cloud in the window no longer drags the clear road beside it under min_support or
        // signature_min_match
        boolean[] nearCloud = p.cloudMarginM() > 0 ? nearCloud(cl, cols, rows, p.cloudMarginM() / cellM) : null;
        if (nearCloud != null) {
            double[] likeClear = new double[m];
            for (int k = 0; k < m; k++) {
                likeClear[k] = cl[k] > 0 ? 0 : like[k];
            }
            meanLike = MovingMean.of(likeClear, win);
            for (int k = 0; k < m; k++) {
                double clear = 1 - meanCloud[k];
                meanSup[k] = clear > 0 ? meanSup[k] / clear : 0;
                meanLike[k] = clear > 0 ? meanLike[k] / clear : 0;
                // the local cloud test is of the vertex's own cell: the margin alone says how far from a cloud the road
                // is refused for it (the 2-cell window refused 40 m either side whatever the margin). Its local
                // support stays a mean over the whole window (over the clear cells only: the same tune figures)
                localCloud[k] = cl[k];
            }
        }
        boolean[] unshaped = new boolean[m];
        boolean[] ok = new boolean[m];
        boolean[] winding = new boolean[m];
        boolean[] parallel = new boolean[m];
        boolean[] unlike = new boolean[m];
        boolean[] clouded = new boolean[m];
        for (int k = 0; k < m; k++) {
            unlike[k] = meanLike[k] < p.signatureMinMatch();
            winding[k] = tortuosity[k] > p.maxTortuosity();
            parallel[k] = meanSup[k] > 0 && rival[k] >= p.rivalShare() * meanSup[k];
            // judged over the stretch window, and locally: a path that leaves the road (around a cloud, towards
            // the band's edge) is refused where it does, not only where the window average drops
            boolean clearEnough = nearCloud == null ? meanCloud[k] <= p.maxCloudFraction() : !nearCloud[k];
            clouded[k] = !clearEnough || localCloud[k] > 0;
            ok[k] = clearEnough && meanSup[k] >= p.minSupport()
                    && localSup[k] >= LOCAL_SUPPORT_SHARE * p.minSupport() && localCloud[k] == 0
                    && !winding[k] && !parallel[k] && !unlike[k];
        }
        boolean[] passed = ok.clone();
        // accepted runs shorter than the window are refused, unless they are the clear road beside a cloud (with a
        // cloud margin): at least cloud_gap_min_m long there, each of their vertices passed on its own clear window
        boolean cloudGap = nearCloud != null;
        int gapReach = (int) Math.ceil(p.cloudMarginM() / cellM) + LOCAL_WINDOW / 2 + 2;
        int[] passedRun = runLengths(passed);
        for (int a = 0; a < m;) {
            int b = a;
            while (b + 1 < m && ok[b + 1] == ok[a]) {
                b++;
            }
            if (ok[a] && b - a + 1 < win && !(cloudGap && besideCloud(cl, passedRun, a, b, gapReach, win)
                    && along(cols, rows, a, b) * cellM >= p.cloudGapMinM())) {
                Arrays.fill(ok, a, b + 1, false);
            } else if (ok[a] && channels != null && !CrossProfile.roadShaped(cols, rows, channels, w, cellM, a, b, p)) {
                // accepted runs across which the image is not road-shaped are refused
                Arrays.fill(ok, a, b + 1, false);
                Arrays.fill(unshaped, a, b + 1, true);
            }
            a = b + 1;
        }
        // each refused vertex has its own reason, and a refused run is cut where the reason changes (pieces shorter
        // than the local window joined to the one before): the clear road refused beside a cloud says why it was
        String[] why = new String[m];
        for (int k = 0; k < m; k++) {
            why[k] = ok[k] ? "" : clouded[k] ? "cloud" : winding[k] ? "winding" : parallel[k] ? "parallel track"
                    : unlike[k] ? "unlike the road's surface" : unshaped[k] ? "not road-shaped"
                    : passed[k] ? "shorter than the stretch" : "weak support";
        }
        smoothReasons(why, LOCAL_WINDOW);
        return new TracedRoad(stretches(cols, rows, ok, why, sup, cl, off), cellM);
    }

    /**
     * The path cut where the reason ({@code why}, "" = accepted) changes; stretches share their joint vertex. A last run
     * of one vertex is that joint already (the stretch before ends on it) and makes no stretch of its own: a line of
     * one point (report seed 8011 of the road sweep, 2026-12-07, a scan that ended in an internal error).
     */
    static List<TracedRoad.Stretch> stretches(double[] cols, double[] rows, boolean[] ok, String[] why, double[] sup,
                                              double[] cl, double[] off) {
        int m = cols.length;
        List<TracedRoad.Stretch> out = new ArrayList<>();
        for (int a = 0; a < m;) {
            int b = a;
            while (b + 1 < m && why[b + 1].equals(why[a])) {
                b++;
            }
            int end = Math.min(m - 1, b + 1); // stretches share their joint vertex
            if (end > a || out.isEmpty()) {
                out.add(new TracedRoad.Stretch(Arrays.copyOfRange(cols, a, end + 1), Arrays.copyOfRange(rows, a, end + 1),
                        ok[a], mean(sup, a, b), mean(cl, a, b), RangeMedian.of(off, a, b + 1), why[a]));
            }
            a = b + 1;
        }
        return out;
    }

    /**
     * Joins runs of one refusal reason shorter than {@code min} vertices to the refused run before them, then those
     * still short (the first of a refused run) to the refused run after; accepted vertices ("") are left alone.
     */
    static void smoothReasons(String[] why, int min) {
        for (boolean backwards : new boolean[] {true, false}) {
            int m = why.length;
            for (int a = 0; a < m;) {
                int b = a;
                while (b + 1 < m && why[b + 1].equals(why[a])) {
                    b++;
                }
                int from = backwards ? a - 1 : b + 1;
                if (!why[a].isEmpty() && b - a + 1 < min && from >= 0 && from < m && !why[from].isEmpty()) {
                    Arrays.fill(why, a, b + 1, why[from]);
                }
                a = b + 1;
            }
        }
    }

    /**
     * True at the vertices within {@code marginCells} along the path (smoothed vertices {@code cols}, {@code rows}) of
     * a cloud vertex ({@code cloud[k]} 1).
     */
    static boolean[] nearCloud(double[] cloud, double[] cols, double[] rows, double marginCells) {
        int m = cloud.length;
        double[] along = new double[m];
        for (int k = 1; k < m; k++) {
            along[k] = along[k - 1] + Math.hypot(cols[k] - cols[k - 1], rows[k] - rows[k - 1]);
        }
        boolean[] out = new boolean[m];
        double last = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            last = cloud[k] > 0 ? along[k] : last;
            out[k] = along[k] - last <= marginCells;
        }
        double next = Double.POSITIVE_INFINITY;
        for (int k = m - 1; k >= 0; k--) {
            next = cloud[k] > 0 ? along[k] : next;
            out[k] |= next - along[k] <= marginCells;
        }
        return out;
    }

    /**
     * True when the run {@code a}..{@code b} is the clear road beside a cloud: a cloud vertex within {@code reach}
     * vertices on one side, and on the other a cloud too, a found stretch (a vertex within {@code reach} whose passed run,
     * {@code passedRun}, is at least {@code win} long: the run is cut off from it by a dip of a few vertices) or the
     * path's end (within half a stretch, {@code win} / 2, with no passed vertex on the way: where the road leaves the
     * scene). Until issue 15t only between two clouds (tune seed 8514: 590 m of clear road between a found stretch and a
     * cloud refused as shorter than the stretch).
     */
    static boolean besideCloud(double[] cloud, int[] passedRun, int a, int b, int reach, int win) {
        int m = cloud.length;
        boolean cloudBefore = false;
        boolean foundBefore = false;
        for (int k = Math.max(0, a - reach); k < a; k++) {
            cloudBefore |= cloud[k] > 0;
            foundBefore |= passedRun[k] >= win;
        }
        boolean cloudAfter = false;
        boolean foundAfter = false;
        for (int k = b + 1; k <= Math.min(m - 1, b + reach); k++) {
            cloudAfter |= cloud[k] > 0;
            foundAfter |= passedRun[k] >= win;
        }
        boolean endBefore = a <= win / 2 && Arrays.stream(passedRun, 0, a).allMatch(n -> n == 0);
        boolean endAfter = m - 1 - b <= win / 2 && Arrays.stream(passedRun, b + 1, m).allMatch(n -> n == 0);
        return (cloudBefore || cloudAfter) && (cloudBefore || foundBefore || endBefore)
                && (cloudAfter || foundAfter || endAfter);
    }

    /** For each vertex, the length of the run of true values it belongs to (0 where false). */
    static int[] runLengths(boolean[] on) {
        int[] out = new int[on.length];
        for (int a = 0; a < on.length;) {
            int b = a;
            while (b + 1 < on.length && on[b + 1] == on[a]) {
                b++;
            }
            if (on[a]) {
                Arrays.fill(out, a, b + 1, b - a + 1);
            }
            a = b + 1;
        }
        return out;
    }

    /** Length of the smoothed path from vertex {@code a} to {@code b}, cells. */
    private static double along(double[] cols, double[] rows, int a, int b) {
        double l = 0;
        for (int k = a + 1; k <= b; k++) {
            l += Math.hypot(cols[k] - cols[k - 1], rows[k] - rows[k - 1]);
        }
        return l;
    }

    /** Path length over chord in a window of {@code win} vertices centred on each vertex (1 = straight). */
    static double[] tortuosity(double[] cols, double[] rows, int win) {
        int m = cols.length;
        double[] along = new double[m];
        for (int k = 1; k < m; k++) {
            along[k] = along[k - 1] + Math.hypot(cols[k] - cols[k - 1], rows[k] - rows[k - 1]);
        }
        double[] out = new double[m];
        int half = win / 2;
        for (int k = 0; k < m; k++) {
            int a = Math.max(0, k - half);
            int b = Math.min(m - 1, k + half);
            double chord = Math.hypot(cols[b] - cols[a], rows[b] - rows[a]);
            out[k] = chord <= 0 ? 1 : (along[b] - along[a]) / chord;
        }
        return out;
    }

    private static double mean(double[] v, int a, int b) {
        double s = 0;
        for (int k = a; k <= b; k++) {
            s += v[k];
        }
        return s / (b - a + 1);
    }
}
