package org.corridorwatch.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.samples.Scenario.Acquisition;
import org.corridorwatch.samples.Scenario.Burn;
import org.corridorwatch.samples.Scenario.FireEvent;
import org.corridorwatch.samples.Scenario.PaintedObject;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Decides what a sample pair contains: places villages, markets, truck parks, attacks (burn scar,
 * wrecks, queue), bush fires, new buildings, clouds, nodata edges and the acquisition differences,
 * all from one seeded {@link SplittableRandom}, in scene-CRS metres. Pure: no I/O.
 *
 * <p>Invariants: every truth geometry is clipped to the scene; attacks, truck parks and markets sit
 * on a road and inside the scene with a margin; with {@code keepAttacksClear} no cloud, shadow or
 * nodata edge touches an attack.
 */
public final class ScenarioPlanner extends TrafficPlanner {
    private ScenarioPlanner(GridGeometry grid, Sensor sensor, List<LineString> roadLines, SampleRecipe recipe, double latitudeDeg,
            SplittableRandom rnd) {
        super(grid, sensor, roadLines, recipe, latitudeDeg, rnd);
    }

    /**
     * Plans a scenario.
     *
     * @param grid        north-up scene grid (UTM metres)
     * @param roads       road centre lines in scene metres, clipped near the scene; empty → one synthetic road
     * @param latitudeDeg scene latitude (for the sun position)
     */
    public static Scenario plan(GridGeometry grid, Sensor sensor, List<LineString> roads, SampleRecipe recipe,
                                double latitudeDeg, SplittableRandom rnd) {
        return new ScenarioPlanner(grid, sensor, roads, recipe, latitudeDeg, rnd).plan();
    }

    /** As {@link #plan(GridGeometry, Sensor, List, SampleRecipe, double, SplittableRandom)}, with a road course. */
    static Scenario plan(GridGeometry grid, Sensor sensor, List<LineString> roads, SampleRecipe recipe,
                         double latitudeDeg, SplittableRandom rnd, CourseRoads.Drawn course) {
        ScenarioPlanner p = new ScenarioPlanner(grid, sensor, roads, recipe, latitudeDeg, rnd);
        p.course = course;
        return p.plan();
    }

    private Scenario plan() {
        long pixelSeed = rnd.nextLong();
        if (roads.isEmpty()) {
            addSyntheticRoad();
        }
        if (course != null) {
            addCourse();
        }
        planNodataEdges();
        planVillages();
        for (int i = 0; i < recipe.attacks(); i++) {
            planAttack(i + 1);
        }
        for (int i = 0; i < recipe.markets(); i++) {
            planRoadsideLot(true, i + 1);
        }
        for (int i = 0; i < recipe.truckParks(); i++) {
            planRoadsideLot(false, i + 1);
        }
        // queues after the roadside lots: a queue may pass a truck park, a park must not sit on a queue
        pendingQueues.forEach(Runnable::run);
        for (int i = 0; i < recipe.bushfires(); i++) {
            planBushfire(i + 1, false);
        }
        for (int i = 0; i < recipe.oldBurns(); i++) {
            planBushfire(i + 1, true);
        }
        for (int i = 0; i < recipe.newBuildings(); i++) {
            planNewBuilding(i + 1);
        }
        if (!recipe.sweep().isNone()) {
            new LookAlikePlanner(this).plan();
        }
        planUnrelatedFires();
        Acquisition before = planAcquisition(When.BEFORE);
        Acquisition after = planAcquisition(When.AFTER);
        addAtmosphereTruth(before);
        addAtmosphereTruth(after);
        List<PlantedFeature> truth = new ArrayList<>();
        for (PlantedFeature f : features) {
            truth.add(withCloudFraction(clipped(f), after));
        }
        Scenario.Ground ground = new Scenario.Ground(recipe.vegetationLevel(), recipe.treeDensity(),
                recipe.fieldDensity(), rnd.nextDouble() * Math.PI / 2, villages);
        return new Scenario(pixelSeed, grid, sensor, recipe, roads.stream().map(RoadPath::line).toList(),
                syntheticRoad, ground, burns, objects, before, after, truth, fires, surfaces);
    }

    // ---------------------------------------------------------------- bush fires, buildings

    private void planBushfire(int n, boolean old) {
        double ha = logUniform(recipe.bushfireHa()[0], recipe.bushfireHa()[1]) * (old ? 0.6 : 1);
        double elong = 1.3 + rnd.nextDouble() * 2.2;
        double b = Math.sqrt(ha * 1e4 / (Math.PI * elong));
        double a = b * elong;
        boolean across = !old && rnd.nextDouble() < recipe.bushfireAcrossRoad();
        Blob shape = null;
        for (int tries = 0; tries < 300 && shape == null; tries++) {
            double x;
            double y;
            double rot = Math.toRadians(10 + 30 * rnd.nextGaussian());
            if (across) {
                RoadPath r = roads.get(rnd.nextInt(roads.size()));
                double[] p = r.point(rnd.nextDouble() * r.length(), (rnd.nextDouble() - 0.5) * b);
                x = p[0];
                y = p[1];
            } else {
                x = scene.getMinX() + rnd.nextDouble() * scene.getWidth();
                y = scene.getMinY() + rnd.nextDouble() * scene.getHeight();
                if (distanceToRoad(x, y) < Math.max(a, b) * 1.4 + 250) {
                    continue;
                }
            }
            Blob cand = Blob.random(x, y, rot, a, b, 0.45, 6, rnd);
            Polygon p = cand.toPolygon(gf);
            if (!p.intersects(scenePolygon) || occupied.stream().anyMatch(p::intersects)) {
                continue;
            }
            shape = cand;
        }
        if (shape == null) {
            return;
        }
        double severity = old ? 0.35 + 0.2 * rnd.nextDouble() : 0.6 + 0.3 * rnd.nextDouble();
        burns.add(new Burn(shape, false, severity, old ? When.BOTH : When.AFTER));
        String id = (old ? "old-burn-" : "bushfire-") + n;
        Map<String, Object> a2 = attrs();
        Polygon poly = shape.toPolygon(gf);
        a2.put("area_ha", round(poly.getArea() / 1e4, 1));
        a2.put("crosses_road", roads.stream().anyMatch(r -> r.line().intersects(poly)));
        LocalDate date;
        if (old) {
            date = recipe.beforeDate().minusDays(5 + rnd.nextInt(40));
        } else {
            long span = ChronoUnit.DAYS.between(recipe.beforeDate(), recipe.afterDate());
            date = recipe.beforeDate().plusDays(1 + rnd.nextInt((int) Math.max(1, span - 1)));
            int days = 1 + (ha > 80 ? rnd.nextInt(3) : 0);
            fires.add(new FireEvent(id, shape, date, days, (int) Math.min(25, 1 + ha / 20 + rnd.nextInt(3)), false));
        }
        a2.put("date", date.toString());
        features.add(new PlantedFeature(id, old ? FeatureClass.OLD_BURN : FeatureClass.BUSHFIRE, poly,
                old ? When.BOTH : When.AFTER, a2));
    }

    private void planNewBuilding(int n) {
        for (int tries = 0; tries < 100; tries++) {
            double x;
            double y;
            if (!villages.isEmpty() && rnd.nextDouble() < 0.7) {
                Blob v = villages.get(rnd.nextInt(villages.size()));
                double t = rnd.nextDouble() * 2 * Math.PI;
                double rr = v.radiusAt(t - v.rotation()) * (0.9 + 0.3 * rnd.nextDouble());
                x = v.cx() + rr * Math.cos(t);
                y = v.cy() + rr * Math.sin(t);
            } else {
                RoadPath r = roads.get(rnd.nextInt(roads.size()));
                double[] p = r.point(rnd.nextDouble() * r.length(), (rnd.nextBoolean() ? 1 : -1) * (25 + 40 * rnd.nextDouble()));
                x = p[0];
                y = p[1];
            }
            if (!expanded(scene, -50).contains(x, y)) {
                continue;
            }
            OrientedBox roof = new OrientedBox(x, y, 10 + rnd.nextDouble() * 12, 7 + rnd.nextDouble() * 6,
                    rnd.nextDouble() * Math.PI);
            Polygon p = roof.toPolygon(gf);
            if (occupied.stream().anyMatch(p::intersects)) {
                continue;
            }
            objects.add(new PaintedObject(new OrientedBox(x, y, roof.lengthM() + 8, roof.widthM() + 8, roof.angle()),
                    scaled(Spectrum.COMPACTED_SOIL, 1.0), When.AFTER));
            objects.add(new PaintedObject(roof, scaled(Spectrum.METAL_ROOF, 0.95 + 0.15 * rnd.nextDouble()),
                    When.AFTER));
            Map<String, Object> a = attrs();
            a.put("date", recipe.afterDate().toString());
            a.put("area_m2", round(roof.lengthM() * roof.widthM(), 0));
            features.add(new PlantedFeature("new-building-" + n, FeatureClass.NEW_BUILDING, p, When.AFTER, a));
            return;
        }
    }

    private void planUnrelatedFires() {
        long span = ChronoUnit.DAYS.between(recipe.beforeDate(), recipe.afterDate());
        int n = recipe.name().equals("no-change") ? 2 : 2 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            Envelope e = expanded(scene, 8000);
            double x = e.getMinX() + rnd.nextDouble() * e.getWidth();
            double y = e.getMinY() + rnd.nextDouble() * e.getHeight();
            boolean outsideWindow = i == 0 || recipe.name().equals("no-change");
            LocalDate d = outsideWindow ? recipe.beforeDate().minusDays(1 + rnd.nextInt(20))
                    : recipe.beforeDate().plusDays(1 + rnd.nextInt((int) Math.max(1, span - 1)));
            fires.add(new FireEvent(null, new Blob(x, y, 0, 50, 50, new double[0], new double[0], 0), d, 1, 1, false));
        }
    }
}
