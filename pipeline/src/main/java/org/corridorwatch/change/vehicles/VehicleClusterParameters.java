package org.corridorwatch.change.vehicles;

/**
 * Settings of {@link VehicleClusterer} (DBSCAN). Immutable, validated.
 *
 * @param epsMetres     neighbourhood radius, metres: two vehicles closer than this are neighbours.
 *                      Tankers in a convoy stand nose to tail 15–25 m apart (centroid to centroid); at 3 m
 *                      a few vehicles of a line are always missed (a blue truck on grey asphalt), which
 *                      doubles the gap to 30–50 m, so the default bridges one missed vehicle
 * @param minNeighbours a vehicle with at least this many neighbours (itself not counted, as in
 *                      commons-math3's DBSCAN) starts a cluster; 2 means a cluster has at least 3
 *                      vehicles. Vehicles in no cluster are dropped as noise
 */
public record VehicleClusterParameters(double epsMetres, int minNeighbours) {
    public static final double DEFAULT_EPS_METRES = 50.0;
    public static final int DEFAULT_MIN_NEIGHBOURS = 2;
    public static final VehicleClusterParameters DEFAULT =
            new VehicleClusterParameters(DEFAULT_EPS_METRES, DEFAULT_MIN_NEIGHBOURS);

    public VehicleClusterParameters {
        if (!(epsMetres > 0)) {
            throw new IllegalArgumentException("epsMetres must be > 0: " + epsMetres);
        }
        if (minNeighbours < 1) {
            throw new IllegalArgumentException("minNeighbours must be >= 1: " + minNeighbours);
        }
    }
}
