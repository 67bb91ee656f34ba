package org.corridorwatch.roads.imagery;

/**
 * Whether the image across a traced path looks like a road: in at least one channel, averaged along a window of the
 * path, the centre differs from both sides in the same sense (symmetric), already 20 m out (narrow: a road is one or
 * two cells wide), and this holds at most vertices of the window (the same surface along the stretch). Paths through
 * background texture fail it: one side differs and the other does not (a field or cloud-shadow edge), the centre is
 * like its neighbours 20 m out and only far sides differ (inside a wide dark or bright band: a row of fields, a
 * depression), or the sense flips from vertex to vertex (hopping between parcels).
 */
final class CrossProfile {
    /** Offset of the near sides, metres (one cell at 20 m). */
    static final double NEAR_M = 20;
    /** Offsets of the far sides, metres. */
    static final double[] FAR_M = {60, 80, 100};
    /** Half-width of the local direction estimate, vertices. */
    private static final int DIRECTION_HALF = 3;

    private CrossProfile() {
    }

    /**
     * True when some channel's cross-profile, averaged over vertices {@code a..b} of the path, is road-shaped.
     *
     * @param cols     path vertex columns (cell coordinates)
     * @param rows     path vertex rows
     * @param channels the bands road-likeness was measured on (row-major, NaN = no data; null entries skipped)
     * @param w        grid width
     * @param cellM    cell size, metres
     * @param a        first vertex of the stretch
     * @param b        last vertex of the stretch
     * @param p        the thresholds ({@code profile_balance}, {@code profile_sharpness}, {@code profile_sign_share})
     */
    static boolean roadShaped(double[] cols, double[] rows, float[][] channels, int w, double cellM, int a, int b,
                              ImageryRoadParameters p) {
        int m = cols.length;
        int near = Math.max(1, (int) Math.round(NEAR_M / cellM));
        int nf = FAR_M.length;
        int[] offs = new int[3 + 2 * nf];
        offs[1] = -near;
        offs[2] = near;
        for (int i = 0; i < nf; i++) {
            int f = Math.max(near + 1 + i, (int) Math.round(FAR_M[i] / cellM));
            offs[3 + i] = -f;
            offs[3 + nf + i] = f;
        }
        for (float[] ch : channels) {
            if (ch == null) {
                continue;
            }
            int h = ch.length / w;
            double[] sum = new double[offs.length];
            int[] cnt = new int[offs.length];
            double[] d = new double[b - a + 1];
            for (int k = a; k <= b; k++) {
                int ka = Math.max(0, k - DIRECTION_HALF);
                int kb = Math.min(m - 1, k + DIRECTION_HALF);
                double dx = cols[kb] - cols[ka];
                double dy = rows[kb] - rows[ka];
                double len = Math.hypot(dx, dy);
                double nx = len == 0 ? 0 : -dy / len;
                double ny = len == 0 ? 0 : dx / len;
                double centre = Double.NaN;
                double sides = 0;
                for (int o = 0; o < offs.length; o++) {
                    int c = (int) Math.floor(cols[k] + offs[o] * nx);
                    int r = (int) Math.floor(rows[k] + offs[o] * ny);
                    float x = c < 0 || r < 0 || c >= w || r >= h ? Float.NaN : ch[r * w + c];
                    if (!Float.isNaN(x)) {
                        sum[o] += x;
                        cnt[o]++;
                    }
                    if (o == 0) {
                        centre = x;
                    } else if (o >= 3) {
                        sides += x;
                    }
                }
                d[k - a] = centre - sides / (offs.length - 3); // NaN when a sample is missing
            }
            double[] mean = new double[offs.length];
            for (int o = 0; o < offs.length; o++) {
                mean[o] = cnt[o] == 0 ? Double.NaN : sum[o] / cnt[o];
            }
            double left = 0;
            double right = 0;
            for (int i = 0; i < nf; i++) {
                left += (mean[0] - mean[3 + i]) / nf;
                right += (mean[0] - mean[3 + nf + i]) / nf;
            }
            double sense = Math.signum(left + right);
            left *= sense;
            right *= sense;
            double nearest = Math.min(sense * (mean[0] - mean[1]), sense * (mean[0] - mean[2]));
            double farMean = (left + right) / 2;
            int same = 0;
            for (double x : d) {
                same += Math.signum(x) == sense ? 1 : 0;
            }
            if (farMean > 0 && Math.min(left, right) >= p.profileBalance() * Math.max(left, right)
                    && nearest >= p.profileSharpness() * farMean && same >= p.profileSignShare() * d.length) {
                return true;
            }
        }
        return false;
    }
}
