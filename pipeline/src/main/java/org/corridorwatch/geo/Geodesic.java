package org.corridorwatch.geo;

/**
 * Distances and azimuths on the WGS84 ellipsoid (Vincenty's inverse formula, sub-millimetre for the
 * distances this pipeline uses; falls back to a spherical estimate in the nearly-antipodal case
 * where Vincenty does not converge, which never happens within Mali). Pure maths, thread-safe.
 */
public final class Geodesic {
    private static final double A = TransverseMercator.A;
    private static final double F = TransverseMercator.F;
    private static final double B = A * (1 - F);

    private Geodesic() {
    }

    /** Ellipsoidal distance in metres between two WGS84 points (degrees). */
    public static double distanceM(double lon1, double lat1, double lon2, double lat2) {
        return inverse(lon1, lat1, lon2, lat2)[0];
    }

    /** Initial azimuth in degrees clockwise from true north, 0..360, from point 1 towards point 2. */
    public static double azimuthDeg(double lon1, double lat1, double lon2, double lat2) {
        return inverse(lon1, lat1, lon2, lat2)[1];
    }

    /** {distance m, initial azimuth deg}. */
    static double[] inverse(double lon1, double lat1, double lon2, double lat2) {
        if (lon1 == lon2 && lat1 == lat2) {
            return new double[] {0, 0};
        }
        double l = Math.toRadians(lon2 - lon1);
        double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat1)));
        double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(lat2)));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        double sinSigma = 0;
        double cosSigma = 0;
        double sigma = 0;
        double cosSqAlpha = 0;
        double cos2SigmaM = 0;
        double sinLambda = 0;
        double cosLambda = 0;
        boolean converged = false;
        for (int i = 0; i < 200; i++) {
            sinLambda = Math.sin(lambda);
            cosLambda = Math.cos(lambda);
            double t1 = cosU2 * sinLambda;
            double t2 = cosU1 * sinU2 - sinU1 * cosU2 * cosLambda;
            sinSigma = Math.sqrt(t1 * t1 + t2 * t2);
            if (sinSigma == 0) {
                return new double[] {0, 0};
            }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cosSqAlpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cosSqAlpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cosSqAlpha;
            double c = F / 16 * cosSqAlpha * (4 + F * (4 - 3 * cosSqAlpha));
            double prev = lambda;
            lambda = l + (1 - c) * F * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.abs(lambda - prev) < 1e-12) {
                converged = true;
                break;
            }
        }
        if (!converged) {
            return spherical(lon1, lat1, lon2, lat2);
        }
        double uSq = cosSqAlpha * (A * A - B * B) / (B * B);
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        double s = B * bigA * (sigma - deltaSigma);
        double az = Math.toDegrees(Math.atan2(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda));
        return new double[] {s, (az + 360) % 360};
    }

    private static double[] spherical(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin((p2 - p1) / 2) * Math.sin((p2 - p1) / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        double d = 2 * 6371008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
        double az = Math.toDegrees(Math.atan2(Math.sin(dl) * Math.cos(p2),
                Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl)));
        return new double[] {d, (az + 360) % 360};
    }

    /** The 8-point compass name ("N", "NE", ... "NW") of an azimuth in degrees. */
    public static String compass8(double azimuthDeg) {
        String[] names = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
        double a = ((azimuthDeg % 360) + 360) % 360;
        return names[(int) Math.floor((a + 22.5) / 45) % 8];
    }
}
