/**
 * From per-pixel evidence to ranked candidate sites. Pure Java and JTS, never GDAL (checked by
 * {@code ArchitectureTest}).
 *
 * <ul>
 *   <li>{@link org.corridorwatch.sites.TileAnalyzer}: the tile stage, a pure function of (tile pixels,
 *       scene statistics, configuration): change maths, hysteresis regions, vehicle objects, and the
 *       {@link org.corridorwatch.model.RegionPiece}s inside the tile's core (cores partition the grid, so a
 *       region cut by a tile border is found as pieces that share an edge);</li>
 *   <li>{@link org.corridorwatch.sites.SiteMerger}: pieces → whole regions with exact additive
 *       {@link org.corridorwatch.model.PixelStats};</li>
 *   <li>{@link org.corridorwatch.sites.SiteDescriber}: physical features and location (metres in the
 *       site's UTM zone; chainage, offset, nearest place);</li>
 *   <li>{@link org.corridorwatch.sites.EvidenceTerm}s ({@link org.corridorwatch.sites.BurnTerm},
 *       {@link org.corridorwatch.sites.VehicleTerm}, {@link org.corridorwatch.sites.FirmsTerm}) fused by
 *       {@link org.corridorwatch.sites.SiteScorer} as a noisy-OR into a score in [0,1] with plain-language
 *       reasons; {@link org.corridorwatch.sites.CandidateRanker} ranks and flags,
 *       {@link org.corridorwatch.sites.QueueCandidates} adds new queues as their own candidates.</li>
 * </ul>
 *
 * <p>Coordinates: pixel outlines are on the scan's common grid (x = column, y = row, corners at
 * integers); outlines in candidates are WGS84 lon/lat; distances and areas are metres.
 */
package org.corridorwatch.sites;
