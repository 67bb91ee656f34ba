package org.corridorwatch.model;

/**
 * Additive statistics of a set of pixels, so pieces of one site found in different tiles can be
 * merged exactly. Coordinates are pixel centres (col + 0.5, row + 0.5) of the scan's common grid;
 * "burn" is the burn metric (dNBR, or its no-SWIR equivalent), "evidence" the per-pixel evidence in
 * [0,1], "darkness" the post-date darkness in [0,1], "components" the statistics of each evidence
 * component ({@link EvidenceComponents}). Immutable.
 */
public record PixelStats(long count, double sumBurn, double maxBurn, double sumEvidence, double maxEvidence,
                         double sumDark, double sumX, double sumY, double sumXX, double sumYY, double sumXY,
                         EvidenceComponents components) implements java.io.Serializable {

    public static final PixelStats EMPTY = new PixelStats(0, 0, Double.NEGATIVE_INFINITY, 0, 0, 0, 0, 0, 0, 0, 0,
            EvidenceComponents.EMPTY);

    public PixelStats {
        if (components == null) {
            components = EvidenceComponents.EMPTY;
        }
    }

    /** Accumulates pixels one by one; not thread-safe. */
    public static final class Builder {
        private long n;
        private double sb;
        private double mb = Double.NEGATIVE_INFINITY;
        private double se;
        private double me;
        private double sd;
        private double sx;
        private double sy;
        private double sxx;
        private double syy;
        private double sxy;
        private final EvidenceComponents.Builder comps = new EvidenceComponents.Builder();

        /**
         * Adds one pixel with its evidence components ({@link EvidenceComponents.Component} order, NaN =
         * undefined) and the component that carried it (null: none).
         */
        public Builder add(double col, double row, double burn, double evidence, double dark, float[] components,
                           EvidenceComponents.Carrier carrier) {
            comps.add(components, carrier);
            return add(col, row, burn, evidence, dark);
        }

        public Builder add(double col, double row, double burn, double evidence, double dark) {
            n++;
            sb += burn;
            mb = Math.max(mb, burn);
            se += evidence;
            me = Math.max(me, evidence);
            sd += dark;
            sx += col;
            sy += row;
            sxx += col * col;
            syy += row * row;
            sxy += col * row;
            return this;
        }

        public PixelStats build() {
            return new PixelStats(n, sb, mb, se, me, sd, sx, sy, sxx, syy, sxy, comps.build());
        }
    }

    public PixelStats plus(PixelStats o) {
        return new PixelStats(count + o.count, sumBurn + o.sumBurn, Math.max(maxBurn, o.maxBurn),
                sumEvidence + o.sumEvidence, Math.max(maxEvidence, o.maxEvidence), sumDark + o.sumDark,
                sumX + o.sumX, sumY + o.sumY, sumXX + o.sumXX, sumYY + o.sumYY, sumXY + o.sumXY,
                components.plus(o.components));
    }

    public double meanBurn() {
        return count == 0 ? 0 : sumBurn / count;
    }

    public double meanEvidence() {
        return count == 0 ? 0 : sumEvidence / count;
    }

    public double meanDark() {
        return count == 0 ? 0 : sumDark / count;
    }

    public double centroidCol() {
        return sumX / count;
    }

    public double centroidRow() {
        return sumY / count;
    }

    /**
     * Principal axes of the pixel cloud from its second central moments: {major, minor} standard
     * deviations in pixels and the major axis angle in degrees clockwise from "up" (row decreasing),
     * in [0,180).
     */
    public double[] principalAxes() {
        double mx = centroidCol();
        double my = centroidRow();
        // +1/12 per axis: the variance of a uniform unit pixel, so a single pixel is not a point
        double cxx = sumXX / count - mx * mx + 1.0 / 12;
        double cyy = sumYY / count - my * my + 1.0 / 12;
        double cxy = sumXY / count - mx * my;
        double tr = cxx + cyy;
        double disc = Math.sqrt(Math.max(0, (cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy));
        double l1 = tr / 2 + disc;
        double l2 = Math.max(tr / 2 - disc, 1e-12);
        // angle of the major axis in image coordinates (x right, y down), converted to clockwise from up
        double theta = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
        double bearing = Math.toDegrees(theta) + 90;
        bearing = ((bearing % 180) + 180) % 180;
        return new double[] {Math.sqrt(l1), Math.sqrt(l2), bearing};
    }

    /** Major/minor axis ratio (≥ 1). */
    public double elongation() {
        double[] a = principalAxes();
        return a[0] / a[1];
    }
}
