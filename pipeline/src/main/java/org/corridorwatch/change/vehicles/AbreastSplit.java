package org.corridorwatch.change.vehicles;

import java.util.List;

/**
 * Cuts a thresholded bright component that is two vehicles standing side by side into the two. Trucks queueing two
 * abreast touch (lanes 3–5 m apart, trucks 2.5 m wide): at 0.5 m a pair is one bright blob as long as a truck and 5–7 m
 * wide, and the line between the two trucks is a pixel or less of blurred asphalt, not a dip the peak split
 * ({@link PeakSplitter}) can cut at. The component is cut along its major axis through its centroid; each half is the
 * pixels on one side (its moments, for the caller to size-check). The centroid is the component's own {@link Moments}';
 * the axis comes from second moments summed about that centroid (two passes), not from the raw sums {@link Moments}
 * keeps (Σc² / n − mx²): the two differ in rounding, and pixels lying on the axis (a symmetric blob has a row or
 * column of them) fall in one half or the other by the sign of a rounding error, so reusing those sums would change
 * the split.
 *
 * <p>It is cut only when it is brighter than the ground beyond its two ends: its mean luminance at least
 * {@code 1 + minRelativeContrast} times the brightest of the pixels {@link #BEYOND_END_PX} past either end on its axis
 * and on the axes of its two halves. The asphalt beside a dark object (a wreck, a truck's shadow) is a bright strip to
 * the white top-hat (the opening takes the dark object's level) as wide as a pair, but it runs on past the object's
 * ends: it is no brighter than the asphalt there.
 */
final class AbreastSplit {
    /** How far past an end, pixels, the ground beyond it is read. */
    static final double BEYOND_END_PX = 3;

    private AbreastSplit() {
    }

    /**
     * @param whole      the component's moments (of the same pixels)
     * @param pixels     the component's pixel indices (first {@code count})
     * @param luminance  the image, row-major
     * @param response   the top-hat response, row-major
     * @param background the opening there, row-major
     * @return the two halves, left and right of the major axis (a half may be empty: then it has no pixels); none when
     *         the component is not brighter than the ground beyond its ends
     */
    static List<Moments> halves(Moments whole, int[] pixels, int count, int width, int height, float[] luminance,
                                float[] response, float[] background, double minRelativeContrast) {
        if (whole.n != count) {
            throw new IllegalArgumentException("moments of " + whole.n + " pixels for a component of " + count);
        }
        double mx = whole.meanCol();
        double my = whole.meanRow();
        double cxx = 0;
        double cyy = 0;
        double cxy = 0;
        for (int k = 0; k < count; k++) {
            double dx = pixels[k] % width - mx;
            double dy = pixels[k] / width - my;
            cxx += dx * dx;
            cyy += dy * dy;
            cxy += dx * dy;
        }
        double theta = 0.5 * Math.atan2(2 * cxy, cxx - cyy); // the major axis, from +col towards +row
        double nx = -Math.sin(theta);
        double ny = Math.cos(theta);
        Moments left = new Moments();
        Moments right = new Moments();
        for (int k = 0; k < count; k++) {
            int i = pixels[k];
            int c = i % width;
            int r = i / width;
            ((c - mx) * nx + (r - my) * ny < 0 ? left : right).add(c, r, response[i], background[i]);
        }
        // the ground beyond the two ends, on the axis and a quarter of the width to either side of it
        double ux = Math.cos(theta);
        double uy = Math.sin(theta);
        double l1 = 0.5 * (cxx + cyy) / count + Math.sqrt(Math.max(0, 0.25 * (cxx - cyy) * (cxx - cyy) + cxy * cxy)) / count;
        double l2 = Math.max(0, (cxx + cyy) / count - l1);
        double reach = 0.5 * Moments.extentPx(l1) + BEYOND_END_PX;
        double side = 0.25 * Moments.extentPx(l2);
        double beyond = Double.NEGATIVE_INFINITY;
        for (int end = -1; end <= 1; end += 2) {
            for (int lane = -1; lane <= 1; lane++) {
                int c = (int) Math.round(mx + end * reach * ux + lane * side * nx);
                int r = (int) Math.round(my + end * reach * uy + lane * side * ny);
                if (c >= 0 && c < width && r >= 0 && r < height && Float.isFinite(luminance[r * width + c])) {
                    beyond = Math.max(beyond, luminance[r * width + c]);
                }
            }
        }
        if (!(meanLuminance(pixels, count, luminance) >= (1 + minRelativeContrast) * beyond)) {
            return List.of();
        }
        return List.of(left, right);
    }

    private static double meanLuminance(int[] pixels, int count, float[] luminance) {
        double s = 0;
        for (int k = 0; k < count; k++) {
            s += luminance[pixels[k]];
        }
        return s / count;
    }
}
