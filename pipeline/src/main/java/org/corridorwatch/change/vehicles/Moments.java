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

    /** Mean response over mean background: how much brighter (darker) than its surroundings, as a share. */
    double relativeContrast() {
        return sb > 0 ? sr / sb : Double.POSITIVE_INFINITY;
    }

    VehicleObject toObject(double gsd, Polarity polarity, double sigma) {
        double mx = sx / n;
        double my = sy / n;
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
        return new VehicleObject(mx, my, Math.sqrt(12 * l1 + 1) * gsd, Math.sqrt(12 * l2 + 1) * gsd, azimuth,
                polarity, contrast, contrast / sigma, (int) n);
    }
}
