package org.corridorwatch.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.samples.Scenario.Acquisition;
import org.corridorwatch.samples.Scenario.NodataEdge;
import org.corridorwatch.samples.Scenario.PaintedObject;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The frame of a scenario: roads (a synthetic one when none is given), nodata edges, villages, and each date's
 * acquisition (illumination, haze, clouds and their shadows, cirrus) with its truth features.
 */
abstract class SceneFramePlanner extends ScenarioDraft {
    SceneFramePlanner(GridGeometry grid, Sensor sensor, List<LineString> roadLines, SampleRecipe recipe, double latitudeDeg,
            SplittableRandom rnd) {
        super(grid, sensor, roadLines, recipe, latitudeDeg, rnd);
    }

    // ---------------------------------------------------------------- roads, edges, villages

    void addSyntheticRoad() {
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

    /**
     * The extras of a road course: the track (dirt, both dates) and the bypass (asphalt with dirt shoulders, after
     * date only) as painted objects, and the road, track and bypass centre lines as truth. Draws nothing from
     * {@code rnd}.
     */
    void addCourse() {
        CourseRoads.Drawn d = course;
        Map<String, Object> a = attrs();
        a.put("corridor", d.corridorId());
        a.put("course", "meander");
        a.put("median_offset_m", round(d.medianOffsetM(), 0));
        a.put("max_offset_m", round(d.maxOffsetM(), 0));
        a.put("crosses_configured_line", d.crosses());
        features.add(new PlantedFeature("road-1", FeatureClass.ROAD, d.road(), When.BOTH, a));
        if (d.track() != null) {
            objects.add(new PaintedObject(new LineBand(d.track(), 3.0), scaled(Spectrum.DIRT, 0.95), When.BOTH));
            Map<String, Object> t = attrs();
            t.put("surface", "unpaved");
            features.add(new PlantedFeature("track-1", FeatureClass.TRACK, d.track(), When.BOTH, t));
        }
        if (d.bypass() != null) {
            objects.add(new PaintedObject(new LineBand(d.bypass(), 6.0), scaled(Spectrum.DIRT, 1.0), When.AFTER));
            objects.add(new PaintedObject(new LineBand(d.bypass(), 3.6), scaled(Spectrum.ASPHALT, 1.0), When.AFTER));
            Map<String, Object> b = attrs();
            b.put("date", recipe.afterDate().toString());
            b.put("length_m", round(d.bypass().getLength(), 0));
            features.add(new PlantedFeature("bypass-1", FeatureClass.BYPASS, d.bypass(), When.AFTER, b));
        }
    }

    void planNodataEdges() {
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

    Polygon nodataPolygon(NodataEdge e) {
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

    void planVillages() {
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

    void addVillage(double cx, double cy, double radius, double angle, int n) {
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

    // ---------------------------------------------------------------- acquisitions

    Acquisition planAcquisition(When which) {
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
        if (course != null && which == When.BEFORE) {
            clouds.addAll(courseClouds(shadowDx, shadowDy));
        }
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

    List<Blob> planClouds(double cover, double shadowDx, double shadowDy) {
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

    /** The road course's clouds over the road, except those that would touch an attack kept clear. */
    private List<Blob> courseClouds(double shadowDx, double shadowDy) {
        List<Blob> out = new ArrayList<>();
        for (Blob c : course.clouds()) {
            Geometry both = c.toPolygon(gf).union(c.translated(shadowDx, shadowDy).toPolygon(gf)).buffer(c.edgeM() + 60);
            if (!recipe.keepAttacksClear() || attackAreas.stream().noneMatch(both::intersects)) {
                out.add(c);
            }
        }
        return out;
    }

    void addAtmosphereTruth(Acquisition q) {
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
}
