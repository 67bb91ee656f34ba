/**
 * Per-pixel burn evidence in [0,1]: spectral indices ({@link org.corridorwatch.change.evidence.SpectralIndices}),
 * the scene's own change statistics ({@link org.corridorwatch.change.evidence.SceneStatistics}) and the
 * scene-adaptive mapping from change to evidence ({@link org.corridorwatch.change.evidence.BurnEvidence}, result an
 * {@link org.corridorwatch.change.evidence.EvidenceMap}). Masked pixels get evidence 0 and a NaN change index.
 * A new evidence component belongs here (see docs/architecture.md).
 */
package org.corridorwatch.change.evidence;
