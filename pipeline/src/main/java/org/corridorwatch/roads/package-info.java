/**
 * The road a corridor is measured along, built from road data (an OpenStreetMap extract or any GDAL line layer
 * given with {@code --roads} or {@code roads.file}).
 *
 * <p><b>Inputs</b>: the corridors ({@code geo.Corridor}: configured line, waypoints = its vertices, road numbers
 * {@code refs}), the road data's lines ({@link org.corridorwatch.roads.RoadWay}, read through
 * {@code raster.RoadLines}) and {@link org.corridorwatch.roads.RoadsParameters}. <b>Outputs</b>: one
 * {@link org.corridorwatch.model.CorridorRoad} per corridor ({@link org.corridorwatch.roads.CorridorRoads}), whose
 * line replaces the configured line for chainage, tiles and every road term, with the road data's provenance
 * ({@link org.corridorwatch.roads.RoadProvenance}: file, SHA-256, OSM replication time, attribution).
 *
 * <p><b>How</b>: ways whose {@code ref} is one of the corridor's refs are taken at their length, ways without a
 * ref but of a configured class (trunk, primary, secondary) at {@code class_penalty} times it, ways with another
 * ref not at all ({@link org.corridorwatch.roads.WayClass}); shared vertices join ways into a graph
 * ({@link org.corridorwatch.roads.WayGraph}, JGraphT), dead ends are joined to other pieces within
 * {@code max_gap_m} by gap edges at {@code gap_penalty} times their length, and the shortest path is routed
 * between consecutive waypoints that lie within {@code snap_m} of the graph
 * ({@link org.corridorwatch.roads.RoadRouter}). Gap edges, legs with no path and the stretches before the first
 * and after the last snapped waypoint are bridged by the configured line and reported
 * ({@link org.corridorwatch.roads.RoadAssembler}).
 *
 * <p><b>Units</b>: WGS84 degrees (x = longitude); distances in metres (geodesic for edge lengths, a local
 * equirectangular frame for offsets). <b>Invariants</b>: graph building, routing and bridging are pure functions
 * of values; only {@link org.corridorwatch.roads.RoadData} and {@link org.corridorwatch.roads.OsmReplicationTime}
 * read files, and GDAL is reached only through {@code raster/}.
 */
package org.corridorwatch.roads;
