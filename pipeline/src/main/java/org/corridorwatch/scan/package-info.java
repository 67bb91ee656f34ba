/**
 * The scan of one before/after pair, as an ordered list of named stages ({@link org.corridorwatch.scan.ScanJob}):
 * <ol>
 *   <li><b>open</b>: both scenes opened once, sensor profile and bands resolved, the pair aligned on one grid
 *       ({@link org.corridorwatch.raster.ScenePair});</li>
 *   <li><b>plan</b>: tiles along the selected corridors ({@link org.corridorwatch.geo.TilePlanner}) or over an
 *       area ({@link org.corridorwatch.scan.AreaTiles});</li>
 *   <li><b>scene_statistics</b>: the change index's robust centre and noise from block-aligned samples
 *       ({@link org.corridorwatch.scan.SceneSampler});</li>
 *   <li><b>tiles</b>: every tile read ({@link org.corridorwatch.scan.TileReader}) and analysed by the pure tile
 *       function {@link org.corridorwatch.sites.TileAnalyzer} on a thread pool ({@link org.corridorwatch.scan.TilePass}),
 *       its evidence written to {@code evidence/burn.tif};</li>
 *   <li><b>sites</b>: region pieces merged across tiles, described, scored and ranked ({@code sites/});</li>
 *   <li><b>write</b> and <b>review_outputs</b>: candidates/tiles GeoJSON, chips, GIS layers, report.html
 *       ({@code report/}); {@code run.json} last ({@link org.corridorwatch.scan.RunManifest}).</li>
 * </ol>
 * Inputs: a {@link org.corridorwatch.scan.ScanRequest} (built by the CLI or the nightly job). Outputs: a run
 * folder prepared by {@link org.corridorwatch.scan.OutputDirectory}; every file is written to a temporary name
 * and renamed into place. Memory is tile size × threads: only windows are read. The stage names are the keys
 * of {@code timings_s} in run.json.
 */
package org.corridorwatch.scan;
