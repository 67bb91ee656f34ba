package org.corridorwatch.roads.imagery;

/**
 * How well the prior line itself (road data or the configured line) lies on a road visible in the before date: the
 * prior's chainage in the search grid cut into one-cell bins, each bin's best road-likeness support among the clear
 * cells within {@code reachCells} of the prior, averaged over the bins that have such a cell. A prior on a visible road
 * scores like a found stretch (0.9 and more); a prior across fields scores the texture's occasional ridges.
 */
final class PriorOnRoad {
    private PriorOnRoad() {
    }

    /**
     * @param z          road-likeness, sigmas (NaN = none)
     * @param dist       each cell's distance from the prior, cells (NaN = not measured)
     * @param chain      each cell's foot chainage on the prior, cells
     * @param use        the cells that may count (in the search band, away from the grid's edges)
     * @param cloud      cloud in the before date per cell, or null
     * @param reachCells a cell within this of the prior counts for its bin
     * @return the mean over bins of the bin's best support, 0..1; NaN when no bin has a usable cell
     */
    static double support(float[] z, float[] dist, float[] chain, boolean[] use, boolean[] cloud, double reachCells) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            if (counts(i, z, dist, use, cloud, reachCells)) {
                lo = Math.min(lo, chain[i]);
                hi = Math.max(hi, chain[i]);
            }
        }
        if (lo > hi) {
            return Double.NaN;
        }
        int bins = (int) Math.floor(hi - lo) + 1;
        double[] best = new double[bins];
        boolean[] seen = new boolean[bins];
        for (int i = 0; i < z.length; i++) {
            if (counts(i, z, dist, use, cloud, reachCells)) {
                int b = (int) Math.floor(chain[i] - lo);
                best[b] = Math.max(best[b], RoadLikeness.support(z[i]));
                seen[b] = true;
            }
        }
        double sum = 0;
        int n = 0;
        for (int b = 0; b < bins; b++) {
            if (seen[b]) {
                sum += best[b];
                n++;
            }
        }
        return sum / n;
    }

    private static boolean counts(int i, float[] z, float[] dist, boolean[] use, boolean[] cloud, double reachCells) {
        return use[i] && !Float.isNaN(z[i]) && dist[i] <= reachCells && (cloud == null || !cloud[i]);
    }
}
