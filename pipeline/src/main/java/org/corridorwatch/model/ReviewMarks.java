package org.corridorwatch.model;

import java.util.Map;

/**
 * What earlier review decisions say about this run's candidates, by candidate id: suppressed by a
 * rejected site of the same pattern, or linked to a confirmed site (a known incident). Immutable.
 *
 * @param suppressedBy  candidate id → id of the rejected site that suppresses it
 * @param knownIncident candidate id → id of the confirmed site it overlaps
 */
public record ReviewMarks(Map<String, String> suppressedBy, Map<String, String> knownIncident) {
    public static final ReviewMarks NONE = new ReviewMarks(Map.of(), Map.of());

    public ReviewMarks {
        suppressedBy = Map.copyOf(suppressedBy);
        knownIncident = Map.copyOf(knownIncident);
    }

    public String suppressedBy(String candidateId) {
        return suppressedBy.get(candidateId);
    }

    public String knownIncident(String candidateId) {
        return knownIncident.get(candidateId);
    }
}
