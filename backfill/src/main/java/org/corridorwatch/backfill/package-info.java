/**
 * The backfill: many scene pairs scanned with the tile stage on Apache Spark. The driver opens, plans and samples
 * each pair ({@code ScanJob.start}), executors run {@code TileWork.analyse} (the scan's own tile code) for
 * (pair, tile) tasks, and the driver finishes each pair with the scan's merge and writers
 * ({@code ScanJob.finish}). Kept out of pipeline/ so that scan and nightly never load Spark.
 */
package org.corridorwatch.backfill;
