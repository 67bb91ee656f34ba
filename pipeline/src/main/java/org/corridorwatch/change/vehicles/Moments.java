package org.corridorwatch.change.vehicles;

/**
 * Running sums for one pixel set: count, centroid, second moments, response and background; gives its
 * {@link VehicleObject}.
 */
final class Moments {
    long n;
    double sx;
    double sy;
    double sxx;
    double syy;
    double sxy;
    double sr;
    double sb;

    /** Adds a pixel with its top-hat response and its background (the opening or closing there). */
    void add(int c, int r, float response, float background) {
        n++;
        sx += c;
        sy += r;
        sxx += (double) c * c;
        syy += (double) r * r;
        sxy += (double) c * r;
        sr += response;
        sb += Float.isFinite(background) ? Math.abs(background) : 0;
    }

    /** Column of the centroid, pixels (sums of whole pixel indices: exact, whatever the order they were added in). */
    double meanCol() {
        return sx / n;
    }

    /** Row of the centroid, pixels. */
    double meanRow() {
        return sy / n;
    }

    /**
     * Extent of a uniform bar, pixels, along an axis with this variance of pixel positions (pixels²): {@code √(12 v + 1)}
     * (a bar of L pixels has variance (L² − 1) / 12).
     */
    static double extentPx(double variance) {
        return Math.sqrt(12 * variance + 1);
    }

    /** Mean response over mean background: how much brighter (darker) than its surroundings, as a share. */
    double relativeContrast() {
        return sb > 0 ? sr / sb : Double.POSITIVE_INFINITY;
    }

    VehicleObject toObject(double gsd, Polarity polarity, double sigma) {
        double mx = meanCol();
        double my = meanRow();
        double cxx = sxx / n - mx * mx;
        double cyy = syy / n - my * my;
        double cxy = sxy / n - mx * my;
        double tr = cxx + cyy;
        double disc = Math.sqrt(Math.max(0, (cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy));
        double l1 = Math.max(0, tr / 2 + disc);
        double l2 = Math.max(0, tr / 2 - disc);
        double theta = 0.5 * Math.atan2(2 * cxy, cxx - cyy); // from +col towards +row
        double azimuth = Math.toDegrees(Math.atan2(Math.cos(theta), -Math.sin(theta)));
        azimuth = ((azimuth % 180) + 180) % 180;
        double contrast = sr / n;
        return new VehicleObject(mx, my, extentPx(l1) * gsd, extentPx(l2) * gsd, azimuth,
                polarity, contrast, contrast / sigma, (int) n);
    }
}
