package org.corridorwatch.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.corridorwatch.model.ConfigException;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.samples.Scenario.Burn;
import org.corridorwatch.samples.Scenario.FireEvent;
import org.corridorwatch.samples.Scenario.PaintedObject;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * What sits on the road: markets and truck parks (roadside lots of parked trucks), and attacks (a burn scar on
 * and beside the road, a line of burnt tankers, and the queue of trucks stopped behind it).
 */
abstract class TrafficPlanner extends SceneFramePlanner {
    static final double TANKER_WIDTH_M = 2.5;
    static final double[] TRUCK_WEIGHTS = {0.55, 0.15, 0.15, 0.15};
    static final Spectrum[] TRUCK_COLOURS = {Spectrum.TRUCK_WHITE, Spectrum.TRUCK_RED, Spectrum.TRUCK_BLUE,
        Spectrum.TRUCK_YELLOW};

    TrafficPlanner(GridGeometry grid, Sensor sensor, List<LineString> roadLines, SampleRecipe recipe, double latitudeDeg,
            SplittableRandom rnd) {
        super(grid, sensor, roadLines, recipe, latitudeDeg, rnd);
    }

    // ---------------------------------------------------------------- roadside lots

    /** Finds a place on a road: {road, along} with the given half-length clear of edges and occupied areas. */
    Object[] roadSpot(double halfLength, double clearance) {
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

    void planRoadsideLot(boolean market, int n) {
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

    void addTruck(OrientedBox v, When when, String parent, int n) {
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

    void planAttack(int n) {
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
        FireGround ground = recipe.sweep().ground();
        burns.add(new Burn(scar, true, 0.85 + 0.1 * rnd.nextDouble(), When.AFTER,
                ground == null ? null : ground.charFactor()));
        if (ground != null) {
            // sweep realism: the ground the fire burnt on, in both dates (under the road, which stays on top)
            Blob under = new Blob(scar.cx(), scar.cy(), scar.rotation(), scar.a() * 1.2 + 15, scar.b() * 1.2 + 15,
                    scar.amplitudes(), scar.phases(), 6);
            surfaces.add(new Scenario.Surface(under, ground.material().reflectances(), false,
                    Scenario.SurfaceLayer.GROUND, When.BOTH, 0.95));
        }
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
            // low contrast: char × 0.55–0.8, 0.01–0.02 below fully charred ground in the visible bands
            double[] look = recipe.lowContrastWrecks() ? scaled(Spectrum.CHAR, 0.55 + 0.25 * rnd.nextDouble())
                    : scaled(Spectrum.WRECK, 0.6 + 0.3 * rnd.nextDouble());
            objects.add(new PaintedObject(w, look, When.AFTER));
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
        if (ground != null) {
            at.put("ground", ground.label());
        }
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

    String planQueue(int n, RoadPath r, double s0, double halfScar) {
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
    double roomAlong(RoadPath r, double s0, double dir) {
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
}
