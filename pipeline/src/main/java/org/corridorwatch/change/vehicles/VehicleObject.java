package org.corridorwatch.change.vehicles;

/**
 * One vehicle-sized object found by {@link VehicleDetector}. Immutable.
 *
 * @param col            centroid column in pixel indices (the centre of pixel 0 is 0.0; add 0.5 before
 *                       {@code GridGeometry.x(col,row)}, which uses pixel corners)
 * @param row            centroid row in pixel indices, same convention
 * @param lengthM        length along the major axis, metres (from second moments: √(12λ₁+1)·GSD)
 * @param widthM         width along the minor axis, metres (√(12λ₂+1)·GSD)
 * @param orientationDeg major-axis direction, degrees clockwise from image up (−row), in [0, 180);
 *                       for a north-up image this is the azimuth
 * @param polarity       DARK (wreck candidate) or BRIGHT (intact vehicle)
 * @param contrast       mean top-hat response over the object, luminance units (&gt; 0)
 * @param significance   contrast in units of the response's robust σ
 * @param pixels         number of pixels
 */
public record VehicleObject(double col, double row, double lengthM, double widthM, double orientationDeg,
                            Polarity polarity, double contrast, double significance, int pixels) implements java.io.Serializable {

    /** Length / width. */
    public double elongation() {
        return lengthM / widthM;
    }

    /** True for dark objects, the wreck candidates. */
    public boolean isWreckCandidate() {
        return polarity == Polarity.DARK;
    }
}
