package org.corridorwatch.change.align;

/**
 * A displacement of the after image against the before image, in pixels: a feature at (x, y) in the
 * before image appears at (x + dx, y + dy) in the after image (x to the right, y down).
 *
 * @param dx         shift along columns, pixels
 * @param dy         shift along rows, pixels
 * @param confidence height of the correlation peak relative to a perfect match, 0..1 (below ~0.1 the
 *                   estimate is not to be trusted)
 */
public record Shift(double dx, double dy, double confidence) {
    public static final Shift NONE = new Shift(0, 0, 0);

    public double magnitude() {
        return Math.hypot(dx, dy);
    }
}
