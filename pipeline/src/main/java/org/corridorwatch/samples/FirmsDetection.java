package org.corridorwatch.samples;

import java.time.LocalDate;

/**
 * One synthetic VIIRS active-fire detection in scene metres (converted to lat/lon when written).
 *
 * @param featureId truth feature that caused it, or null for an unrelated fire
 * @param acqTime   HHMM, UTC
 */
public record FirmsDetection(double x, double y, double brightTi4, double scan, double track, LocalDate acqDate,
                             String acqTime, String satellite, String confidence, double brightTi5, double frp,
                             String daynight, String featureId) {
}
