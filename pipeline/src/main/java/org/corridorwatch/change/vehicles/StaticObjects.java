package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.List;

/**
 * Object-level change: an after-date object with a before-date object of the same polarity at the same
 * place (centroids at most {@code maxDistanceM} apart) is static — a tree, a roof, a stretch of road
 * edge, a truck that did not move — and not a new vehicle. Except on changed ground: where the ground
 * under an after-date object burnt between the dates, the object is new whatever stood there before (a
 * wreck on char where the before date had the dark strip of asphalt between two bright road edges).
 * Both lists are in the pixel indices of one co-registered grid; the distance is in metres via the GSD.
 *
 * <pre>
 *   List&lt;VehicleObject&gt; arrived = StaticObjects.newSince(before, after, 3.0, 4.5, new ChangedGround(burnt, width, 10));
 * </pre>
 */
public final class StaticObjects {
    private StaticObjects() {
    }

    /**
     * The after-date objects with no before-date object of the same polarity within {@code maxDistanceM},
     * plus those standing on changed ground.
     *
     * @param changed where the ground changed between the dates, or null
     */
    public static List<VehicleObject> newSince(List<VehicleObject> before, List<VehicleObject> after, double gsdMetres,
                                               double maxDistanceM, ChangedGround changed) {
        if (!(gsdMetres > 0) || !(maxDistanceM >= 0)) {
            throw new IllegalArgumentException("need GSD > 0 and distance >= 0: " + gsdMetres + ", " + maxDistanceM);
        }
        double maxPx = maxDistanceM / gsdMetres;
        List<VehicleObject> out = new ArrayList<>();
        for (VehicleObject a : after) {
            if (changed != null && changed.near(a, gsdMetres)) {
                out.add(a);
                continue;
            }
            boolean seen = false;
            for (VehicleObject b : before) {
                if (b.polarity() == a.polarity() && Math.hypot(a.col() - b.col(), a.row() - b.row()) <= maxPx) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Pixels whose ground changed between the dates (burnt), row-major with {@code width} columns; an
     * object within {@code reachM} of one of them stands on changed ground. The reach matters because
     * burn regions found by change rarely include the road itself (asphalt is dark on both dates).
     */
    public record ChangedGround(boolean[] pixels, int width, double reachM) {
        public ChangedGround {
            if (width <= 0 || pixels.length % width != 0 || !(reachM >= 0)) {
                throw new IllegalArgumentException("bad changed-ground mask: " + pixels.length + " px, width " + width
                        + ", reach " + reachM);
            }
        }

        /** True when the object's centroid is within {@code reachM} of a changed pixel. */
        public boolean near(VehicleObject o, double gsdMetres) {
            int height = pixels.length / width;
            int reach = (int) Math.ceil(reachM / gsdMetres);
            int c = (int) Math.round(o.col());
            int r = (int) Math.round(o.row());
            for (int rr = Math.max(0, r - reach); rr <= Math.min(height - 1, r + reach); rr++) {
                for (int cc = Math.max(0, c - reach); cc <= Math.min(width - 1, c + reach); cc++) {
                    if (pixels[rr * width + cc] && Math.hypot(cc - c, rr - r) <= reach) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
