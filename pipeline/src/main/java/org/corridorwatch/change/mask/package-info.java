/**
 * Which pixels of a tile can be trusted: per-pixel {@link org.corridorwatch.change.mask.MaskCode}s from the L2A
 * scene classification or from spectral cloud/shadow/water tests ({@link org.corridorwatch.change.mask.PixelMasks}),
 * combined over both dates, with the thresholds in {@link org.corridorwatch.change.mask.MaskParameters}.
 * Pure Java on float arrays (reflectance 0..1, NaN = nodata).
 */
package org.corridorwatch.change.mask;
