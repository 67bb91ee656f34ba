/**
 * Bringing the after date onto the before date: residual sub-pixel shift by phase correlation
 * ({@link org.corridorwatch.change.align.PhaseCorrelation}, shifts in pixels, x right, y down), its correction
 * ({@link org.corridorwatch.change.align.BilinearShift}) and per-band radiometric gain/offset fitted on unchanged
 * pixels ({@link org.corridorwatch.change.align.RadiometricNormalisation}). Inputs are never modified.
 */
package org.corridorwatch.change.align;
