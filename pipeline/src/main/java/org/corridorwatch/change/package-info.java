/**
 * Change detection maths between two dates of one tile: pure Java on float arrays, never GDAL.
 *
 * <p><b>Inputs.</b> A {@link org.corridorwatch.change.BandSet} per date: surface reflectance in 0..1
 * (scale and offset already applied by the sensor profile), row-major {@code float[]} of
 * {@code width * height} values, {@code NaN} = nodata. Optional bands (red-edge, SWIR) may be
 * {@code null}; every method says what it does without them. Both dates are on the same pixel grid.
 *
 * <p><b>Pipeline per tile</b> (the scan calls these in order):
 * <ol>
 *   <li>{@link org.corridorwatch.change.PixelMasks}: a {@code byte[]} of {@link org.corridorwatch.change.MaskCode}s
 *       from an L2A SCL band or from spectral tests, combined over both dates, cloud/shadow dilated;</li>
 *   <li>{@link org.corridorwatch.change.PhaseCorrelation}: residual shift (pixels) of the after date
 *       against the before date, and {@link org.corridorwatch.change.BilinearShift} to undo it;</li>
 *   <li>{@link org.corridorwatch.change.RadiometricNormalisation}: per-band robust gain/offset of after
 *       against before fitted on unchanged pixels;</li>
 *   <li>{@link org.corridorwatch.change.SceneStatistics}: robust centre and spread of the change index
 *       accumulated over a decimated sample of the whole scene (computed first, shared by all tiles);</li>
 *   <li>{@link org.corridorwatch.change.BurnEvidence}: per-pixel evidence in [0,1] with scene-adaptive
 *       thresholds ({@link org.corridorwatch.change.EvidenceMap});</li>
 *   <li>{@link org.corridorwatch.change.BurnRegions}: hysteresis regions with their features
 *       ({@link org.corridorwatch.change.BurnRegion}), in pixel coordinates of the tile.</li>
 * </ol>
 *
 * <p><b>Units and invariants.</b> Reflectance 0..1; indices dimensionless; shifts and coordinates in
 * pixels of the tile (x = column to the right, y = row down); areas in m² only where the caller passes
 * the pixel area. Masked pixels (any code other than {@link org.corridorwatch.change.MaskCode#VALID})
 * never get evidence (evidence 0, change index NaN). Inputs are never modified; results are new arrays.
 * Hot loops allocate nothing per pixel.
 */
package org.corridorwatch.change;
