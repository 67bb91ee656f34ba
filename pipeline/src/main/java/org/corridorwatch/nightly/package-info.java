/**
 * The overnight job of a workspace ({@link org.corridorwatch.nightly.NightlyJob}): catalogue what arrived,
 * pair it, scan what was never scanned, summarise in one line.
 *
 * <p>Inputs: a {@link org.corridorwatch.nightly.Workspace} (inbox of scenes, {@code firms/} of FIRMS exports,
 * configuration, {@code workspace.sqlite}); outputs {@code runs/<run>/<pair>/} scan folders (each written by
 * {@link org.corridorwatch.scan.ScanJob}), {@code runs/<run>/summary.json}, database rows and one summary line.
 * Invariants: a scene (or FIRMS file) is catalogued once (id = SHA-256 of its bytes); every tile of an
 * after-scene's plan chooses its before-scene once per configuration hash and set of candidate scenes, the
 * choice and its reason stored per tile; the tiles choosing one before-scene form a pair (before id, after
 * id, configuration hash) scanned once, over those tiles only, when it succeeds; a pair is done only when
 * its {@code run.json} exists and its database row is committed; a quarantined file is listed by summaries
 * until one is written; at most one nightly run per workspace (OS file lock); a flagged candidate is "new"
 * unless an earlier pair recorded the same site id or an overlapping (or touching) outline. Dates are ISO days
 * (UTC); tile clearness is a 0–1 share of coarse cells (cloud, shadow or nodata, where the after-scene has
 * data); footprints WGS84 lon/lat. The database itself is {@code nightly.store}.
 */
package org.corridorwatch.nightly;
