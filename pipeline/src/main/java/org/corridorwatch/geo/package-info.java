/**
 * Geography of the corridors: where along the road every pixel is.
 *
 * <p><b>Inputs</b>: corridors as WGS84 GeoJSON lines ({@link org.corridorwatch.geo.CorridorCatalog}),
 * places as GeoJSON points or a GeoNames dump ({@link org.corridorwatch.geo.Gazetteer}), a scene's
 * {@link org.corridorwatch.model.GridGeometry} with its {@link org.corridorwatch.geo.Projection} and
 * optional valid-data footprint. <b>Outputs</b>: {@link org.corridorwatch.geo.Location}s (chainage,
 * offset, nearest place) and {@link org.corridorwatch.model.Tile} plans.
 *
 * <p><b>Units</b>: WGS84 coordinates are degrees with x = longitude, y = latitude. Every buffer, distance
 * and area is in metres, computed in a projected CRS (the scene's own UTM zone, or the UTM zone of the
 * point for a scene in EPSG:4326), never in degrees. <b>Chainage</b> is km from the corridor's first
 * vertex (Bamako), measured geodesically along the densified line, so it does not depend on the UTM
 * zone used (the 29N/30N boundary at 6°W crosses RN7); offsets are signed ellipsoidal distances in
 * metres, positive on the left of travel away from Bamako. Tiles are pixel windows of the scene grid.
 *
 * <p><b>Invariants</b>: every value type is immutable; a tile id depends only on the scene grid (origin,
 * pixel size, CRS), the corridor id and the tile window, never on the run. No GDAL here: UTM is
 * pure Java (Krüger series) and GeoJSON is parsed with Jackson. Nodata is not this package's concern:
 * the scene's valid-data footprint arrives as a geometry (see {@code raster.ValidFootprint}).
 */
package org.corridorwatch.geo;
