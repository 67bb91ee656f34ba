package org.corridorwatch.roads.imagery;

import java.util.List;

/**
 * The road found in one scene for one corridor: consecutive stretches of the least-cost path in cell coordinates
 * (column, row of the decimated grid; the end of one stretch is the start of the next). Empty when the search band
 * holds no usable path (too short a stretch of the prior in the scene, no data).
 *
 * @param stretches    the stretches in the prior's direction of travel
 * @param cellM        cell size, metres
 * @param priorOnRoad  the prior's own support when it was kept because it lies on a visible road ({@link PriorOnRoad};
 *                     no stretches then), else NaN
 */
public record TracedRoad(List<Stretch> stretches, double cellM, double priorOnRoad) {
    public TracedRoad {
        stretches = List.copyOf(stretches);
    }

    public TracedRoad(List<Stretch> stretches, double cellM) {
        this(stretches, cellM, Double.NaN);
    }

    public static TracedRoad none(double cellM) {
        return new TracedRoad(List.of(), cellM);
    }

    /** No stretch: the prior lies on a road visible in the before date, with this support, and is kept as it is. */
    public static TracedRoad priorOnRoad(double cellM, double support) {
        return new TracedRoad(List.of(), cellM, support);
    }

    public boolean isEmpty() {
        return stretches.isEmpty();
    }

    /**
     * One stretch of the path.
     *
     * @param cols           vertex columns (cell coordinates, cell centres at +0.5)
     * @param rows           vertex rows
     * @param accepted       the imagery supports a road here (else the prior is kept)
     * @param support        mean road-likeness support of its cells, 0..1
     * @param cloudFraction  fraction of its cells under cloud in the before date
     * @param medianOffsetM  median distance of its vertices from the prior line, metres
     * @param reason         why it was refused ("cloud", "weak support", "winding", "parallel track", "unlike the road's
     *                       surface", "not road-shaped", "shorter than the stretch"), or "" when accepted
     */
    public record Stretch(double[] cols, double[] rows, boolean accepted, double support, double cloudFraction,
                          double medianOffsetM, String reason) {
        public Stretch {
            cols = cols.clone();
            rows = rows.clone();
        }

        @Override
        public double[] cols() {
            return cols.clone();
        }

        @Override
        public double[] rows() {
            return rows.clone();
        }

        /** Length in cells. */
        public double lengthCells() {
            double s = 0;
            for (int i = 1; i < cols.length; i++) {
                s += Math.hypot(cols[i] - cols[i - 1], rows[i] - rows[i - 1]);
            }
            return s;
        }
    }
}
