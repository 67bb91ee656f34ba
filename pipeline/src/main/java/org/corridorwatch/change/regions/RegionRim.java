package org.corridorwatch.change.regions;

/**
 * The mixed edge of burn regions: pixels outside every region that touch one (8-neighbours) and whose evidence is at
 * least {@code rimEvidence}, below the regions' own weak threshold. On pixels of 10 m and more a fire's edge runs
 * through pixels that are partly burnt, and their change is a fraction of the burn's: the real DOVE pair (CAL FIRE,
 * Sentinel-2) missed 474 pixels of its perimeter, 435 of them beside a region, at dNBR 0.02–0.07 where the region's
 * pixels have 0.2. One ring only, so the edge never joins regions or grows a region into its surroundings.
 */
public final class RegionRim {
    private RegionRim() {
    }

    /**
     * @param labels      per pixel its region's label, 0 outside every region
     * @param evidence    per pixel evidence 0..1 (0 where masked)
     * @param rimEvidence the evidence an edge pixel needs (> 0)
     * @return per pixel true on the mixed edge
     */
    public static boolean[] edge(int[] labels, float[] evidence, int width, int height, double rimEvidence) {
        if (!(rimEvidence > 0)) {
            throw new IllegalArgumentException("rimEvidence must be > 0: " + rimEvidence);
        }
        boolean[] edge = new boolean[labels.length];
        float floor = (float) rimEvidence;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                edge[i] = labels[i] == 0 && evidence[i] >= floor && touchesRegion(labels, width, height, x, y);
            }
        }
        return edge;
    }

    private static boolean touchesRegion(int[] labels, int width, int height, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            int yy = y + dy;
            if (yy < 0 || yy >= height) {
                continue;
            }
            for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx;
                if (xx >= 0 && xx < width && labels[yy * width + xx] > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
