package org.corridorwatch.roads.imagery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs work on the rows of a grid split into bands, on a fixed number of threads. Each cell is written by the band that
 * holds its row only, in the same order as on one thread, so the result does not depend on the thread count.
 * Close it to stop its threads.
 */
final class RowBands implements AutoCloseable {
    /** Work on rows {@code r0} (inclusive) to {@code r1} (exclusive). */
    @FunctionalInterface
    interface Work {
        void rows(int r0, int r1);
    }

    private final int threads;
    private final ExecutorService pool;

    /** {@code threads} <= 1: everything runs on the calling thread. */
    RowBands(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "road-likeness");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} over rows 0..h in bands (four per thread), returning when all are done. */
    void run(int h, Work work) {
        int bands = Math.min(h, 4 * threads);
        if (pool == null || bands <= 1) {
            work.rows(0, h);
            return;
        }
        List<Future<?>> done = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            int r0 = (int) ((long) h * b / bands);
            int r1 = (int) ((long) h * (b + 1) / bands);
            done.add(pool.submit(() -> work.rows(r0, r1)));
        }
        try {
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finding the road", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
