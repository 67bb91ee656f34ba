/**
 * Change detection maths between two dates of one tile: pure Java on float arrays, never GDAL.
 *
 * <p><b>Inputs.</b> A {@link org.corridorwatch.model.BandSet} per date: surface reflectance in 0..1
 * (scale and offset already applied by the sensor profile), row-major {@code float[]} of
 * {@code width * height} values, {@code NaN} = nodata. Optional bands (red-edge, SWIR) may be
 * {@code null}; every method says what it does without them. Both dates are on the same pixel grid.
 *
 * <p><b>Pipeline per tile</b> (the scan calls these in order):
 * <ol>
 *   <li>{@link org.corridorwatch.change.mask.PixelMasks}: a {@code byte[]} of {@link org.corridorwatch.change.mask.MaskCode}s
 *       from an L2A SCL band or from spectral tests, combined over both dates, cloud/shadow dilated;</li>
 *   <li>{@link org.corridorwatch.change.align.PhaseCorrelation}: residual shift (pixels) of the after date
 *       against the before date, and {@link org.corridorwatch.change.align.BilinearShift} to undo it;</li>
 *   <li>{@link org.corridorwatch.change.align.RadiometricNormalisation}: per-band robust gain/offset of after
 *       against before fitted on unchanged pixels;</li>
 *   <li>{@link org.corridorwatch.change.evidence.SceneStatistics}: robust centre and spread of the change index
 *       accumulated over a decimated sample of the whole scene (computed first, shared by all tiles);</li>
 *   <li>{@link org.corridorwatch.change.evidence.BurnEvidence}: per-pixel evidence in [0,1] with scene-adaptive
 *       thresholds ({@link org.corridorwatch.change.evidence.EvidenceMap});</li>
 *   <li>{@link org.corridorwatch.change.regions.BurnRegions}: hysteresis regions with their features
 *       ({@link org.corridorwatch.change.regions.BurnRegion}), in pixel coordinates of the tile.</li>
 * </ol>
 *
 * <p><b>Units and invariants.</b> Reflectance 0..1; indices dimensionless; shifts and coordinates in
 * pixels of the tile (x = column to the right, y = row down); areas in m² only where the caller passes
 * the pixel area. Masked pixels (any code other than {@link org.corridorwatch.change.mask.MaskCode#VALID})
 * never get evidence (evidence 0, change index NaN). Inputs are never modified; results are new arrays.
 * Hot loops allocate nothing per pixel.
 */
package org.corridorwatch.change;
