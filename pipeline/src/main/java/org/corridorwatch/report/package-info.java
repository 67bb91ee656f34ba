/**
 * Everything a scan writes for people and GIS tools: {@code candidates.geojson}, {@code tiles.geojson},
 * evidence chips ({@code chips/<id>-before|after|false|evidence.png}), {@code candidates.gpkg}
 * (layers candidates, tiles, corridors), {@code candidates.kml}, {@code candidates.csv} and the
 * self-contained {@code report.html}.
 *
 * <p>Inputs: ranked {@link org.corridorwatch.model.Candidate}s (WGS84 outlines), tile outcomes, corridors,
 * and for chips the scan's pair on its common grid. Units: chips are square windows of scan-grid
 * pixels (site bounding box + margin, at least 64 px) drawn at 256 px with a scale bar in metres;
 * colour composites are reflectance stretched per chip and band from the 2–98 % percentiles, the
 * evidence layer uses a fixed 0..1 ramp. Nodata (NaN) is drawn dark grey and ignored by the stretch.
 *
 * <p>Invariants: every file goes to a temporary name and is renamed into place; vector formats are
 * written by GDAL/OGR ({@link org.corridorwatch.raster.VectorLayers}), never by string templates;
 * every text from the data shown in HTML is escaped ({@link org.corridorwatch.report.Html}). Rendering
 * ({@link org.corridorwatch.report.ChipRenderer}, {@link org.corridorwatch.report.OverviewMap},
 * {@link org.corridorwatch.report.ReportPage#render}) is pure and needs no GDAL.
 */
package org.corridorwatch.report;
