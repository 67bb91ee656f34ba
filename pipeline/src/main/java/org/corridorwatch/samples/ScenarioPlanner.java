package org.corridorwatch.samples;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.corridorwatch.model.ConfigException;
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
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Decides what a sample pair contains: places villages, markets, truck parks, attacks (burn scar,
 * wrecks, queue), bush fires, new buildings, clouds, nodata edges and the acquisition differences,
 * all from one seeded {@link SplittableRandom}, in scene-CRS metres. Pure: no I/O.
 *
 * <p>Invariants: every truth geometry is clipped to the scene; attacks, truck parks and markets sit
 * on a road and inside the scene with a margin; with {@code keepAttacksClear} no cloud, shadow or
 * nodata edge touches an attack.
 */
public final class ScenarioPlanner {
    private static final double TANKER_WIDTH_M = 2.5;
    private static final double[] TRUCK_WEIGHTS = {0.55, 0.15, 0.15, 0.15};
    private static final Spectrum[] TRUCK_COLOURS = {Spectrum.TRUCK_WHITE, Spectrum.TRUCK_RED, Spectrum.TRUCK_BLUE,
        Spectrum.TRUCK_YELLOW};

    private final GridGeometry grid;
    private final Sensor sensor;
    private final SampleRecipe recipe;
    private final SplittableRandom rnd;
    private final double latitudeDeg;
    private final GeometryFactory gf = new GeometryFactory();
    private final Envelope scene;
    private final Polygon scenePolygon;
    private final List<RoadPath> roads = new ArrayList<>();
    private boolean syntheticRoad;
    private final List<Blob> villages = new ArrayList<>();
    private final List<Burn> burns = new ArrayList<>();
    private final List<PaintedObject> objects = new ArrayList<>();
    private final List<PlantedFeature> features = new ArrayList<>();
    private final List<FireEvent> fires = new ArrayList<>();
    /** Areas later placements must avoid (attacks, parks, markets), scene metres. */
    private final List<Geometry> occupied = new ArrayList<>();
    private final List<Geometry> attackAreas = new ArrayList<>();
    private final NodataEdge[] nodata = new NodataEdge[2];
    private final List<Runnable> pendingQueues = new ArrayList<>();

    private ScenarioPlanner(GridGeometry grid, Sensor sensor, List<LineString> roadLines, SampleRecipe recipe,
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

    private Scenario plan() {
        long pixelSeed = rnd.nextLong();
        if (roads.isEmpty()) {
            addSyntheticRoad();
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
                syntheticRoad, ground, burns, objects, before, after, truth, fires);
    }

    // ---------------------------------------------------------------- roads, edges, villages

    private void addSyntheticRoad() {
        double a = rnd.nextDouble() * Math.PI;
        double r = Math.hypot(scene.getWidth(), scene.getHeight());
        double cx = scene.centre().x;
        double cy = scene.centre().y;
        LineString l = gf.createLineString(new Coordinate[] {new Coordinate(cx - r * Math.cos(a), cy - r * Math.sin(a)),
            new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a))});
        Geometry clipped = l.intersection(gf.toGeometry(expanded(scene, 200)));
        roads.add(new RoadPath((LineString) clipped));
        syntheticRoad = true;
    }

    private void planNodataEdges() {
        if (!recipe.nodataEdge()) {
            return;
        }
        int date = rnd.nextInt(2);
        int w = grid.width();
        int h = grid.height();
        // a swath edge cutting one corner: nx*col + ny*row > c
        int corner = rnd.nextInt(4);
        double cut = 0.15 + 0.2 * rnd.nextDouble();
        double sx = corner % 2 == 0 ? 1 : -1;
        double sy = corner < 2 ? 1 : -1;
        NodataEdge e = new NodataEdge(sx / w, sy / h, (sx > 0 ? 1 : 0) + (sy > 0 ? 1 : 0) - cut);
        nodata[date] = e;
        Polygon p = nodataPolygon(e);
        if (p != null && !p.isEmpty()) {
            When when = date == 0 ? When.BEFORE : When.AFTER;
            Map<String, Object> a = attrs();
            a.put("date", dateOf(when).toString());
            a.put("area_ha", round(p.getArea() / 1e4, 2));
            features.add(new PlantedFeature("nodata-" + when.name().toLowerCase(), FeatureClass.NODATA, p, when, a));
            if (recipe.keepAttacksClear()) {
                occupied.add(p.buffer(300));
            }
        }
    }

    private Polygon nodataPolygon(NodataEdge e) {
        List<Coordinate> ring = new ArrayList<>();
        int n = 200;
        double w = grid.width();
        double h = grid.height();
        double[][] perimeter = new double[4 * n][];
        for (int i = 0; i < n; i++) {
            double t = i / (double) n;
            perimeter[i] = new double[] {t * w, 0};
            perimeter[n + i] = new double[] {w, t * h};
            perimeter[2 * n + i] = new double[] {w - t * w, h};
            perimeter[3 * n + i] = new double[] {0, h - t * h};
        }
        for (double[] p : perimeter) {
            if (e.isNodata(p[0], p[1])) {
                ring.add(new Coordinate(grid.x(p[0], p[1]), grid.y(p[0], p[1])));
            }
        }
        if (ring.size() < 3) {
            return null;
        }
        ring.add(ring.get(0));
        Geometry g = gf.createPolygon(ring.toArray(new Coordinate[0])).convexHull().intersection(scenePolygon);
        return g instanceof Polygon poly ? poly : null;
    }

    private void planVillages() {
        double areaKm2 = scene.getArea() / 1e6;
        int roadVillages = 0;
        for (RoadPath r : roads) {
            for (double s = 1500 + rnd.nextDouble() * 4000; s < r.length(); s += 4000 + rnd.nextDouble() * 5000) {
                double side = rnd.nextBoolean() ? 1 : -1;
                double radius = 90 + rnd.nextDouble() * 200;
                double[] p = r.point(s, side * (radius * 0.6 + 20));
                addVillage(p[0], p[1], radius, r.angle(s), ++roadVillages);
            }
        }
        int off = (int) Math.round(areaKm2 * recipe.villages() / 100.0);
        for (int i = 0; i < off; i++) {
            double x = scene.getMinX() + rnd.nextDouble() * scene.getWidth();
            double y = scene.getMinY() + rnd.nextDouble() * scene.getHeight();
            if (distanceToRoad(x, y) < 400) {
                continue;
            }
            addVillage(x, y, 60 + rnd.nextDouble() * 150, rnd.nextDouble() * Math.PI, roadVillages + i + 1);
        }
    }

    private void addVillage(double cx, double cy, double radius, double angle, int n) {
        Blob ground = Blob.random(cx, cy, angle, radius, radius * (0.6 + 0.4 * rnd.nextDouble()), 0.3, 15, rnd);
        if (!scene.intersects(ground.envelope())) {
            return;
        }
        villages.add(ground);
        int roofs = (int) (ground.nominalAreaM2() / (500 + rnd.nextDouble() * 400));
        double metal = 0.35 + 0.3 * rnd.nextDouble();
        Envelope e = ground.envelope();
        int placed = 0;
        for (int tries = 0; placed < roofs && tries < roofs * 6; tries++) {
            double x = e.getMinX() + rnd.nextDouble() * e.getWidth();
            double y = e.getMinY() + rnd.nextDouble() * e.getHeight();
            if (ground.depth(x, y) < 8) {
                continue;
            }
            double u = rnd.nextDouble();
            Spectrum s = u < metal ? Spectrum.METAL_ROOF : u < metal + 0.15 ? Spectrum.RUSTY_ROOF : Spectrum.MUD_ROOF;
            OrientedBox roof = new OrientedBox(x, y, 6 + rnd.nextDouble() * 8, 4 + rnd.nextDouble() * 5,
                    angle + rnd.nextGaussian() * 0.12);
            objects.add(new PaintedObject(roof, scaled(s, 0.9 + 0.2 * rnd.nextDouble()), When.BOTH));
            placed++;
        }
        Map<String, Object> a = attrs();
        a.put("roof_count", placed);
        features.add(new PlantedFeature("village-" + n, FeatureClass.VILLAGE, ground.toPolygon(gf), When.BOTH, a));
    }

    // ---------------------------------------------------------------- roadside lots

    /** Finds a place on a road: {road, along} with the given half-length clear of edges and occupied areas. */
    private Object[] roadSpot(double halfLength, double clearance) {
        double total = roads.stream().mapToDouble(RoadPath::length).sum();
        for (int tries = 0; tries < 400; tries++) {
            double pick = rnd.nextDouble() * total;
            RoadPath r = roads.get(0);
            for (RoadPath c : roads) {
                r = c;
                if (pick < c.length()) {
                    break;
                }
                pick -= c.length();
            }
            double s = pick;
            double[] p0 = r.point(s - halfLength, 0);
            double[] p1 = r.point(s + halfLength, 0);
            if (s - halfLength < 0 || s + halfLength > r.length()) {
                continue;
            }
            Envelope inner = expanded(scene, -clearance);
            if (!inner.contains(p0[0], p0[1]) || !inner.contains(p1[0], p1[1])) {
                continue;
            }
            Geometry span = r.part(s - halfLength, s + halfLength).buffer(clearance * 0.5);
            if (occupied.stream().anyMatch(span::intersects)) {
                continue;
            }
            return new Object[] {r, s};
        }
        return null;
    }

    private void planRoadsideLot(boolean market, int n) {
        double len = market ? 60 + rnd.nextDouble() * 60 : 90 + rnd.nextDouble() * 110;
        double depth = market ? 40 + rnd.nextDouble() * 30 : 45 + rnd.nextDouble() * 35;
        Object[] spot = roadSpot(len / 2 + 10, Math.min(250, 0.1 * Math.min(scene.getWidth(), scene.getHeight())));
        if (spot == null) {
            return;
        }
        RoadPath r = (RoadPath) spot[0];
        double s = (double) spot[1];
        double side = rnd.nextBoolean() ? 1 : -1;
        double offset = side * (14 + depth / 2 + rnd.nextDouble() * 15);
        double[] c = r.point(s, offset);
        double ang = r.angle(s);
        OrientedBox lot = new OrientedBox(c[0], c[1], len, depth, ang);
        objects.add(new PaintedObject(lot, scaled(Spectrum.COMPACTED_SOIL, 1.05), When.BOTH));
        occupied.add(lot.toPolygon(gf).buffer(60));
        double ca = Math.cos(ang);
        double sa = Math.sin(ang);
        int before = 0;
        int after = 0;
        int changed = 0;
        int stalls = 0;
        int id = 0;
        if (market) {
            for (double u = -len / 2 + 4; u < len / 2 - 4; u += 5 + rnd.nextDouble() * 2) {
                for (double v = -depth / 2 + 4; v < depth / 2 - 4; v += 7 + rnd.nextDouble() * 3) {
                    if (rnd.nextDouble() < 0.25) {
                        continue;
                    }
                    double x = c[0] + u * ca - v * sa;
                    double y = c[1] + u * sa + v * ca;
                    Spectrum sp = rnd.nextDouble() < 0.5 ? Spectrum.STALL_CANVAS : Spectrum.METAL_ROOF;
                    objects.add(new PaintedObject(new OrientedBox(x, y, 3 + rnd.nextDouble(), 3 + rnd.nextDouble(),
                            ang), scaled(sp, 0.85 + 0.3 * rnd.nextDouble()), When.BOTH));
                    stalls++;
                }
            }
        }
        // vehicle slots: parked across the lot's long axis (trucks) or along the road edge (market)
        List<double[]> slots = new ArrayList<>();
        if (market) {
            for (double u = -len / 2 + 8; u < len / 2 - 8; u += 16 + rnd.nextDouble() * 8) {
                slots.add(new double[] {u, -side * (depth / 2 - 2), ang});
            }
        } else {
            for (double v = -depth / 2 + 9; v <= depth / 2 - 9; v += 18) {
                for (double u = -len / 2 + 3; u < len / 2 - 3; u += 4.5) {
                    slots.add(new double[] {u, v, ang + Math.PI / 2});
                }
            }
        }
        String lotId = (market ? "market-" : "truck-park-") + n;
        double occupancy = market ? 0.5 : 0.75;
        double turnover = recipe.name().equals("no-change") ? 0 : 0.35;
        for (double[] slot : slots) {
            boolean inBefore = rnd.nextDouble() < occupancy;
            boolean inAfter = rnd.nextDouble() < turnover ? rnd.nextDouble() < occupancy : inBefore;
            if (!inBefore && !inAfter) {
                continue;
            }
            When when = inBefore && inAfter ? When.BOTH : inBefore ? When.BEFORE : When.AFTER;
            double x = c[0] + slot[0] * ca - slot[1] * sa + rnd.nextGaussian() * 0.3;
            double y = c[1] + slot[0] * sa + slot[1] * ca + rnd.nextGaussian() * 0.3;
            OrientedBox v = new OrientedBox(x, y, 12 + rnd.nextDouble() * 5, TANKER_WIDTH_M,
                    slot[2] + rnd.nextGaussian() * 0.05);
            addTruck(v, when, lotId, ++id);
            before += inBefore ? 1 : 0;
            after += inAfter ? 1 : 0;
            changed += when == When.BOTH ? 0 : 1;
        }
        Map<String, Object> a = attrs();
        a.put("vehicle_count_before", before);
        a.put("vehicle_count_after", after);
        a.put("vehicles_changed", changed);
        if (market) {
            a.put("stall_count", stalls);
        }
        a.put("length_m", round(len, 1));
        features.add(new PlantedFeature(lotId, market ? FeatureClass.MARKET : FeatureClass.TRUCK_PARK,
                lot.toPolygon(gf), When.BOTH, a));
    }

    private void addTruck(OrientedBox v, When when, String parent, int n) {
        double u = rnd.nextDouble();
        int k = 0;
        for (double acc = TRUCK_WEIGHTS[0]; u > acc && k < TRUCK_COLOURS.length - 1; acc += TRUCK_WEIGHTS[++k]) {
            // pick a colour by weight
        }
        objects.add(new PaintedObject(v, scaled(TRUCK_COLOURS[k], 0.85 + 0.25 * rnd.nextDouble()), when));
        Map<String, Object> a = attrs();
        a.put("parent", parent);
        a.put("length_m", round(v.lengthM(), 1));
        a.put("width_m", round(v.widthM(), 1));
        features.add(new PlantedFeature(parent + "-truck-" + n, FeatureClass.TRUCK, v.toPolygon(gf), when, a));
    }

    // ---------------------------------------------------------------- attacks

    private void planAttack(int n) {
        int wrecks = recipe.wrecks()[0] + rnd.nextInt(recipe.wrecks()[1] - recipe.wrecks()[0] + 1);
        int lanes = wrecks > 60 ? 3 : wrecks > 28 ? 2 : 1;
        double pitch = 17 + rnd.nextDouble() * 10;
        double lineLength = Math.ceil(wrecks / (double) lanes) * pitch;
        double ha = logUniform(recipe.attackHa()[0], recipe.attackHa()[1]);
        double area = ha * 1e4;
        double elongation = 2.5 + rnd.nextDouble() * 4.5;
        double b = Math.sqrt(area / (Math.PI * elongation));
        double a = b * elongation;
        if (a < lineLength / 2 + 15) {
            a = lineLength / 2 + 15;
            b = Math.max(9, area / (Math.PI * a));
        }
        b = Math.max(b, 9);
        boolean queue = rnd.nextDouble() < recipe.queueProbability();
        double side = Math.min(scene.getWidth(), scene.getHeight());
        Object[] spot = roadSpot(a + 20, Math.min(300, 0.12 * side));
        if (spot == null) {
            throw new ConfigException("the scene (" + Math.round(scene.getWidth()) + " x "
                    + Math.round(scene.getHeight()) + " m) has no room on its road for a " + Math.round(2 * a)
                    + " m attack site", "make the scene larger (--size-px) or choose a segment where the road "
                    + "runs through the scene");
        }
        RoadPath r = (RoadPath) spot[0];
        double s0 = (double) spot[1];
        double ang = r.angle(s0);
        double[] c = r.point(s0, (rnd.nextDouble() - 0.5) * 0.5 * b);
        Blob scar = Blob.random(c[0], c[1], ang, a, b, 0.12, 3, rnd);
        burns.add(new Burn(scar, true, 0.85 + 0.1 * rnd.nextDouble(), When.AFTER));
        String id = "attack-" + n;
        Polygon scarPolygon = scar.toPolygon(gf);
        occupied.add(scarPolygon.buffer(100));
        attackAreas.add(scarPolygon);
        for (int k = 0; k < wrecks; k++) {
            int lane = k % lanes;
            int slot = k / lanes;
            double s = s0 - lineLength / 2 + (slot + 0.5) * pitch + rnd.nextGaussian() * 2;
            double left = lane == 0 ? rnd.nextGaussian() * 1.5 : (lane == 1 ? 1 : -1) * (6 + rnd.nextDouble() * 3);
            if (rnd.nextDouble() < 0.1) {
                left += (rnd.nextBoolean() ? 1 : -1) * (4 + rnd.nextDouble() * 6);
            }
            double turn = rnd.nextDouble() < 0.12 ? (rnd.nextBoolean() ? 1 : -1) * Math.toRadians(15 + 30 * rnd.nextDouble())
                    : rnd.nextGaussian() * Math.toRadians(5);
            double[] p = r.point(s, left);
            OrientedBox w = new OrientedBox(p[0], p[1], 12 + rnd.nextDouble() * 4, TANKER_WIDTH_M, r.angle(s) + turn);
            objects.add(new PaintedObject(w, scaled(Spectrum.WRECK, 0.6 + 0.3 * rnd.nextDouble()), When.AFTER));
            Map<String, Object> wa = attrs();
            wa.put("attack_id", id);
            wa.put("length_m", round(w.lengthM(), 1));
            wa.put("width_m", round(w.widthM(), 1));
            features.add(new PlantedFeature(id + "-wreck-" + (k + 1), FeatureClass.WRECK, w.toPolygon(gf),
                    When.AFTER, wa));
        }
        Map<String, Object> at = attrs();
        at.put("date", recipe.attackDate().toString());
        at.put("wreck_count", wrecks);
        at.put("vehicle_count", wrecks);
        at.put("area_ha", round(scarPolygon.getArea() / 1e4, 2));
        at.put("length_m", round(2 * a, 0));
        at.put("width_m", round(2 * b, 0));
        features.add(new PlantedFeature(id, FeatureClass.ATTACK, scarPolygon, When.AFTER, at));
        if (queue) {
            double half = a;
            pendingQueues.add(() -> {
                String qid = planQueue(n, r, s0, half);
                if (qid != null) {
                    features.replaceAll(f -> f.id().equals(id) ? f.with("queue_id", qid) : f);
                }
            });
        }
        fires.add(new FireEvent(id, scar, recipe.attackDate(), 1, 1 + rnd.nextInt(4), true));
    }

    private String planQueue(int n, RoadPath r, double s0, double halfScar) {
        int trucks = recipe.queueTrucks()[0] + rnd.nextInt(recipe.queueTrucks()[1] - recipe.queueTrucks()[0] + 1);
        double gap = halfScar + 60 + rnd.nextDouble() * 250;
        // queue on the side of the attack with more road inside the scene
        double dir = roomAlong(r, s0, 1) >= roomAlong(r, s0, -1) ? 1 : -1;
        int lanes = trucks > 60 ? 2 : 1;
        double pitch = 17 + rnd.nextDouble() * 6;
        String qid = "queue-" + n;
        Envelope inner = expanded(scene, -30);
        int placed = 0;
        double sEnd = s0 + dir * gap;
        for (int k = 0; k < trucks; k++) {
            double s = s0 + dir * (gap + (k / lanes + 0.5) * pitch);
            if (s < 10 || s > r.length() - 10) {
                break;
            }
            double left = (k % lanes == 0 ? -1.8 : 1.8) + rnd.nextGaussian() * 0.4;
            if (lanes == 1 && rnd.nextDouble() < 0.3) {
                left = -(5 + rnd.nextDouble() * 2);
            }
            double[] p = r.point(s, left);
            if (!inner.contains(p[0], p[1])) {
                break;
            }
            OrientedBox v = new OrientedBox(p[0], p[1], 12 + rnd.nextDouble() * 5, TANKER_WIDTH_M,
                    r.angle(s) + rnd.nextGaussian() * 0.04);
            addTruck(v, When.AFTER, qid, ++placed);
            sEnd = s + dir * pitch / 2;
        }
        if (placed == 0) {
            return null;
        }
        LineString part = r.part(s0 + dir * gap, sEnd);
        Geometry outline = part.buffer(14, 8, BufferParameters.CAP_FLAT);
        Map<String, Object> a = attrs();
        a.put("date", recipe.attackDate().toString());
        a.put("vehicle_count", placed);
        a.put("length_m", round(part.getLength(), 0));
        a.put("attack_id", "attack-" + n);
        features.add(new PlantedFeature(qid, FeatureClass.QUEUE, outline, When.AFTER, a));
        occupied.add(outline);
        return qid;
    }

    /** Metres of road from {@code s0} in direction {@code dir} before leaving the scene (30 m margin). */
    private double roomAlong(RoadPath r, double s0, double dir) {
        Envelope inner = expanded(scene, -30);
        double d = 0;
        while (d < 5000) {
            double s = s0 + dir * (d + 20);
            double[] p = r.point(s, 0);
            if (s < 0 || s > r.length() || !inner.contains(p[0], p[1])) {
                break;
            }
            d += 20;
        }
        return d;
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

    // ---------------------------------------------------------------- acquisitions

    private Acquisition planAcquisition(When which) {
        int i = which == When.BEFORE ? 0 : 1;
        LocalDate date = dateOf(which);
        double[] gain = {1, 1, 1, 1, 1, 1};
        double[] offset = new double[6];
        double shiftCol = 0;
        double shiftRow = 0;
        if (which == When.AFTER) {
            double common = 1 + rnd.nextGaussian() * recipe.gainSigma();
            double commonOffset = rnd.nextGaussian() * recipe.offsetSigma();
            for (int b = 0; b < 6; b++) {
                gain[b] = round(common + rnd.nextGaussian() * recipe.gainSigma() / 3, 4);
                offset[b] = round(commonOffset + rnd.nextGaussian() * recipe.offsetSigma() / 3, 4);
            }
            double m = recipe.misregistrationPx()[0]
                    + rnd.nextDouble() * (recipe.misregistrationPx()[1] - recipe.misregistrationPx()[0]);
            double t = rnd.nextDouble() * 2 * Math.PI;
            shiftCol = round(m * Math.cos(t), 3);
            shiftRow = round(m * Math.sin(t), 3);
        }
        double hours = 10.5 + 0.25 * rnd.nextDouble();
        double[] sun = SunAndSeason.sun(date, latitudeDeg, hours);
        double cloudHeight = 800 + rnd.nextDouble() * 1700;
        double d = cloudHeight / Math.tan(Math.toRadians(Math.max(15, sun[0])));
        double away = Math.toRadians(sun[1] + 180);
        double shadowDx = d * Math.sin(away);
        double shadowDy = d * Math.cos(away);
        List<Blob> clouds = planClouds(recipe.cloudCover()[i], shadowDx, shadowDy);
        Blob cirrus = null;
        if (recipe.cirrus() && which == When.AFTER) {
            double r = Math.max(scene.getWidth(), scene.getHeight()) * (0.4 + 0.3 * rnd.nextDouble());
            cirrus = Blob.random(scene.getMinX() + rnd.nextDouble() * scene.getWidth(),
                    scene.getMinY() + rnd.nextDouble() * scene.getHeight(), rnd.nextDouble() * Math.PI, r, r * 0.5,
                    0.3, r * 0.3, rnd);
        }
        String time = String.format("%02d:%02d", (int) hours + 0, (int) Math.round((hours % 1) * 60));
        return new Acquisition(which, date, time, SunAndSeason.greenness(date), SunAndSeason.waterThreshold(date),
                recipe.haze()[i], gain, offset, shiftCol, shiftRow, clouds, 0.93, shadowDx, shadowDy, cirrus,
                0.22, nodata[i]);
    }

    private List<Blob> planClouds(double cover, double shadowDx, double shadowDy) {
        List<Blob> clouds = new ArrayList<>();
        if (cover <= 0) {
            return clouds;
        }
        double target = cover * scene.getArea() * (cover > 0.5 ? 1.6 : 1.15);
        double maxR = Math.min(Math.max(scene.getWidth(), scene.getHeight()) / (cover > 0.5 ? 3 : 6), cover > 0.5 ? 3000 : 1200);
        double minR = Math.max(60, maxR / 10);
        Envelope e = expanded(scene, maxR * 0.5);
        double sum = 0;
        for (int tries = 0; sum < target && tries < 2000; tries++) {
            double r = logUniform(minR, maxR);
            Blob c = Blob.random(e.getMinX() + rnd.nextDouble() * e.getWidth(),
                    e.getMinY() + rnd.nextDouble() * e.getHeight(), rnd.nextDouble() * Math.PI, r,
                    r * (0.5 + 0.5 * rnd.nextDouble()), 0.45, Math.min(80, r * 0.3), rnd);
            if (recipe.keepAttacksClear()) {
                Polygon p = c.toPolygon(gf);
                Geometry both = p.union(c.translated(shadowDx, shadowDy).toPolygon(gf)).buffer(c.edgeM() + 60);
                if (attackAreas.stream().anyMatch(both::intersects)) {
                    continue;
                }
            }
            double inside = c.toPolygon(gf).intersection(scenePolygon).getArea();
            if (sum + inside > target * 1.25 && inside > 0.25 * target) {
                continue;
            }
            clouds.add(c);
            sum += inside;
        }
        return clouds;
    }

    private void addAtmosphereTruth(Acquisition q) {
        String d = q.which().name().toLowerCase();
        if (!q.clouds().isEmpty()) {
            List<Geometry> cs = new ArrayList<>();
            List<Geometry> ss = new ArrayList<>();
            for (Blob c : q.clouds()) {
                cs.add(c.toPolygon(gf));
                ss.add(c.translated(q.shadowDx(), q.shadowDy()).toPolygon(gf));
            }
            Geometry cloud = gf.buildGeometry(cs).union().intersection(scenePolygon);
            Geometry shadow = gf.buildGeometry(ss).union().difference(cloud).intersection(scenePolygon);
            Map<String, Object> a = attrs();
            a.put("date", q.date().toString());
            a.put("cover_fraction", round(cloud.getArea() / scene.getArea(), 3));
            features.add(new PlantedFeature("cloud-" + d, FeatureClass.CLOUD, cloud, q.which(), a));
            Map<String, Object> b = attrs();
            b.put("date", q.date().toString());
            b.put("displacement_m", new double[] {round(q.shadowDx(), 1), round(q.shadowDy(), 1)});
            if (!shadow.isEmpty()) {
                features.add(new PlantedFeature("cloud-shadow-" + d, FeatureClass.CLOUD_SHADOW, shadow, q.which(), b));
            }
        }
        if (q.cirrus() != null) {
            Map<String, Object> a = attrs();
            a.put("date", q.date().toString());
            a.put("opacity", q.cirrusOpacity());
            features.add(new PlantedFeature("cirrus-" + d, FeatureClass.CIRRUS,
                    q.cirrus().toPolygon(gf).intersection(scenePolygon), q.which(), a));
        }
    }

    // ---------------------------------------------------------------- helpers

    private PlantedFeature clipped(PlantedFeature f) {
        Geometry g = f.geometry();
        if (scenePolygon.contains(g)) {
            return f;
        }
        Geometry c = g.intersection(scenePolygon);
        return new PlantedFeature(f.id(), f.featureClass(), c, f.visible(), f.attributes()).with("clipped_to_scene",
                true);
    }

    private PlantedFeature withCloudFraction(PlantedFeature f, Acquisition after) {
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

    private LocalDate dateOf(When w) {
        return w == When.BEFORE ? recipe.beforeDate() : recipe.afterDate();
    }

    private double distanceToRoad(double x, double y) {
        var p = gf.createPoint(new Coordinate(x, y));
        return roads.stream().mapToDouble(r -> r.line().distance(p)).min().orElse(Double.MAX_VALUE);
    }

    private double logUniform(double lo, double hi) {
        return Math.exp(Math.log(lo) + rnd.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    private static double[] scaled(Spectrum s, double f) {
        double[] v = s.reflectances();
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
        return v;
    }

    private static Envelope expanded(Envelope e, double d) {
        Envelope c = new Envelope(e);
        c.expandBy(d);
        return c;
    }

    private static Map<String, Object> attrs() {
        return new LinkedHashMap<>();
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
