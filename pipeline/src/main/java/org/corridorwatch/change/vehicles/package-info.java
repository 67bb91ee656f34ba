/**
 * Vehicle objects and vehicle clusters: the "row of burnt tankers" and "queue of stranded trucks"
 * parts of the attack signature. Pure maths on arrays: no GDAL, no files.
 *
 * <p><b>Detection</b> ({@link org.corridorwatch.change.vehicles.VehicleDetector}). Input: a row-major
 * {@code float[]} luminance (any linear unit; NaN = invalid), width, height, the GSD in metres and an
 * optional search mask (the road buffer; {@code null} = whole image). White and black top-hats by a
 * square of {@link org.corridorwatch.change.vehicles.VehicleDetectionParameters#structuringElementM()}
 * metres (van Herk/Gil-Werman running min/max, cost independent of the square's size) keep objects
 * narrower than the square; a hysteresis threshold at median + k·σ (σ = 1.4826·MAD of the response over
 * the searched valid pixels) and 8-connected components give candidate objects, kept when their length,
 * width (from second moments) and elongation fit real vehicles (trucks and tankers: 8–18 × 2.5–3 m).
 * Output: {@link org.corridorwatch.change.vehicles.VehicleObject}s with centroid in pixel indices,
 * length/width in metres, orientation in degrees clockwise from image up, polarity (DARK = wreck
 * candidate, BRIGHT = intact vehicle) and contrast. NaN pixels are never part of an object and never win
 * a min/max. Meaningful from about 3 m GSD (a tanker ≈ 4–5 × 1 px) down; at 10 m vehicles are not
 * resolved and callers must not run it.
 *
 * A component too long or too big for one vehicle (at 3 m a truck touches the faint bright road edge,
 * nose-to-tail vehicles touch each other; wrecks on a scar join through the dark asphalt they stand on)
 * is split at half-maximum-like levels around its peaks and the prominent pieces kept (package-private
 * {@code PeakSplitter}; dark objects on pixels of 1.5 m or finer with their own, laxer settings); objects
 * less than {@link org.corridorwatch.change.vehicles.VehicleDetectionParameters#minRelativeContrast()} brighter or
 * darker than their background (road edges) are dropped.
 *
 * <p><b>Object-level change</b> ({@link org.corridorwatch.change.vehicles.StaticObjects}): after-date
 * objects with a before-date object of the same polarity at the same place are static (trees, roofs,
 * unmoved trucks), except on ground that burnt between the dates. {@link org.corridorwatch.change.vehicles.LineCount}
 * estimates the vehicles of a line from its length where the pixels do not resolve the gaps between them;
 * {@link org.corridorwatch.change.vehicles.RoadParallelBand} keeps the objects of a line that stand in one
 * band parallel to the road (a convoy burns on the road, not tens of metres beside it) and
 * {@link org.corridorwatch.change.vehicles.LoneWrecks} adds lone dark objects on that band's axis;
 * {@link org.corridorwatch.change.vehicles.StrayEnds} trims the stray objects at a line's ends (beyond a gap far wider
 * than the line's own spacing, or off its lane) before it is counted by length.
 * {@link org.corridorwatch.change.vehicles.QueueChains} finds queues as chains of trucks along the road.
 *
 * <p><b>Clusters</b> ({@link org.corridorwatch.change.vehicles.VehicleClusterer}). Input:
 * {@link org.corridorwatch.change.vehicles.PlacedVehicle}s in a metric plane (projected CRS metres, or
 * the image frame x = col·GSD, y = −row·GSD). DBSCAN (commons-math3) with eps in metres and a minimum
 * neighbour count; output {@link org.corridorwatch.change.vehicles.VehicleCluster}s with count, wreck
 * fraction, centroid, length along the principal axis, straightness and orientation (degrees clockwise
 * from +y). Chainage is the caller's business (it knows the corridor line).
 *
 * <p><b>Change</b> ({@link org.corridorwatch.change.vehicles.ClusterChange}). After-date clusters
 * matched by location to before-date clusters are PERSISTENT (truck parks, markets, checkpoints) and
 * not evidence; unmatched ones are NEW wreck lines, NEW queues or NEW other.
 *
 * <p>All types are immutable; all entry points are static and thread-safe.
 */
package org.corridorwatch.change.vehicles;
