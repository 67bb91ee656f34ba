package org.corridorwatch.change.vehicles;

import java.util.List;

/**
 * A group of nearby vehicle objects and its shape. Immutable. Positions and lengths are in the
 * metric frame of the {@link PlacedVehicle}s it was built from.
 *
 * @param members        the vehicles
 * @param wreckCount     members with {@link Polarity#DARK}
 * @param centroidX      mean x, metres
 * @param centroidY      mean y, metres
 * @param lengthM        extent along the principal axis (max − min projection of the centroids)
 *                       plus the mean member length, metres: the length of road the group covers
 * @param widthM         extent across the principal axis plus the mean member width, metres
 * @param straightness   share of the centroid variance along the principal axis, in [0.5, 1]: 1 for
 *                       a perfect line, 0.5 for a round blob (1 for fewer than 2 distinct points)
 * @param orientationDeg principal-axis direction, degrees clockwise from +y (north) in [0, 180)
 */
public record VehicleCluster(List<PlacedVehicle> members, int wreckCount, double centroidX, double centroidY,
                             double lengthM, double widthM, double straightness, double orientationDeg) {
    public VehicleCluster {
        members = List.copyOf(members);
    }

    public int count() {
        return members.size();
    }

    /** Share of dark (wreck candidate) members, in [0,1]. */
    public double wreckFraction() {
        return members.isEmpty() ? 0 : (double) wreckCount / members.size();
    }

    /** Members that are bright (intact vehicles). */
    public int brightCount() {
        return members.size() - wreckCount;
    }

    /** Describes a set of vehicles (any set, clustered or not). */
    public static VehicleCluster of(List<PlacedVehicle> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs members");
        }
        int n = members.size();
        double mx = 0;
        double my = 0;
        double meanLength = 0;
        double meanWidth = 0;
        int wrecks = 0;
        for (PlacedVehicle v : members) {
            mx += v.x();
            my += v.y();
            meanLength += v.object().lengthM();
            meanWidth += v.object().widthM();
            wrecks += v.object().isWreckCandidate() ? 1 : 0;
        }
        mx /= n;
        my /= n;
        meanLength /= n;
        meanWidth /= n;
        double cxx = 0;
        double cyy = 0;
        double cxy = 0;
        for (PlacedVehicle v : members) {
            double dx = v.x() - mx;
            double dy = v.y() - my;
            cxx += dx * dx;
            cyy += dy * dy;
            cxy += dx * dy;
        }
        double tr = cxx + cyy;
        double disc = Math.sqrt((cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy);
        double l1 = tr / 2 + disc;
        double theta;
        double straightness;
        if (tr <= 1e-12) {
            // all centroids coincide: use the mean object direction, call it a line of one
            theta = Math.toRadians(90 - members.get(0).object().orientationDeg());
            straightness = 1.0;
        } else {
            theta = 0.5 * Math.atan2(2 * cxy, cxx - cyy); // from +x towards +y
            straightness = l1 / tr;
        }
        double ux = Math.cos(theta);
        double uy = Math.sin(theta);
        double minA = Double.POSITIVE_INFINITY;
        double maxA = Double.NEGATIVE_INFINITY;
        double minB = Double.POSITIVE_INFINITY;
        double maxB = Double.NEGATIVE_INFINITY;
        for (PlacedVehicle v : members) {
            double a = (v.x() - mx) * ux + (v.y() - my) * uy;
            double b = -(v.x() - mx) * uy + (v.y() - my) * ux;
            minA = Math.min(minA, a);
            maxA = Math.max(maxA, a);
            minB = Math.min(minB, b);
            maxB = Math.max(maxB, b);
        }
        double azimuth = 90 - Math.toDegrees(theta);
        azimuth = ((azimuth % 180) + 180) % 180;
        return new VehicleCluster(members, wrecks, mx, my, maxA - minA + meanLength, maxB - minB + meanWidth,
                straightness, azimuth);
    }
}
