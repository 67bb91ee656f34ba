package org.corridorwatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The block cache a scan of a stack of band files asks for ({@link ScanJob#stackCache}). */
class StackCacheTest {
    private static final long MB = 1L << 20;

    @Test
    void aWorkingSetThatFitsIsCachedWholeAndALargerOneGetsTheStackCap() {
        assertEquals(0, ScanJob.stackCache(0), "not a stack: the cache is left alone");
        assertEquals(748 * MB, ScanJob.stackCache(748 * MB), "a corridor's blocks fit under 900 MB");
        assertEquals(900 * MB, ScanJob.stackCache(900 * MB));
        assertEquals(ScanJob.STACK_CACHE_CAP_BYTES, ScanJob.stackCache(2368 * MB), "a whole tile's blocks do not fit");
        assertEquals(512 * MB, ScanJob.STACK_CACHE_CAP_BYTES);
    }
}
