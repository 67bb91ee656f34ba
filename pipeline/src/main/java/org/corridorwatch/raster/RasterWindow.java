package org.corridorwatch.raster;

import org.corridorwatch.model.GridGeometry;

/**
 * A block of pixels read from a scene: one float array per band, row-major, {@code grid.width()}
 * values per row. Nodata and pixels outside the scene are {@code NaN}; values are in the file's own
 * units (no scale or offset applied — that is the sensor profile's job).
 *
 * @param grid      the window's own grid (origin at its top-left pixel)
 * @param bandNames the description of each band read, in order
 * @param bands     pixel values, {@code bands[b][row * width + col]}
 */
public record RasterWindow(GridGeometry grid, String[] bandNames, float[][] bands) {

    public int width() {
        return grid.width();
    }

    public int height() {
        return grid.height();
    }

    public float[] band(int index) {
        return bands[index];
    }
}
