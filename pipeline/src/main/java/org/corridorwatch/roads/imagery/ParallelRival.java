package org.corridorwatch.roads.imagery;

/**
 * A second line parallel to a traced path (a track beside the road, the next field margin): its support at one offset
 * over the stretch window, for the "parallel track" refusal of {@link RoadTracer}.
 */
final class ParallelRival {
    private ParallelRival() {
    }

    /**
     * For each vertex, the best windowed mean support of a line parallel to the path at one signed offset of
     * {@code fromM}..{@code toM} metres (the offset taken across the local direction of the path, estimated over
     * {@code smoothHalf} + 1 vertices either side).
     */
    static double[] support(double[] cols, double[] rows, float[] z, int w, double cellM, int win, int smoothHalf,
                           double fromM, double toM) {
        int m = cols.length;
        int h = z.length / w;
        int from = Math.max(2, (int) Math.round(fromM / cellM));
        int to = Math.max(from, (int) Math.round(toM / cellM));
        double[] best = new double[m];
        double[] nx = new double[m];
        double[] ny = new double[m];
        for (int k = 0; k < m; k++) {
            int a = Math.max(0, k - smoothHalf - 1);
            int b = Math.min(m - 1, k + smoothHalf + 1);
            double dx = cols[b] - cols[a];
            double dy = rows[b] - rows[a];
            double len = Math.hypot(dx, dy);
            nx[k] = len == 0 ? 0 : -dy / len;
            ny[k] = len == 0 ? 0 : dx / len;
        }
        double[] sup = new double[m];
        for (int side = -1; side <= 1; side += 2) {
            for (int d = from; d <= to; d++) {
                for (int k = 0; k < m; k++) {
                    int c = (int) Math.floor(cols[k] + side * d * nx[k]);
                    int r = (int) Math.floor(rows[k] + side * d * ny[k]);
                    sup[k] = c < 0 || r < 0 || c >= w || r >= h ? 0 : RoadLikeness.support(z[r * w + c]);
                }
                double[] mean = MovingMean.of(sup, win);
                for (int k = 0; k < m; k++) {
                    best[k] = Math.max(best[k], mean[k]);
                }
            }
        }
        return best;
    }
}
