package org.corridorwatch.raster;

import org.gdal.gdal.gdal;

/**
 * Sets GDAL's decode threads per read ({@code GDAL_NUM_THREADS}, which {@link GdalRuntime} otherwise sets to half
 * the cores) for the life of the returned handle, and puts the previous value back when it is closed.
 */
public final class DecodeThreads implements AutoCloseable {
    private final String previous;

    private DecodeThreads(int threads) {
        GdalRuntime.ensureLoaded();
        previous = gdal.GetConfigOption("GDAL_NUM_THREADS");
        gdal.SetConfigOption("GDAL_NUM_THREADS", String.valueOf(threads));
    }

    public static DecodeThreads set(int threads) {
        return new DecodeThreads(threads);
    }

    /** The value in force now, as GDAL sees it. */
    public static String current() {
        return gdal.GetConfigOption("GDAL_NUM_THREADS");
    }

    @Override
    public void close() {
        gdal.SetConfigOption("GDAL_NUM_THREADS", previous);
    }
}
