package org.corridorwatch.sites;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The pixels of a tile within a distance of a road line: where vehicle objects are searched. Pure:
 * the road comes in pixel coordinates of the tile (x = column, y = row, pixel centres at +0.5).
 */
public final class RoadMask {
    private RoadMask() {
    }

    /**
     * @param roadPx   the road (lines) in tile pixel coordinates; may be empty
     * @param radiusPx half-width of the strip, pixels
     * @return true inside the strip; null when the road misses the tile
     */
    public static boolean[] rasterize(Geometry roadPx, int width, int height, double radiusPx) {
        if (roadPx == null || roadPx.isEmpty()) {
            return null;
        }
        boolean[] mask = new boolean[width * height];
        double r2 = radiusPx * radiusPx;
        boolean any = false;
        for (int g = 0; g < roadPx.getNumGeometries(); g++) {
            if (!(roadPx.getGeometryN(g) instanceof LineString line)) {
                continue;
            }
            Coordinate[] cs = line.getCoordinates();
            for (int i = 1; i < cs.length; i++) {
                any |= strip(mask, width, height, cs[i - 1], cs[i], radiusPx, r2);
            }
        }
        return any ? mask : null;
    }

    /** Marks pixels whose centre lies within radius of segment a–b; only the segment's bounding box is visited. */
    private static boolean strip(boolean[] mask, int w, int h, Coordinate a, Coordinate b, double radius, double r2) {
        int c0 = Math.max(0, (int) Math.floor(Math.min(a.x, b.x) - radius));
        int c1 = Math.min(w - 1, (int) Math.ceil(Math.max(a.x, b.x) + radius));
        int r0 = Math.max(0, (int) Math.floor(Math.min(a.y, b.y) - radius));
        int r1 = Math.min(h - 1, (int) Math.ceil(Math.max(a.y, b.y) + radius));
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double len2 = dx * dx + dy * dy;
        boolean any = false;
        for (int r = r0; r <= r1; r++) {
            double py = r + 0.5;
            for (int c = c0; c <= c1; c++) {
                double px = c + 0.5;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / len2));
                double ex = a.x + t * dx - px;
                double ey = a.y + t * dy - py;
                if (ex * ex + ey * ey <= r2) {
                    mask[r * w + c] = true;
                    any = true;
                }
            }
        }
        return any;
    }
}
