package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The block cache a scan of a stack of band files or of products asks for ({@link ScanJob#stackCache}). */
class StackCacheTest {
    private static final long MB = 1L << 20;

    @Test
    void aStackThatFitsIsCachedUpTo600MbAndALargerOneGetsTheStackCap() {
        assertEquals(0, ScanJob.stackCache(0), "not a stack: the cache is left alone");
        assertEquals(500 * MB, ScanJob.stackCache(500 * MB), "fits under the cap: all of it");
        assertEquals(600 * MB, ScanJob.stackCache(748 * MB), "a corridor's 748 MB: capped for the RSS target");
        assertEquals(600 * MB, ScanJob.stackCache(900 * MB));
        assertEquals(ScanJob.STACK_CACHE_CAP_BYTES, ScanJob.stackCache(2368 * MB), "a whole tile's blocks do not fit");
        assertEquals(512 * MB, ScanJob.STACK_CACHE_CAP_BYTES);
    }

    @Test
    void aProductThatFitsIsCachedWhole() {
        assertEquals(748 * MB, ScanJob.productCache(748 * MB), "JPEG2000 tiles are costly to decode again");
        assertEquals(900 * MB, ScanJob.productCache(900 * MB));
        assertEquals(ScanJob.STACK_CACHE_CAP_BYTES, ScanJob.productCache(2368 * MB));
    }
}
