package org.corridorwatch.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.samples.Scenario.Acquisition;
import org.corridorwatch.samples.Scenario.Burn;
import org.corridorwatch.samples.Scenario.FireEvent;
import org.corridorwatch.samples.Scenario.NodataEdge;
import org.corridorwatch.samples.Scenario.PaintedObject;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The state a scenario is planned into, shared by the planning layers ({@link SceneFramePlanner}, then {@link
 * TrafficPlanner}, then {@link ScenarioPlanner}): the grid, the recipe, the one seeded random stream, the roads and
 * the growing lists of burns, painted objects, truth features and fires; plus the small geometric helpers. Every
 * layer draws from the same {@code rnd} in the order {@link ScenarioPlanner} calls them, so a seed gives one scenario.
 */
abstract class ScenarioDraft {
    final GridGeometry grid;
    final Sensor sensor;
    final SampleRecipe recipe;
    final SplittableRandom rnd;
    final double latitudeDeg;
    final GeometryFactory gf = new GeometryFactory();
    final Envelope scene;
    final Polygon scenePolygon;
    final List<RoadPath> roads = new ArrayList<>();
    boolean syntheticRoad;
    /** The road on its own course (track, bypass, clouds over it), or null: the roads are the configured lines. */
    CourseRoads.Drawn course;
    final List<Blob> villages = new ArrayList<>();
    final List<Burn> burns = new ArrayList<>();
    final List<PaintedObject> objects = new ArrayList<>();
    final List<PlantedFeature> features = new ArrayList<>();
    final List<FireEvent> fires = new ArrayList<>();
    /** Sweep layers (ground under attacks, look-alikes); empty for the named cases. */
    final List<Scenario.Surface> surfaces = new ArrayList<>();
    /** Areas later placements must avoid (attacks, parks, markets), scene metres. */
    final List<Geometry> occupied = new ArrayList<>();
    final List<Geometry> attackAreas = new ArrayList<>();
    final NodataEdge[] nodata = new NodataEdge[2];
    final List<Runnable> pendingQueues = new ArrayList<>();

    ScenarioDraft(GridGeometry grid, Sensor sensor, List<LineString> roadLines, SampleRecipe recipe,
                  double latitudeDeg, SplittableRandom rnd) {
        if (!grid.isNorthUp()) {
            throw new IllegalArgumentException("samples are generated on north-up grids");
        }
        this.grid = grid;
        this.sensor = sensor;
        this.recipe = recipe;
        this.rnd = rnd;
        this.latitudeDeg = latitudeDeg;
        double x0 = grid.originX();
        double y0 = grid.originY();
        scene = new Envelope(x0, x0 + grid.width() * grid.pixelWidth(), y0 - grid.height() * grid.pixelHeight(), y0);
        scenePolygon = (Polygon) gf.toGeometry(scene);
        for (LineString l : roadLines) {
            if (l.getLength() > 50) {
                roads.add(new RoadPath(l));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    PlantedFeature clipped(PlantedFeature f) {
        Geometry g = f.geometry();
        if (scenePolygon.contains(g)) {
            return f;
        }
        Geometry c = g.intersection(scenePolygon);
        return new PlantedFeature(f.id(), f.featureClass(), c, f.visible(), f.attributes()).with("clipped_to_scene",
                true);
    }

    PlantedFeature withCloudFraction(PlantedFeature f, Acquisition after) {
        boolean change = switch (f.featureClass()) {
            case ATTACK, BUSHFIRE, QUEUE, NEW_BUILDING -> true;
            default -> false;
        };
        if (!change || after.clouds().isEmpty() || f.geometry().isEmpty()) {
            return f;
        }
        List<Geometry> cs = new ArrayList<>();
        after.clouds().forEach(c -> cs.add(c.toPolygon(gf)));
        Geometry cloud = gf.buildGeometry(cs).union();
        return f.with("cloud_fraction_after", round(f.geometry().intersection(cloud).getArea()
                / f.geometry().getArea(), 3));
    }

    LocalDate dateOf(When w) {
        return w == When.BEFORE ? recipe.beforeDate() : recipe.afterDate();
    }

    double distanceToRoad(double x, double y) {
        var p = gf.createPoint(new Coordinate(x, y));
        return roads.stream().mapToDouble(r -> r.line().distance(p)).min().orElse(Double.MAX_VALUE);
    }

    double logUniform(double lo, double hi) {
        return Math.exp(Math.log(lo) + rnd.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    static double[] scaled(Spectrum s, double f) {
        double[] v = s.reflectances();
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
        return v;
    }

    static Envelope expanded(Envelope e, double d) {
        Envelope c = new Envelope(e);
        c.expandBy(d);
        return c;
    }

    static Map<String, Object> attrs() {
        return new LinkedHashMap<>();
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
