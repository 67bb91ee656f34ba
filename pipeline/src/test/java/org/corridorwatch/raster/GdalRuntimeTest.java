package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorwatch.model.BuildInfo;
import org.junit.jupiter.api.Test;

class GdalRuntimeTest {
    @Test
    void loadsNativeGdalMatchingTheJavaClasses() {
        String v = GdalRuntime.ensureLoaded();
        assertTrue(GdalRuntime.sameMajorMinor(v, BuildInfo.gdalJavaVersion()), v);
    }

    @Test
    void comparesMajorMinorOnly() {
        assertTrue(GdalRuntime.sameMajorMinor("3.6.2", "3.6.0"));
        assertFalse(GdalRuntime.sameMajorMinor("3.7.0", "3.6.0"));
        assertEquals("3.6", GdalRuntime.majorMinor("3.6.2"));
    }

    @Test
    void eachReadDecodesOnHalfTheCoresBecauseBothDatesAreReadAtOnce() {
        assertEquals(1, GdalRuntime.decodeThreads(1));
        assertEquals(1, GdalRuntime.decodeThreads(2));
        assertEquals(8, GdalRuntime.decodeThreads(16));
        GdalRuntime.ensureLoaded();
        String expected = System.getenv("GDAL_NUM_THREADS") != null ? System.getenv("GDAL_NUM_THREADS")
                : String.valueOf(GdalRuntime.decodeThreads(Runtime.getRuntime().availableProcessors()));
        assertEquals(expected, org.gdal.gdal.gdal.GetConfigOption("GDAL_NUM_THREADS"));
    }

    /** The product scan's cache: raised to the working set, capped below the RSS target, never lowered. */
    @Test
    void cacheAtLeastRaisesToTheWorkingSetWithinTheCap() {
        GdalRuntime.ensureLoaded();
        int before = org.gdal.gdal.gdal.GetCacheMax();
        try {
            org.gdal.gdal.gdal.SetCacheMax(64 << 20);
            if (System.getenv("GDAL_CACHEMAX") != null) {
                assertEquals(64 << 20, GdalRuntime.cacheAtLeast(500L << 20), "GDAL_CACHEMAX set: left alone");
                return;
            }
            assertEquals(500L << 20, GdalRuntime.cacheAtLeast(500L << 20));
            assertEquals(500L << 20, GdalRuntime.cacheAtLeast(100L << 20), "never lowered");
            assertEquals(GdalRuntime.CACHE_CAP_BYTES, GdalRuntime.cacheAtLeast(5L << 30), "capped");
        } finally {
            org.gdal.gdal.gdal.SetCacheMax(before);
        }
    }
}
