package org.corridorwatch.samples;

import java.time.LocalDate;
import java.util.List;
import org.corridorwatch.model.GridGeometry;
import org.locationtech.jts.geom.LineString;

/**
 * Everything that decides the pixels of a sample pair, in scene-CRS metres: the grid, the roads,
 * the procedural ground parameters, what is painted (burns, objects), the two acquisitions and the
 * ground truth. Produced by {@link ScenarioPlanner}, consumed by {@link SceneRenderer},
 * {@link FirmsSynthesizer} and the writers. Immutable (lists are copied).
 *
 * @param seed        seed of the per-pixel fields (texture, trees, sensor noise)
 * @param roads       road centre lines in scene metres (may be empty)
 * @param syntheticRoad true when no corridor crossed the scene and the planner drew a road itself
 * @param surfaces    extra ground and shade layers of the sweep cases (empty for the named cases)
 */
public record Scenario(long seed, GridGeometry grid, Sensor sensor, SampleRecipe recipe, List<LineString> roads,
                       boolean syntheticRoad, Ground ground, List<Burn> burns, List<PaintedObject> objects,
                       Acquisition before, Acquisition after, List<PlantedFeature> features,
                       List<FireEvent> fires, List<Surface> surfaces) {
    public Scenario {
        surfaces = List.copyOf(surfaces);
        roads = List.copyOf(roads);
        burns = List.copyOf(burns);
        objects = List.copyOf(objects);
        features = List.copyOf(features);
        fires = List.copyOf(fires);
    }

    /** The acquisition of one date ({@link When#BEFORE} or {@link When#AFTER}). */
    public Acquisition acquisition(When date) {
        return switch (date) {
            case BEFORE -> before;
            case AFTER -> after;
            case BOTH -> throw new IllegalArgumentException("an acquisition is BEFORE or AFTER");
        };
    }

    /**
     * Procedural ground parameters.
     *
     * @param vegetationLevel mean grass/shrub cover 0..1
     * @param treeDensity     probability of a tree per 24 m cell
     * @param fieldDensity    probability that a farmland parcel is cultivated
     * @param fieldAngle      orientation of the field parcel grid, radians
     * @param villages        village grounds (compacted soil)
     */
    public record Ground(double vegetationLevel, double treeDensity, double fieldDensity, double fieldAngle,
                         List<Blob> villages) {
        public Ground {
            villages = List.copyOf(villages);
        }
    }

    /**
     * A burn scar: char (fuel fire) or char/ash mix (bush fire) over {@code shape}.
     *
     * @param severity mean fraction of the surface burnt inside the outline (0..1)
     */
    public record Burn(Blob shape, boolean fuelFire, double severity, When visible, double[] charFactor) {
        /** A burn with the classic char spectrum. */
        public Burn(Blob shape, boolean fuelFire, double severity, When visible) {
            this(shape, fuelFire, severity, visible, null);
        }

        public Burn {
            charFactor = charFactor == null ? null : charFactor.clone();
        }

        /** Per-band factor of fully charred ground (after = factor · before), or null for the char spectrum. */
        @Override
        public double[] charFactor() {
            return charFactor == null ? null : charFactor.clone();
        }
    }

    /** Where a {@link Surface} is painted in the layer order of {@link SceneRenderer}. */
    public enum SurfaceLayer {
        /** Over the procedural ground, under villages and roads. */
        GROUND,
        /** Over the road, under burns. */
        ROAD,
        /** Over everything painted (objects), under clouds. */
        TOP
    }

    /**
     * A sweep layer: a material mixed in ({@code multiply} false: values are reflectances) or a shade
     * ({@code multiply} true: values are per-band factors), weighted by the footprint's coverage times
     * {@code strength}.
     */
    public record Surface(Footprint shape, double[] values, boolean multiply, SurfaceLayer layer, When visible,
                          double strength) {
        public Surface {
            values = values.clone();
        }

        double value(int b) {
            return values[b];
        }
    }

    /** A flat object painted with one spectrum (canonical six-band reflectance). */
    public record PaintedObject(Footprint shape, double[] reflectance, When visible) {
        public PaintedObject {
            reflectance = reflectance.clone();
        }

        @Override
        public double[] reflectance() {
            return reflectance.clone();
        }

        double reflectance(int b) {
            return reflectance[b];
        }
    }

    /**
     * Where a nodata edge cuts the image: pixels whose centre (col+0.5,row+0.5) satisfies
     * {@code nx*col + ny*row > c} have no data.
     */
    public record NodataEdge(double nx, double ny, double c) {
        public boolean isNodata(double col, double row) {
            return nx * col + ny * row > c;
        }
    }

    /**
     * One image date: season, atmosphere, radiometry and geometry of the acquisition.
     *
     * @param greenness      0 (fully senescent) .. 1 (peak green)
     * @param waterThreshold noise level above which low ground is flooded (higher = less water)
     * @param haze           aerosol haze strength 0..1
     * @param gain           per canonical band: observed = gain·ρ + offset
     * @param shiftCol       misregistration: image content displaced by this many pixels (+ = east)
     * @param shiftRow       misregistration in rows (+ = south)
     * @param shadowDx       cloud-shadow displacement, metres east
     * @param shadowDy       cloud-shadow displacement, metres north
     * @param cirrus         thin cirrus veil or null
     * @param nodata         nodata edge or null
     */
    public record Acquisition(When which, LocalDate date, String timeUtc, double greenness, double waterThreshold,
                              double haze, double[] gain, double[] offset, double shiftCol, double shiftRow,
                              List<Blob> clouds, double cloudOpacity, double shadowDx, double shadowDy,
                              Blob cirrus, double cirrusOpacity, NodataEdge nodata) {
        public Acquisition {
            gain = gain.clone();
            offset = offset.clone();
            clouds = List.copyOf(clouds);
        }

        @Override
        public double[] gain() {
            return gain.clone();
        }

        @Override
        public double[] offset() {
            return offset.clone();
        }
    }

    /**
     * A fire that FIRMS would have seen.
     *
     * @param featureId truth feature id, or null for a fire with no planted scar
     * @param area      where detections fall (before jitter)
     * @param firstDate first day of detections
     * @param days      number of consecutive days with detections
     * @param detections number of detections
     * @param intense   fuel fire (hot, high FRP) rather than a grass fire
     */
    public record FireEvent(String featureId, Footprint area, LocalDate firstDate, int days, int detections,
                            boolean intense) {
    }
}
