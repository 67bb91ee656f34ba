/**
 * How every output file is written: to a hidden temporary name beside the target, flushed to disk,
 * then renamed into place ({@link org.corridorwatch.files.AtomicFiles}), so a crash, a kill or a full
 * disk never leaves a half-written file under the real name. Used by every stage that writes; GDAL's
 * own writers follow the same rule in {@code raster}.
 */
package org.corridorwatch.files;
