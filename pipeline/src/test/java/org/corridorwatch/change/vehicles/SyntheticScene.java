package org.corridorwatch.change.vehicles;

import java.util.Random;

/**
 * A small synthetic luminance image for tests: soil background with Gaussian noise, an east-west
 * road, and rectangles (vehicles, buildings) painted by area coverage (5 × 5 sub-samples per pixel),
 * so coarse GSDs get realistically mixed pixels. Positions are in metres from the top-left corner
 * (x to the right, y down).
 */
final class SyntheticScene {
    static final float SOIL = 100f;
    static final float ROAD = 130f;
    static final float WRECK = 35f;
    static final float TRUCK = 210f;

    final int width;
    final int height;
    final double gsd;
    final float[] lum;

    SyntheticScene(double widthM, double heightM, double gsd, double noiseSigma, long seed) {
        this.gsd = gsd;
        this.width = (int) Math.round(widthM / gsd);
        this.height = (int) Math.round(heightM / gsd);
        lum = new float[width * height];
        Random rnd = new Random(seed);
        for (int i = 0; i < lum.length; i++) {
            lum[i] = (float) (SOIL + noiseSigma * rnd.nextGaussian());
        }
    }

    /** An east-west road of the given width centred on y (metres). */
    SyntheticScene road(double yM, double widthM) {
        return rect(width * gsd / 2, yM, width * gsd + 10, widthM, 0, ROAD - SOIL);
    }

    /** Adds {@code delta} times the coverage of a rotated rectangle (angle: degrees from +x towards +y). */
    SyntheticScene rect(double cxM, double cyM, double lengthM, double widthM, double angleDeg, double delta) {
        double a = Math.toRadians(angleDeg);
        double ux = Math.cos(a);
        double uy = Math.sin(a);
        double reach = 0.5 * Math.hypot(lengthM, widthM) + gsd;
        int c0 = Math.max(0, (int) Math.floor((cxM - reach) / gsd));
        int c1 = Math.min(width - 1, (int) Math.ceil((cxM + reach) / gsd));
        int r0 = Math.max(0, (int) Math.floor((cyM - reach) / gsd));
        int r1 = Math.min(height - 1, (int) Math.ceil((cyM + reach) / gsd));
        int s = 5;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int inside = 0;
                for (int i = 0; i < s; i++) {
                    for (int j = 0; j < s; j++) {
                        double x = (c + (j + 0.5) / s) * gsd - cxM;
                        double y = (r + (i + 0.5) / s) * gsd - cyM;
                        double along = x * ux + y * uy;
                        double across = -x * uy + y * ux;
                        if (Math.abs(along) <= lengthM / 2 && Math.abs(across) <= widthM / 2) {
                            inside++;
                        }
                    }
                }
                lum[r * width + c] += (float) (delta * inside / (s * s));
            }
        }
        return this;
    }

    /** A vehicle of absolute luminance {@code value} painted over whatever is below (roughly). */
    SyntheticScene vehicle(double cxM, double cyM, double lengthM, double widthM, double angleDeg, float value,
                           float below) {
        return rect(cxM, cyM, lengthM, widthM, angleDeg, value - below);
    }

    /** A search mask: the band |y − yM| ≤ halfWidthM. */
    boolean[] band(double yM, double halfWidthM) {
        boolean[] m = new boolean[lum.length];
        for (int r = 0; r < height; r++) {
            boolean in = Math.abs((r + 0.5) * gsd - yM) <= halfWidthM;
            for (int c = 0; c < width; c++) {
                m[r * width + c] = in;
            }
        }
        return m;
    }
}
