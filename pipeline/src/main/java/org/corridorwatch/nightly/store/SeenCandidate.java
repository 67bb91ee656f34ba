package org.corridorwatch.nightly.store;

/** A flagged candidate of a pair, as recorded in the workspace ({@code candidates_seen}). */
public record SeenCandidate(String siteId, String run, String pair, String geometryWkt, double score, boolean isNew,
                            String knownIncident) {
}
