package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class AcquisitionDifferenceTest {
    /** Regressing after on before over unchanged pixels recovers the planted per-band gain and offset. */
    @Test
    void datesDifferByThePlantedGainAndOffset() {
        Scenario s = SampleFixtures.scenario(Sensor.SENTINEL2, 240,
                SampleFixtures.acquisitionOnly(new double[] {0, 0}, 0.05, 0.01), 11);
        float[][] b = SampleFixtures.render(s, When.BEFORE, 128);
        float[][] a = SampleFixtures.render(s, When.AFTER, 128);
        for (int k = 0; k < 4; k++) {
            // regress 6x6-pixel block means: averaging removes most sensor noise, which would otherwise
            // bias the slope towards 0 (errors in the regressor)
            SimpleRegression reg = new SimpleRegression();
            int w = s.grid().width();
            for (int r0 = 0; r0 + 6 <= w; r0 += 6) {
                for (int c0 = 0; c0 + 6 <= w; c0 += 6) {
                    double mb = 0;
                    double ma = 0;
                    for (int r = r0; r < r0 + 6; r++) {
                        for (int c = c0; c < c0 + 6; c++) {
                            mb += b[k][r * w + c] / 36.0;
                            ma += a[k][r * w + c] / 36.0;
                        }
                    }
                    reg.addData(mb, ma);
                }
            }
            int c = s.sensor().canonicalBand(k);
            assertEquals(s.after().gain()[c], reg.getSlope(), 0.02, "gain of band " + k);
            assertEquals(s.after().offset()[c], reg.getIntercept(), 0.004, "offset of band " + k);
        }
    }

    /** A brute-force sub-pixel search finds the planted misregistration within 0.2 px. */
    @Test
    void datesDifferByThePlantedMisregistration() {
        Scenario s = SampleFixtures.scenario(Sensor.PLANETSCOPE, 200,
                SampleFixtures.acquisitionOnly(new double[] {0.3, 1.5}, 0.03, 0.005), 17);
        int w = s.grid().width();
        // smooth both dates so that bilinear interpolation does not favour half-pixel shifts (it averages noise)
        float[] b = blur(SampleFixtures.render(s, When.BEFORE, 128)[3], w);
        float[] a = blur(SampleFixtures.render(s, When.AFTER, 128)[3], w);
        double[] best = {0, 0, -2};
        for (int pass = 0; pass < 2; pass++) {
            double step = pass == 0 ? 0.25 : 0.025;
            double cx = best[0];
            double cy = best[1];
            double span = pass == 0 ? 2 : 0.3;
            for (double dy = cy - span; dy <= cy + span + 1e-9; dy += step) {
                for (double dx = cx - span; dx <= cx + span + 1e-9; dx += step) {
                    double r = correlation(b, a, w, dx, dy);
                    if (r > best[2]) {
                        best = new double[] {dx, dy, r};
                    }
                }
            }
        }
        System.out.println("planted " + s.after().shiftCol() + "," + s.after().shiftRow() + " r="
                + correlation(b, a, w, s.after().shiftCol(), s.after().shiftRow()) + " found " + best[0] + "," + best[1]
                + " r=" + best[2]);
        assertEquals(s.after().shiftCol(), best[0], 0.2, "column shift");
        assertEquals(s.after().shiftRow(), best[1], 0.2, "row shift");
    }

    /** Separable Gaussian blur, sigma 1.5 px (edges clamped). */
    private static float[] blur(float[] v, int w) {
        double[] k = new double[9];
        double sum = 0;
        for (int i = 0; i < k.length; i++) {
            k[i] = Math.exp(-0.5 * Math.pow((i - 4) / 1.5, 2));
            sum += k[i];
        }
        int h = v.length / w;
        float[] tmp = new float[v.length];
        float[] out = new float[v.length];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double acc = 0;
                for (int i = 0; i < k.length; i++) {
                    acc += k[i] * v[r * w + Math.max(0, Math.min(w - 1, c + i - 4))];
                }
                tmp[r * w + c] = (float) (acc / sum);
            }
        }
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double acc = 0;
                for (int i = 0; i < k.length; i++) {
                    acc += k[i] * tmp[Math.max(0, Math.min(h - 1, r + i - 4)) * w + c];
                }
                out[r * w + c] = (float) (acc / sum);
            }
        }
        return out;
    }

    /** Correlation of after(c, r) with before(c − dx, r − dy) (bilinear) over an inner window. */
    private static double correlation(float[] b, float[] a, int w, double dx, double dy) {
        double sa = 0;
        double sb = 0;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        int n = 0;
        for (int r = 10; r < w - 10; r++) {
            for (int c = 10; c < w - 10; c++) {
                double x = c - dx;
                double y = r - dy;
                int x0 = (int) Math.floor(x);
                int y0 = (int) Math.floor(y);
                double fx = x - x0;
                double fy = y - y0;
                double v = (b[y0 * w + x0] * (1 - fx) + b[y0 * w + x0 + 1] * fx) * (1 - fy)
                        + (b[(y0 + 1) * w + x0] * (1 - fx) + b[(y0 + 1) * w + x0 + 1] * fx) * fy;
                double u = a[r * w + c];
                sa += u;
                sb += v;
                saa += u * u;
                sbb += v * v;
                sab += u * v;
                n++;
            }
        }
        double cov = sab / n - sa / n * sb / n;
        return cov / Math.sqrt((saa / n - sa * sa / n / n) * (sbb / n - sb * sb / n / n));
    }
}
