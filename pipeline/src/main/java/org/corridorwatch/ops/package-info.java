/**
 * Running the pipeline: the scan job of one pair and the nightly job of a workspace.
 *
 * <p><b>Scan</b> ({@link org.corridorwatch.ops.ScanJob}): inputs a before/after pair (anything GDAL
 * opens), configuration and an area (corridors or an AOI); outputs a run folder (candidates/tiles
 * GeoJSON, evidence raster, review outputs, {@code run.json} last). Windows only: memory is tile size ×
 * threads.
 *
 * <p><b>Nightly</b> ({@link org.corridorwatch.ops.NightlyJob}): inputs a {@link org.corridorwatch.ops.Workspace}
 * (inbox of scenes, configuration, {@code workspace.sqlite}); outputs {@code runs/<run>/<pair>/} scan folders,
 * {@code runs/<run>/summary.json}, database rows and one summary line. Invariants: a scene is catalogued
 * once (id = SHA-256 of its bytes); a pair (before id, after id, configuration hash) is scanned once
 * when it succeeds; a pair is done only when its {@code run.json} exists and its database row is
 * committed; at most one nightly run per workspace (OS file lock); a flagged candidate is "new" unless an
 * earlier pair recorded the same site id or an overlapping outline. Dates are ISO days (UTC), cloud
 * fractions 0–1 over sampled corridor windows (nodata pixels excluded; NaN = the scene reaches no
 * corridor), footprints WGS84 lon/lat.
 */
package org.corridorwatch.ops;
