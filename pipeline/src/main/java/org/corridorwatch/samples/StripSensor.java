package org.corridorwatch.samples;

import org.corridorwatch.samples.Scenario.Acquisition;

/**
 * The last layers of a rendered strip: cloud shadows, clouds, cirrus and haze over the ground's reflectance, then
 * what the sensor makes of it: the date's gain/offset, 20 m aggregation of Sentinel-2 B11/B12, noise, nodata
 * edges and the SCL classification.
 */
abstract class StripSensor extends StripCanvas {
    StripSensor(Scenario scenario) {
        super(scenario);
    }

    // ------------------------------------------------------------------ atmosphere

    void atmosphere(StripFrame f, Acquisition q, float[][] rho, float[] shadow, float[] cloud,
                            float[] cirrus) {
        for (Blob c : q.clouds()) {
            Blob sh = c.translated(q.shadowDx(), q.shadowDy());
            accumulate(f, sh, 0.75, shadow);
            accumulate(f, c, q.cloudOpacity(), cloud);
        }
        if (q.cirrus() != null) {
            accumulate(f, q.cirrus(), q.cirrusOpacity(), cirrus);
        }
        boolean hazy = q.haze() > 0;
        for (int r = 0; r < f.rows; r++) {
            double y = f.gy(f.row0 + r);
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                double x = f.gx(c);
                if (shadow[i] > 0) {
                    double dark = 1 - 0.7 * shadow[i];
                    for (int b = 0; b < Spectrum.BANDS; b++) {
                        rho[b][i] *= (float) dark;
                    }
                }
                if (cloud[i] > 0) {
                    double tex = TextureNoise.fractal(seed, CH_CLOUD, x, y, 300, 6, Math.max(g, 5));
                    double a = clamp01(cloud[i] * (0.85 + 0.25 * tex));
                    cloud[i] = (float) a;
                    mix(rho, i, Spectrum.CLOUD, a, 0.9 + 0.15 * tex);
                }
                if (cirrus[i] > 0) {
                    double streak = 0.5 + 0.5 * TextureNoise.fractal(seed, CH_CLOUD + 1, x * 0.4, y, 900, 4, 50);
                    double a = clamp01(cirrus[i] * streak);
                    cirrus[i] = (float) a;
                    mix(rho, i, Spectrum.CIRRUS, a);
                }
                if (hazy) {
                    double h = q.haze() * (0.7 + 0.3 * TextureNoise.fractal(seed, CH_HAZE + q.which().ordinal(), x, y,
                            4000, 3, 500));
                    for (int b = 0; b < Spectrum.BANDS; b++) {
                        rho[b][i] = (float) (rho[b][i] * (1 - 0.25 * h) + HAZE_PATH[b] * h);
                    }
                }
            }
        }
    }

    void accumulate(StripFrame f, Blob shape, double opacity, float[] alpha) {
        int[] rg = f.range(shape.envelope());
        if (rg == null) {
            return;
        }
        for (int r = rg[2]; r <= rg[3]; r++) {
            double y = f.gy(r);
            for (int c = rg[0]; c <= rg[1]; c++) {
                double a = shape.coverage(f.gx(c), y, g) * opacity;
                int i = (r - f.row0) * width + c;
                if (a > alpha[i]) {
                    alpha[i] = (float) a;
                }
            }
        }
    }

    // ------------------------------------------------------------------ sensor

    Strip sensorOutput(StripFrame f, When date, Acquisition q, float[][] rho, float[] water, float[] shadow,
                               float[] cloud, float[] cirrus) {
        Sensor sensor = s.sensor();
        int n = width * f.rows;
        double[] gain = q.gain();
        double[] offset = q.offset();
        for (int b = 0; b < Spectrum.BANDS; b++) {
            float[] a = rho[b];
            for (int i = 0; i < n; i++) {
                a[i] = (float) (a[i] * gain[b] + offset[b]);
            }
        }
        float[][] out = new float[sensor.bandCount()][];
        for (int k = 0; k < sensor.bandCount(); k++) {
            float[] src = rho[sensor.canonicalBand(k)];
            boolean coarse = sensor.isCoarseBand(k);
            float[] dst = coarse ? aggregate2x2(src, f.rows) : src.clone();
            long ch = CH_NOISE + 16L * date.ordinal() + k;
            for (int r = 0; r < f.rows; r++) {
                int row = f.row0 + r;
                for (int c = 0; c < width; c++) {
                    int i = r * width + c;
                    double v = dst[i];
                    double z = coarse ? TextureNoise.gaussian(seed, ch, c / 2, row / 2)
                            : TextureNoise.gaussian(seed, ch, c, row);
                    v += sensor.noiseSigma(v) * z;
                    dst[i] = q.nodata() != null && q.nodata().isNodata(c + 0.5, row + 0.5) ? Float.NaN : (float) v;
                }
            }
            out[k] = dst;
        }
        float[] scl = sensor.hasScl() ? scl(f, q, rho, water, shadow, cloud, cirrus) : null;
        return new Strip(f.row0, f.rows, width, out, scl);
    }

    float[] aggregate2x2(float[] src, int rows) {
        float[] dst = new float[src.length];
        for (int r = 0; r < rows; r += 2) {
            int r2 = Math.min(r + 1, rows - 1);
            for (int c = 0; c < width; c += 2) {
                int c2 = Math.min(c + 1, width - 1);
                float m = (src[r * width + c] + src[r * width + c2] + src[r2 * width + c] + src[r2 * width + c2]) / 4;
                dst[r * width + c] = m;
                dst[r * width + c2] = m;
                dst[r2 * width + c] = m;
                dst[r2 * width + c2] = m;
            }
        }
        return dst;
    }

    float[] scl(StripFrame f, Acquisition q, float[][] rho, float[] water, float[] shadow, float[] cloud,
                        float[] cirrus) {
        float[] scl = new float[width * f.rows];
        for (int r = 0; r < f.rows; r++) {
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                int code;
                if (q.nodata() != null && q.nodata().isNodata(c + 0.5, f.row0 + r + 0.5)) {
                    code = 0;
                } else if (cloud[i] > 0.5) {
                    code = cloud[i] > 0.75 ? 9 : 8;
                } else if (cirrus[i] > 0.08) {
                    code = 10;
                } else if (shadow[i] > 0.35) {
                    code = 3;
                } else if (water[i] > 0.5) {
                    code = 6;
                } else {
                    double nir = rho[Spectrum.NIR][i];
                    double red = rho[Spectrum.RED][i];
                    code = (nir - red) / (nir + red + 1e-6) > 0.3 ? 4 : 5;
                }
                scl[i] = code;
            }
        }
        return scl;
    }
}
