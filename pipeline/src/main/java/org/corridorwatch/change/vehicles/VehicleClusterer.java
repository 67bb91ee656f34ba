package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.ml.clustering.Cluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.DBSCANClusterer;

/**
 * Groups vehicle objects with DBSCAN (commons-math3) on their positions in metres and describes
 * each group ({@link VehicleCluster}). Vehicles that belong to no group are left out.
 *
 * <pre>
 *   List&lt;VehicleCluster&gt; groups = VehicleClusterer.cluster(placed, VehicleClusterParameters.DEFAULT);
 * </pre>
 */
public final class VehicleClusterer {
    private VehicleClusterer() {
    }

    /** Clusters placed vehicles; the result is ordered by member count, largest first. */
    public static List<VehicleCluster> cluster(List<PlacedVehicle> vehicles, VehicleClusterParameters parameters) {
        List<Point> points = new ArrayList<>(vehicles.size());
        for (PlacedVehicle v : vehicles) {
            points.add(new Point(v));
        }
        List<Cluster<Point>> groups =
                new DBSCANClusterer<Point>(parameters.epsMetres(), parameters.minNeighbours()).cluster(points);
        List<VehicleCluster> out = new ArrayList<>(groups.size());
        for (Cluster<Point> g : groups) {
            out.add(VehicleCluster.of(g.getPoints().stream().map(p -> p.vehicle).toList()));
        }
        out.sort(Comparator.comparingInt(VehicleCluster::count).reversed()
                .thenComparingDouble(VehicleCluster::centroidX).thenComparingDouble(VehicleCluster::centroidY));
        return out;
    }

    /** Clusters objects of one image in its own metric frame ({@link PlacedVehicle#inImageMetres}). */
    public static List<VehicleCluster> clusterInImage(List<VehicleObject> objects, double gsdMetres,
                                                      VehicleClusterParameters parameters) {
        return cluster(objects.stream().map(o -> PlacedVehicle.inImageMetres(o, gsdMetres)).toList(), parameters);
    }

    /** A DBSCAN point that remembers its vehicle (identity, not coordinates, tells points apart). */
    private static final class Point implements Clusterable {
        final PlacedVehicle vehicle;
        final double[] xy;

        Point(PlacedVehicle vehicle) {
            this.vehicle = vehicle;
            this.xy = new double[] {vehicle.x(), vehicle.y()};
        }

        @Override
        public double[] getPoint() {
            return xy;
        }
    }
}
