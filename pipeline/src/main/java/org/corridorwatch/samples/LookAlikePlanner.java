package org.corridorwatch.samples;

import java.util.Map;
import org.corridorwatch.samples.Scenario.PaintedObject;
import org.corridorwatch.samples.Scenario.Surface;
import org.corridorwatch.samples.Scenario.SurfaceLayer;
import org.locationtech.jts.geom.Geometry;

/**
 * Plants the look-alikes of a sweep case ({@link SweepOptions#lookAlikes()}) on or beside a road, clear of the
 * attacks and of each other, each as layers of the after (and for harvest and drying also the before) image plus a
 * labelled truth feature with {@code lookalike: true}. Draws from the draft's random only for sweep cases.
 */
final class LookAlikePlanner {
    /** Fresh asphalt: darker than weathered asphalt in every band. */
    static final double[] FRESH_ASPHALT = {0.040, 0.042, 0.045, 0.050, 0.056, 0.055};
    /** Factors of a cloud shadow without SCL flag: diffuse skylight keeps blue brightest. */
    static final double[] CLOUD_SHADE = {0.50, 0.45, 0.40, 0.36, 0.34, 0.34};
    /** Factors of wetting: darker everywhere, most in SWIR (water absorbs more at 2.2 µm). */
    static final double[] WETTING = {0.72, 0.68, 0.62, 0.60, 0.45, 0.38};
    /** Factors of a building's shadow on the ground. */
    static final double[] BUILDING_SHADE = {0.40, 0.35, 0.30, 0.26, 0.25, 0.25};

    private final TrafficPlanner d;

    LookAlikePlanner(TrafficPlanner draft) {
        this.d = draft;
    }

    void plan() {
        int n = 0;
        for (LookAlike l : d.recipe.sweep().lookAlikes()) {
            n++;
            switch (l) {
                case CLOUD_SHADOW -> cloudShadow(n);
                case RESURFACING -> resurfacing(n);
                case WET_SOIL -> wetSoil(n);
                case FLOOD -> flood(n);
                case BUILDING_SHADOW -> buildingShadow(n);
                case HARVEST -> harvest(n);
                case DRIED_VEGETATION -> driedVegetation(n);
            }
        }
    }

    private void cloudShadow(int n) {
        double a = 120 + 180 * d.rnd.nextDouble();
        double[] p = spot(a, 80);
        if (p == null) {
            return;
        }
        Blob b = Blob.random(p[0], p[1], d.rnd.nextDouble() * Math.PI, a, a * (0.5 + 0.3 * d.rnd.nextDouble()),
                0.35, 25, d.rnd);
        d.surfaces.add(new Surface(b, CLOUD_SHADE, true, SurfaceLayer.TOP, When.AFTER, 1));
        add(LookAlike.CLOUD_SHADOW, n, b.toPolygon(d.gf), Map.of("scl_flagged", false));
    }

    private void resurfacing(int n) {
        double len = 400 + 800 * d.rnd.nextDouble();
        Object[] s = d.roadSpot(len / 2 + 10, 150);
        if (s == null) {
            return;
        }
        RoadPath r = (RoadPath) s[0];
        double along = (double) s[1];
        RoadStrip strip = new RoadStrip(r.part(along - len / 2, along + len / 2), 3.6);
        d.surfaces.add(new Surface(strip, FRESH_ASPHALT, false, SurfaceLayer.ROAD, When.AFTER, 1));
        add(LookAlike.RESURFACING, n, strip.toPolygon(d.gf), Map.of("length_m", Math.round(len)));
    }

    private void wetSoil(int n) {
        double a = 40 + 60 * d.rnd.nextDouble();
        double[] p = spot(a, 25 + a * 0.6);
        if (p == null) {
            return;
        }
        Blob b = Blob.random(p[0], p[1], d.rnd.nextDouble() * Math.PI, a, a * (0.5 + 0.3 * d.rnd.nextDouble()),
                0.4, 10, d.rnd);
        d.surfaces.add(new Surface(b, WETTING, true, SurfaceLayer.GROUND, When.AFTER, 1));
        add(LookAlike.WET_SOIL, n, b.toPolygon(d.gf), Map.of());
    }

    private void flood(int n) {
        double a = 80 + 100 * d.rnd.nextDouble();
        double[] p = spot(a, 0);
        if (p == null) {
            return;
        }
        Blob b = Blob.random(p[0], p[1], d.rnd.nextDouble() * Math.PI, a, a * (0.45 + 0.3 * d.rnd.nextDouble()),
                0.35, 8, d.rnd);
        d.surfaces.add(new Surface(b, Spectrum.WATER.reflectances(), false, SurfaceLayer.ROAD, When.AFTER, 0.95));
        add(LookAlike.FLOOD, n, b.toPolygon(d.gf), Map.of());
    }

    private void buildingShadow(int n) {
        double len = 15 + 15 * d.rnd.nextDouble();
        double wid = 10 + 8 * d.rnd.nextDouble();
        double[] p = spot(len, 30 + 40 * d.rnd.nextDouble());
        if (p == null) {
            return;
        }
        double ang = p[2];
        OrientedBox roof = new OrientedBox(p[0], p[1], len, wid, ang);
        double shadowW = 4 + 5 * d.rnd.nextDouble();
        double off = wid / 2 + shadowW / 2;
        OrientedBox shade = new OrientedBox(p[0] - Math.sin(ang) * off, p[1] + Math.cos(ang) * off, len, shadowW, ang);
        d.objects.add(new PaintedObject(roof, TrafficPlanner.scaled(Spectrum.METAL_ROOF, 0.95), When.AFTER));
        d.surfaces.add(new Surface(shade, BUILDING_SHADE, true, SurfaceLayer.TOP, When.AFTER, 1));
        Geometry g = roof.toPolygon(d.gf).union(shade.toPolygon(d.gf));
        add(LookAlike.BUILDING_SHADOW, n, g, Map.of("shadow_width_m", Math.round(shadowW * 10) / 10.0));
    }

    private void harvest(int n) {
        double len = 100 + 80 * d.rnd.nextDouble();
        double wid = 70 + 50 * d.rnd.nextDouble();
        double[] p = spot(len / 2, 25 + wid / 2);
        if (p == null) {
            return;
        }
        OrientedBox field = new OrientedBox(p[0], p[1], len, wid, p[2]);
        boolean wet = d.recipe.sweep().wet();
        double[] crop = wet ? Spectrum.CROP.reflectances() : Spectrum.DRY_GRASS.reflectances();
        d.surfaces.add(new Surface(field, crop, false, SurfaceLayer.GROUND, When.BEFORE, 0.9));
        d.surfaces.add(new Surface(field, Spectrum.PLOUGHED.reflectances(), false, SurfaceLayer.GROUND, When.AFTER,
                0.9));
        add(LookAlike.HARVEST, n, field.toPolygon(d.gf), Map.of("crop", wet ? "green" : "dry"));
    }

    private void driedVegetation(int n) {
        double a = 60 + 90 * d.rnd.nextDouble();
        double[] p = spot(a, 20 + a * 0.6);
        if (p == null) {
            return;
        }
        Blob b = Blob.random(p[0], p[1], d.rnd.nextDouble() * Math.PI, a, a * (0.5 + 0.3 * d.rnd.nextDouble()),
                0.35, 15, d.rnd);
        d.surfaces.add(new Surface(b, Spectrum.GREEN_VEGETATION.reflectances(), false, SurfaceLayer.GROUND,
                When.BEFORE, 0.85));
        d.surfaces.add(new Surface(b, Spectrum.DRY_GRASS.reflectances(), false, SurfaceLayer.GROUND, When.AFTER,
                0.85));
        add(LookAlike.DRIED_VEGETATION, n, b.toPolygon(d.gf), Map.of());
    }

    /** {x, y, road angle} of a point {@code offsetM} to a random side of a road spot with room, or null. */
    private double[] spot(double halfLength, double offsetM) {
        Object[] s = d.roadSpot(halfLength + 20, 150);
        if (s == null) {
            return null;
        }
        RoadPath r = (RoadPath) s[0];
        double along = (double) s[1];
        double side = d.rnd.nextBoolean() ? 1 : -1;
        double[] p = r.point(along, side * offsetM);
        return new double[] {p[0], p[1], r.angle(along)};
    }

    private void add(LookAlike l, int n, Geometry g, Map<String, Object> extra) {
        Map<String, Object> a = ScenarioDraft.attrs();
        a.put("lookalike", true);
        a.put("date", d.recipe.afterDate().toString());
        a.putAll(extra);
        d.occupied.add(g.convexHull().buffer(120));
        d.features.add(new PlantedFeature(l.label() + "-" + n, l.featureClass(), g, When.AFTER, a));
    }
}
