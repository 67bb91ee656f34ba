package org.corridorwatch.samples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.corridorwatch.samples.Scenario.FireEvent;
import org.locationtech.jts.geom.Envelope;

/**
 * VIIRS (375 m) detections for the scenario's fires: fuel fires are hot (bright_ti4 often saturated at
 * 367 K, FRP tens of MW), grass fires cooler; day passes ≈ 12:30–14:30 UTC, night passes ≈
 * 00:30–02:30 UTC (Mali is UTC+0). Positions are jittered by a normal error of {@link #JITTER_SIGMA_M}
 * per axis, clipped at {@link #MAX_JITTER_M}. Sorted by date and time.
 */
public final class FirmsSynthesizer {
    public static final double JITTER_SIGMA_M = 170;
    public static final double MAX_JITTER_M = 450;
    private static final String[] SATELLITES = {"N", "N20", "N21"};

    private FirmsSynthesizer() {
    }

    public static List<FirmsDetection> synthesize(Scenario s, SplittableRandom rnd) {
        List<FirmsDetection> out = new ArrayList<>();
        for (FireEvent f : s.fires()) {
            Envelope e = f.area().envelope();
            for (int k = 0; k < f.detections(); k++) {
                double x = 0;
                double y = 0;
                for (int tries = 0; tries < 50; tries++) {
                    x = e.getMinX() + rnd.nextDouble() * e.getWidth();
                    y = e.getMinY() + rnd.nextDouble() * e.getHeight();
                    if (f.area().coverage(x, y, 1) > 0.5) {
                        break;
                    }
                }
                x += jitter(rnd);
                y += jitter(rnd);
                boolean day = rnd.nextDouble() < 0.6;
                int minutes = (day ? 12 * 60 + 30 : 30) + rnd.nextInt(120);
                String time = String.format("%02d%02d", minutes / 60, minutes % 60);
                double ti4;
                double frp;
                if (f.intense()) {
                    ti4 = rnd.nextDouble() < 0.4 ? 367.0 : (day ? 335 : 305) + rnd.nextDouble() * 30;
                    frp = 5 + rnd.nextDouble() * 60;
                } else {
                    ti4 = (day ? 315 : 298) + rnd.nextDouble() * 30;
                    frp = 0.8 + rnd.nextDouble() * 12;
                }
                double ti5 = (day ? 288 : 281) + rnd.nextDouble() * 16;
                String conf = ti4 >= 360 || frp > 20 ? "h" : rnd.nextDouble() < 0.15 ? "l" : "n";
                double scan = 0.36 + rnd.nextDouble() * 0.2;
                double track = Math.min(scan, 0.36 + rnd.nextDouble() * 0.16);
                out.add(new FirmsDetection(x, y, r2(ti4), r2(scan), r2(track), f.firstDate().plusDays(rnd.nextInt(f.days())),
                        time, SATELLITES[rnd.nextInt(SATELLITES.length)], conf, r2(ti5), r2(frp), day ? "D" : "N",
                        f.featureId()));
            }
        }
        out.sort(Comparator.comparing(FirmsDetection::acqDate).thenComparing(FirmsDetection::acqTime));
        return out;
    }

    private static double jitter(SplittableRandom rnd) {
        double j = rnd.nextGaussian() * JITTER_SIGMA_M;
        return Math.max(-MAX_JITTER_M, Math.min(MAX_JITTER_M, j));
    }

    private static double r2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
