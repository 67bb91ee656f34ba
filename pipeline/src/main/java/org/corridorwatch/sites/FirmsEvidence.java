package org.corridorwatch.sites;

import java.time.LocalDate;
import java.util.List;

/**
 * The FIRMS detections that speak for one site. Immutable.
 *
 * @param count    detections within the search distance between the dates ({@code firms_count})
 * @param nearestM distance of the nearest one to the site's outline, metres (0 inside; NaN when count is 0)
 * @param dateMin  UTC date of the earliest one ({@code event_date_min}); null when count is 0
 * @param dateMax  UTC date of the latest one ({@code event_date_max}); null when count is 0
 * @param value    the FIRMS term in [0,1] ({@code firms_score})
 * @param reasons  plain-language reasons ("3 VIIRS detections on 2025-09-14, nearest 210 m")
 */
public record FirmsEvidence(int count, double nearestM, LocalDate dateMin, LocalDate dateMax, double value,
                            List<String> reasons) {
    public FirmsEvidence {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("FIRMS value out of [0,1]: " + value);
        }
        reasons = List.copyOf(reasons);
    }
}
