package org.corridorwatch.raster;

/**
 * Copies a block read from GDAL (band-sequential, {@code w × h} per band) into a window's band array, applying the
 * band's linear conversion {@code (value + off) * scale} and turning the file's nodata value and the conversion's
 * own nodata ({@code linNodata}; NaN = none) into NaN. The caller passes the fields of {@code GdalScene.Linear}.
 */
final class PixelScatter {
    private PixelScatter() {
    }

    static void scatterUInt16(short[] src, int srcOff, int w, int h, float[] dst, int dstOff, int dstStride,
                                      double nodata, float off, float scale, double linNodata) {
        int nd = Double.isNaN(nodata) ? -1 : (int) nodata; // -1: matches no UInt16 value
        int nd2 = Double.isNaN(linNodata) ? -1 : (int) linNodata;
        for (int r = 0; r < h; r++) {
            int s = srcOff + r * w;
            int d = dstOff + r * dstStride;
            for (int c = 0; c < w; c++) {
                dst[d + c] = ((src[s + c] & 0xFFFF) + off) * scale; // branch-free: the JIT vectorises it
            }
            if (nd >= 0 || nd2 >= 0) {
                for (int c = 0; c < w; c++) {
                    int v = src[s + c] & 0xFFFF;
                    if (v == nd || v == nd2) {
                        dst[d + c] = Float.NaN;
                    }
                }
            }
        }
    }

    static void scatter(float[] src, int srcOff, int w, int h, float[] dst, int dstOff, int dstStride,
                                double nodata, float off, float scale, double linNodata) {
        float nd = (float) nodata; // NaN: matches nothing
        float nd2 = (float) linNodata;
        boolean hasNodata = !Float.isNaN(nd) || !Float.isNaN(nd2);
        for (int r = 0; r < h; r++) {
            int s = srcOff + r * w;
            int d = dstOff + r * dstStride;
            for (int c = 0; c < w; c++) {
                dst[d + c] = (src[s + c] + off) * scale;
            }
            if (hasNodata) {
                for (int c = 0; c < w; c++) {
                    if (src[s + c] == nd || src[s + c] == nd2) {
                        dst[d + c] = Float.NaN;
                    }
                }
            }
        }
    }
}
