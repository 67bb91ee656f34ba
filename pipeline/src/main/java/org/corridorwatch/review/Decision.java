package org.corridorwatch.review;

import java.time.Instant;

/**
 * One stored decision (a row of the append-only history). Immutable.
 *
 * @param seq         position in the history (larger = later)
 * @param siteId      the candidate's id ({@code cw-…})
 * @param run         the run folder the reviewer looked at
 * @param verdict     confirm, reject or unsure
 * @param reviewer    who decided
 * @param note        free text ("" when none), at most {@link DecisionStore#MAX_NOTE_CHARS} characters
 * @param pattern     the candidate's pattern when decided ("road_attack", "burn_scar", "bushfire")
 * @param geometryWkt the site outline, WKT in WGS84 lon/lat
 * @param decidedAt   when (UTC)
 */
public record Decision(long seq, String siteId, String run, Verdict verdict, String reviewer, String note, String pattern,
                       String geometryWkt, Instant decidedAt) {
}
