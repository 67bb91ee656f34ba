package org.corridorwatch.report;

/**
 * The square pixel window a candidate's chips show, on the scan grid: the site's pixel bounding box
 * grown by a margin, at least {@code minPx} and at most {@code maxPx} pixels on a side, centred on
 * the site.
 *
 * @param col0 first column (may be negative near the scene edge: those pixels read as nodata)
 * @param row0 first row
 * @param size side in pixels
 */
public record ChipWindow(int col0, int row0, int size) {

    public ChipWindow {
        if (size <= 0) {
            throw new IllegalArgumentException("chip window size must be > 0, got " + size);
        }
    }

    /** The window around a pixel-space bounding box {minCol, minRow, maxCol, maxRow}. */
    public static ChipWindow around(double minCol, double minRow, double maxCol, double maxRow, int marginPx,
                                    int minPx, int maxPx) {
        double side = Math.max(maxCol - minCol, maxRow - minRow) + 2.0 * marginPx;
        int size = (int) Math.ceil(Math.max(minPx, Math.min(maxPx, side)));
        double cc = (minCol + maxCol) / 2;
        double cr = (minRow + maxRow) / 2;
        return new ChipWindow((int) Math.floor(cc - size / 2.0), (int) Math.floor(cr - size / 2.0), size);
    }
}
