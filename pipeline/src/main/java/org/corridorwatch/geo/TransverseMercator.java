package org.corridorwatch.geo;

/**
 * Transverse Mercator on the WGS84 ellipsoid with Krüger's series to sixth order in n (Karney 2011,
 * "Transverse Mercator with an accuracy of a few nanometers"): better than a millimetre within
 * ±(3..4)° of the central meridian and still sub-millimetre across a neighbouring UTM zone.
 * Pure Java, immutable, thread-safe.
 */
final class TransverseMercator implements Projection {
    static final double A = 6378137.0;
    static final double F = 1 / 298.257223563;
    private static final double N = F / (2 - F);
    private static final double E = Math.sqrt(F * (2 - F));
    private static final double RECT_A;
    private static final double[] ALPHA = new double[7];
    private static final double[] BETA = new double[7];

    static {
        double n = N;
        double n2 = n * n;
        double n3 = n2 * n;
        double n4 = n3 * n;
        double n5 = n4 * n;
        double n6 = n5 * n;
        RECT_A = A / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
        ALPHA[1] = n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800;
        ALPHA[2] = 13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360;
        ALPHA[3] = 61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440;
        ALPHA[4] = 49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600;
        ALPHA[5] = 34729 * n5 / 80640 - 3418889 * n6 / 1995840;
        ALPHA[6] = 212378941 * n6 / 319334400;
        BETA[1] = n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360 - 81 * n5 / 512 + 96199 * n6 / 604800;
        BETA[2] = n2 / 48 + n3 / 15 - 437 * n4 / 1440 + 46 * n5 / 105 - 1118711 * n6 / 3870720;
        BETA[3] = 17 * n3 / 480 - 37 * n4 / 840 - 209 * n5 / 4480 + 5569 * n6 / 90720;
        BETA[4] = 4397 * n4 / 161280 - 11 * n5 / 504 - 830251 * n6 / 7257600;
        BETA[5] = 4583 * n5 / 161280 - 108847 * n6 / 3991680;
        BETA[6] = 20648693 * n6 / 638668800;
    }

    private final double lon0;
    private final double k0;
    private final double falseEasting;
    private final double falseNorthing;
    private final int epsg;

    TransverseMercator(double lon0, double k0, double falseEasting, double falseNorthing, int epsg) {
        this.lon0 = lon0;
        this.k0 = k0;
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        this.epsg = epsg;
    }

    @Override
    public double[] forward(double lon, double lat) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon - lon0);
        double tau = Math.tan(phi);
        double sigma = Math.sinh(E * atanh(E * tau / Math.sqrt(1 + tau * tau)));
        double tauP = tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau);
        double cosL = Math.cos(lambda);
        double xiP = Math.atan2(tauP, cosL);
        double etaP = asinh(Math.sin(lambda) / Math.sqrt(tauP * tauP + cosL * cosL));
        double xi = xiP;
        double eta = etaP;
        for (int j = 1; j <= 6; j++) {
            xi += ALPHA[j] * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
            eta += ALPHA[j] * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
        }
        return new double[] {falseEasting + k0 * RECT_A * eta, falseNorthing + k0 * RECT_A * xi};
    }

    @Override
    public double[] inverse(double x, double y) {
        double xi = (y - falseNorthing) / (k0 * RECT_A);
        double eta = (x - falseEasting) / (k0 * RECT_A);
        double xiP = xi;
        double etaP = eta;
        for (int j = 1; j <= 6; j++) {
            xiP -= BETA[j] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
            etaP -= BETA[j] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
        }
        double sinhEtaP = Math.sinh(etaP);
        double cosXiP = Math.cos(xiP);
        double tauP = Math.sin(xiP) / Math.sqrt(sinhEtaP * sinhEtaP + cosXiP * cosXiP);
        double tau = tauP;
        double e2 = E * E;
        for (int i = 0; i < 8; i++) {
            double sigma = Math.sinh(E * atanh(E * tau / Math.sqrt(1 + tau * tau)));
            double tauI = tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau);
            double delta = (tauP - tauI) / Math.sqrt(1 + tauI * tauI)
                    * (1 + (1 - e2) * tau * tau) / ((1 - e2) * Math.sqrt(1 + tau * tau));
            tau += delta;
            if (Math.abs(delta) < 1e-14) {
                break;
            }
        }
        double lambda = Math.atan2(sinhEtaP, cosXiP);
        return new double[] {lon0 + Math.toDegrees(lambda), Math.toDegrees(Math.atan(tau))};
    }

    @Override
    public int epsg() {
        return epsg;
    }

    private static double atanh(double v) {
        return 0.5 * Math.log((1 + v) / (1 - v));
    }

    private static double asinh(double v) {
        return Math.log(v + Math.sqrt(v * v + 1));
    }

    @Override
    public String toString() {
        return "EPSG:" + epsg;
    }
}
