/**
 * Measuring detection quality: a finished run's {@code candidates.geojson} against planted truth
 * ({@code truth.geojson} of the samples) at site level, and {@code evidence/burn.tif} against a
 * burned-area mask at pixel level. Distances are metres, measured in the UTM zone of each truth site;
 * a truth site is found when a flagged candidate lies within the match distance
 * ({@link org.corridorwatch.evaluate.SiteMatcher#DEFAULT_MATCH_DISTANCE_M} by default). Pixel scores
 * are computed on the mask's grid (the evidence is resampled onto it, nearest neighbour); pixels outside
 * the scanned area are left out. With a mask, the run's own input files also give the reference a pair is
 * judged against: the best single dNBR threshold's F1 ({@link org.corridorwatch.evaluate.DnbrReference}, the
 * dNBR read by {@link org.corridorwatch.evaluate.PairDnbr}).
 */
package org.corridorwatch.evaluate;
