package org.corridorwatch.samples;

import org.corridorwatch.samples.Scenario.Acquisition;
import org.corridorwatch.samples.Scenario.Burn;
import org.corridorwatch.samples.Scenario.PaintedObject;
import org.corridorwatch.samples.Scenario.Surface;
import org.corridorwatch.samples.Scenario.SurfaceLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * Renders row strips of one image of a {@link Scenario} as surface reflectance in the sensor's
 * bands (float, NaN = nodata) plus, for Sentinel-2, the SCL classification. Immutable and
 * thread-safe: strips may be rendered in any order or in parallel and every pixel is a pure function
 * of the scenario and its (col,row), so the result does not depend on the strip height.
 *
 * <p>Order of the layers: procedural ground (soils, grass/shrub, fields, trees, seasonal water,
 * texture) → village grounds → road (asphalt, dirt shoulders, verge) → burn scars → painted objects
 * (roofs, lots, stalls, vehicles, wrecks) → cloud shadows → clouds → cirrus → haze → the date's
 * gain/offset → 20 m aggregation of Sentinel-2 B11/B12 → sensor noise → nodata edge.
 * Misregistration is exact: the after image samples the ground at pixel centres displaced by
 * (−shiftCol, −shiftRow), so content appears displaced by (+shiftCol, +shiftRow).
 */
public final class SceneRenderer extends StripSensor {
    public SceneRenderer(Scenario scenario) {
        super(scenario);
    }

    /** Renders rows [row0, row0+rows) of the image of {@code date}; {@code row0} must be even. */
    public Strip render(When date, int row0, int rows) {
        if (row0 % 2 != 0) {
            throw new IllegalArgumentException("strips start on even rows: " + row0);
        }
        rows = Math.min(rows, s.grid().height() - row0);
        Acquisition q = s.acquisition(date);
        int n = width * rows;
        float[][] rho = new float[Spectrum.BANDS][n];
        float[] water = new float[n];
        float[] shadow = new float[n];
        float[] cloud = new float[n];
        float[] cirrus = new float[n];
        StripFrame f = new StripFrame(row0, rows, q.shiftCol(), q.shiftRow());
        ground(f, q, rho, water);
        surfaces(f, date, rho, SurfaceLayer.GROUND);
        villagesAndRoads(f, rho);
        surfaces(f, date, rho, SurfaceLayer.ROAD);
        burns(f, date, rho);
        objects(f, date, rho);
        surfaces(f, date, rho, SurfaceLayer.TOP);
        atmosphere(f, q, rho, shadow, cloud, cirrus);
        return sensorOutput(f, date, q, rho, water, shadow, cloud, cirrus);
    }

    // ------------------------------------------------------------------ ground

    private void ground(StripFrame f, Acquisition q, float[][] rho, float[] waterOut) {
        Scenario.Ground gr = s.ground();
        double green = q.greenness();
        double fine = 2 * g;
        double ca = Math.cos(gr.fieldAngle());
        double sa = Math.sin(gr.fieldAngle());
        double[] v = new double[Spectrum.BANDS];
        for (int r = 0; r < f.rows; r++) {
            double y = f.gy(f.row0 + r);
            for (int c = 0; c < width; c++) {
                double x = f.gx(c);
                int i = r * width + c;
                double soil = clamp01(0.35 + 0.6 * TextureNoise.fractal(seed, CH_SOIL, x, y, 700, 6, fine));
                double vegF = clamp(gr.vegetationLevel() + 0.5 * TextureNoise.fractal(seed, CH_VEG, x, y, 350, 7, fine),
                        0.02, 0.95);
                for (int b = 0; b < Spectrum.BANDS; b++) {
                    double soilR = Spectrum.SAND.at(b) * (1 - soil) + Spectrum.LATERITE.at(b) * soil;
                    double vegR = Spectrum.DRY_GRASS.at(b) * (1 - green) + Spectrum.GREEN_VEGETATION.at(b) * green;
                    v[b] = soilR * (1 - vegF) + vegR * vegF;
                }
                fields(x, y, ca, sa, green, gr.fieldDensity(), v);
                trees(x, y, gr.treeDensity() * (0.5 + vegF), green, v);
                double detail = 1 + 0.07 * TextureNoise.fractal(seed, CH_DETAIL, x, y, 80, 9, Math.max(1.5 * g, 0.75));
                double wv = TextureNoise.fractal(seed, CH_WATER, x, y, 1800, 5, fine);
                double t = q.waterThreshold();
                double wf = clamp01((wv - t) / 0.03 + 0.5);
                double wet = clamp01((wv - (t - 0.1)) / 0.1) * (1 - wf);
                for (int b = 0; b < Spectrum.BANDS; b++) {
                    double val = v[b] * detail;
                    val = val * (1 - 0.5 * wet) + Spectrum.WET_SOIL.at(b) * 0.5 * wet;
                    rho[b][i] = (float) (val * (1 - wf) + Spectrum.WATER.at(b) * wf);
                }
                waterOut[i] = (float) wf;
            }
        }
    }

    private void fields(double x, double y, double ca, double sa, double green, double density, double[] v) {
        double u = x * ca + y * sa;
        double w = -x * sa + y * ca;
        long iu = (long) Math.floor(u / FIELD_U_M);
        long iw = (long) Math.floor(w / FIELD_V_M);
        if (TextureNoise.uniform(seed, CH_FIELD, iu, iw) >= density
                || TextureNoise.value(seed, CH_FARM, x, y, 2500) < 0.25) {
            return;
        }
        double a = inset(u - iu * FIELD_U_M, FIELD_U_M) * inset(w - iw * FIELD_V_M, FIELD_V_M);
        if (a <= 0) {
            return;
        }
        double kind = TextureNoise.uniform(seed, CH_FIELD_KIND, iu, iw);
        double tone = 0.9 + 0.2 * TextureNoise.uniform(seed, CH_FIELD_KIND + 50, iu, iw);
        for (int b = 0; b < Spectrum.BANDS; b++) {
            double fr = kind < 0.55
                    ? Spectrum.DRY_GRASS.at(b) * (1 - green) + Spectrum.CROP.at(b) * green
                    : Spectrum.PLOUGHED.at(b);
            v[b] = v[b] * (1 - a) + fr * tone * a;
        }
    }

    /** Fraction of a pixel centred at {@code p} (0..size) inside [3, size−3] (field edges are grass). */
    private double inset(double p, double size) {
        double lo = Math.max(p - g / 2, 3);
        double hi = Math.min(p + g / 2, size - 3);
        return Math.max(0, hi - lo) / g;
    }

    private void trees(double x, double y, double p, double green, double[] v) {
        long ix = (long) Math.floor(x / TREE_CELL_M);
        long iy = (long) Math.floor(y / TREE_CELL_M);
        double open = 1;
        for (long cy = iy - 1; cy <= iy + 1; cy++) {
            for (long cx = ix - 1; cx <= ix + 1; cx++) {
                if (TextureNoise.uniform(seed, CH_TREE, cx, cy) >= p) {
                    continue;
                }
                double tx = (cx + TextureNoise.uniform(seed, CH_TREE + 1, cx, cy)) * TREE_CELL_M;
                double ty = (cy + TextureNoise.uniform(seed, CH_TREE + 2, cx, cy)) * TREE_CELL_M;
                double rad = 2 + 4 * TextureNoise.uniform(seed, CH_TREE + 3, cx, cy);
                double cov;
                if (g <= rad / 2) {
                    cov = clamp01((rad - Math.hypot(x - tx, y - ty)) / g + 0.5);
                } else {
                    double half = rad * Math.sqrt(Math.PI) / 2;
                    cov = overlap(x - tx, half) * overlap(y - ty, half);
                }
                open *= 1 - cov;
            }
        }
        double a = 1 - open;
        if (a > 0) {
            double dry = 0.25 * (1 - green);
            for (int b = 0; b < Spectrum.BANDS; b++) {
                double t = Spectrum.TREE.at(b) * (1 - dry) + Spectrum.DRY_GRASS.at(b) * dry;
                v[b] = v[b] * (1 - a) + t * a;
            }
        }
    }

    // ------------------------------------------------------------------ villages and roads

    private void villagesAndRoads(StripFrame f, float[][] rho) {
        for (Blob vg : s.ground().villages()) {
            int[] rg = f.range(vg.envelope());
            if (rg == null) {
                continue;
            }
            for (int r = rg[2]; r <= rg[3]; r++) {
                for (int c = rg[0]; c <= rg[1]; c++) {
                    double a = 0.85 * vg.coverage(f.gx(c), f.gy(r), g);
                    mix(rho, (r - f.row0) * width + c, Spectrum.COMPACTED_SOIL, a);
                }
            }
        }
        float[] dist = new float[width * f.rows];
        java.util.Arrays.fill(dist, Float.MAX_VALUE);
        double reach = ROAD_REACH_M + g;
        boolean any = false;
        for (double[] sg : segments) {
            Envelope e = new Envelope(sg[0], sg[2], sg[1], sg[3]);
            e.expandBy(reach);
            int[] rg = f.range(e);
            if (rg == null) {
                continue;
            }
            any = true;
            for (int r = rg[2]; r <= rg[3]; r++) {
                double y = f.gy(r);
                for (int c = rg[0]; c <= rg[1]; c++) {
                    int i = (r - f.row0) * width + c;
                    double d = segmentDistance(f.gx(c), y, sg);
                    if (d < dist[i]) {
                        dist[i] = (float) d;
                    }
                }
            }
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < dist.length; i++) {
            double d = dist[i];
            if (d > reach) {
                continue;
            }
            mix(rho, i, Spectrum.DIRT, 0.45 * overlap(d, ROAD_REACH_M));
            mix(rho, i, Spectrum.DIRT, overlap(d, 6));
            mix(rho, i, Spectrum.ASPHALT, overlap(d, 3.6));
        }
    }

    private static double segmentDistance(double x, double y, double[] sg) {
        double dx = sg[2] - sg[0];
        double dy = sg[3] - sg[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((x - sg[0]) * dx + (y - sg[1]) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - sg[0] - t * dx, y - sg[1] - t * dy);
    }

    // ------------------------------------------------------------------ burns and objects

    private void burns(StripFrame f, When date, float[][] rho) {
        int k = 0;
        for (Burn b : s.burns()) {
            k++;
            if (!b.visible().visibleIn(date)) {
                continue;
            }
            int[] rg = f.range(b.shape().envelope());
            if (rg == null) {
                continue;
            }
            double[] factor = b.charFactor();
            for (int r = rg[2]; r <= rg[3]; r++) {
                double y = f.gy(r);
                for (int c = rg[0]; c <= rg[1]; c++) {
                    double x = f.gx(c);
                    double cov = b.shape().coverage(x, y, g);
                    if (cov <= 0) {
                        continue;
                    }
                    double sev = clamp01(b.severity() + (b.fuelFire() ? 0.2 : 0.35)
                            * TextureNoise.fractal(seed, CH_BURN + k, x, y, 60, 5, Math.max(g, 2)));
                    int i = (r - f.row0) * width + c;
                    if (b.fuelFire() && factor != null) {
                        double a = cov * sev;
                        for (int band = 0; band < Spectrum.BANDS; band++) {
                            rho[band][i] = (float) (rho[band][i] * (1 - a * (1 - factor[band])));
                        }
                    } else if (b.fuelFire()) {
                        mix(rho, i, Spectrum.CHAR, cov * sev);
                    } else {
                        double ash = clamp01(0.2 + 0.3 * TextureNoise.value(seed, CH_BURN + 500 + k, x, y, 25));
                        double a = cov * sev;
                        for (int band = 0; band < Spectrum.BANDS; band++) {
                            double burnt = Spectrum.CHAR.at(band) * (1 - ash) + Spectrum.ASH.at(band) * ash;
                            rho[band][i] = (float) (rho[band][i] * (1 - a) + burnt * a);
                        }
                    }
                }
            }
        }
    }

    /** The sweep layers of one level (none for the named cases): materials mixed in or shades multiplied. */
    private void surfaces(StripFrame f, When date, float[][] rho, SurfaceLayer layer) {
        for (Surface sf : s.surfaces()) {
            if (sf.layer() != layer || !sf.visible().visibleIn(date)) {
                continue;
            }
            int[] rg = f.range(sf.shape().envelope());
            if (rg == null) {
                continue;
            }
            for (int r = rg[2]; r <= rg[3]; r++) {
                double y = f.gy(r);
                for (int c = rg[0]; c <= rg[1]; c++) {
                    double a = sf.strength() * sf.shape().coverage(f.gx(c), y, g);
                    if (a <= 0) {
                        continue;
                    }
                    int i = (r - f.row0) * width + c;
                    for (int b = 0; b < Spectrum.BANDS; b++) {
                        rho[b][i] = (float) (sf.multiply() ? rho[b][i] * (1 - a * (1 - sf.value(b)))
                                : rho[b][i] * (1 - a) + sf.value(b) * a);
                    }
                }
            }
        }
    }

    private void objects(StripFrame f, When date, float[][] rho) {
        for (PaintedObject o : s.objects()) {
            if (!o.visible().visibleIn(date)) {
                continue;
            }
            int[] rg = f.range(o.shape().envelope());
            if (rg == null) {
                continue;
            }
            for (int r = rg[2]; r <= rg[3]; r++) {
                double y = f.gy(r);
                for (int c = rg[0]; c <= rg[1]; c++) {
                    double a = o.shape().coverage(f.gx(c), y, g);
                    if (a > 0) {
                        int i = (r - f.row0) * width + c;
                        for (int b = 0; b < Spectrum.BANDS; b++) {
                            rho[b][i] = (float) (rho[b][i] * (1 - a) + o.reflectance(b) * a);
                        }
                    }
                }
            }
        }
    }
}
