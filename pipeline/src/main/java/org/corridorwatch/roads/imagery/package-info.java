/**
 * The road found in the imagery: where along a corridor the road actually visible in the before date runs.
 *
 * <p><b>Inputs</b>: the before date's bands on a decimated grid (plain float arrays, row-major, NaN = no data,
 * reflectance 0..1; read by {@code raster/} and box-averaged to cells of about {@code resolution_m}), the cell size
 * in metres, and the prior line (configured corridor or road data) in cell coordinates (column, row; the centre of
 * cell (c, r) is (c + 0.5, r + 0.5)). <b>Outputs</b>: a {@link org.corridorwatch.roads.imagery.TracedRoad}: the
 * least-cost path through a road-likeness cost surface from where the road enters the scene (or the search band's
 * start) to where it leaves it, cut into stretches ({@link org.corridorwatch.roads.imagery.StretchCutter})
 * that are accepted (good support, clear sky) or refused (cloud, weak support), each with its support and its
 * median offset from the prior; {@link org.corridorwatch.roads.imagery.SnappedLine} turns it into the road of a
 * corridor (segments with source IMAGERY or CONFIGURED) in projected metres, joined to the prior outside the scene
 * ({@link org.corridorwatch.roads.imagery.OutsideJoin}).
 *
 * <p><b>Maths</b>: {@link org.corridorwatch.roads.imagery.RoadLikeness} is an oriented line filter: for 8
 * orientations, the mean along a short line through a cell compared with the means of the two parallel lines at a
 * lateral offset (two scales); the response is the smaller of the two differences when both have the same sign
 * (a ridge or a valley: laterite or sand brighter than the bush, asphalt darker), so edges of fields and clouds do
 * not respond. It is expressed in robust sigmas of the scene's own line-to-line contrast, per channel (visible
 * mean, NIR, SWIR), the largest kept. {@link org.corridorwatch.roads.imagery.LeastCostPath} is Dijkstra on the
 * 8-connected grid from many entries to many exits, each with its own cost.
 *
 * <p><b>Invariants</b>: pure Java, no I/O, no GDAL; deterministic for given arrays; every distance in the
 * parameters is metres, converted to cells with the cell size.
 */
package org.corridorwatch.roads.imagery;
