/**
 * Review of a run's candidates and the memory of the decisions.
 *
 * <p>{@link org.corridorwatch.review.DecisionStore}: an SQLite file (default {@code decisions.sqlite}
 * beside the run folders, i.e. {@code <run>/../decisions.sqlite}) holding the append-only history of
 * decisions: who, when (UTC), site id, run folder, confirm/reject/unsure, note (≤ 2000 characters),
 * the candidate's pattern and its outline as WKT in WGS84 lon/lat. WAL mode, busy timeout and
 * IMMEDIATE transactions make concurrent writers safe.
 *
 * <p>{@link org.corridorwatch.review.ReviewServer}: serves a run's {@code report.html}, chips and a
 * small JSON API on the JDK HTTP server (loopback by default, token elsewhere, CSRF-protected POSTs).
 * {@link org.corridorwatch.review.DecisionExport} writes decisions as GeoJSON, CSV or GeoPackage.
 * {@link org.corridorwatch.review.DecisionMemory} turns current decisions into
 * {@link org.corridorwatch.model.ReviewMarks} for the next scan: within 100 m (metres in a local
 * frame) of a rejected site of the same pattern → suppressed; of a confirmed site → known incident.
 */
package org.corridorwatch.review;
