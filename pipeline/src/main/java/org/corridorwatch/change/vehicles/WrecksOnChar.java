package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.List;

/**
 * Burnt tankers standing on their own char: at 3 m a wreck is 4–5 pixels long and only a few hundredths of
 * reflectance darker than the char around it, far below the road strip's thresholds (which its trees, road
 * edges and trucks set). Char is uniform, so a second dark-object pass whose thresholds come from the burnt
 * pixels alone (the robust spread of the black top-hat over the char) finds them; objects it finds within
 * {@code mergeM} of one the main pass found are the same object.
 *
 * <pre>
 *   List&lt;VehicleObject&gt; wrecks = WrecksOnChar.detect(lum, w, h, 3.0, burntAndRoad, VehicleDetectionParameters.DEFAULT, p);
 * </pre>
 */
public final class WrecksOnChar {

    /**
     * @param enabled             run the pass (false: the road strip's pass alone, as before)
     * @param seedSigmas          seed threshold, robust sigmas of the black top-hat over the burnt pixels
     * @param growSigmas          grow threshold, same sigmas
     * @param minRelativeContrast an object must be darker than its surroundings by this fraction of them
     * @param edgePx              char is searched (and its thresholds measured) only this many pixels or more inside
     *                            the burnt pixels ({@link #core}): burnt pixels along a road edge that moved by a
     *                            pixel between the dates, and the ragged rim of a scar, are not char a wreck stands on
     * @param peakFraction        a region too long or too big for one vehicle is split into pieces, each grown from a
     *                            peak down to this share of it ({@link PeakSplitter}): the pass's own value in place of
     *                            {@code vehicle_detection.peak_fraction} for dark objects on pixels coarser than
     *                            {@code dark_split_max_gsd_m} (finer pixels keep {@code dark_peak_fraction}). On char
     *                            so smooth that the grow threshold lies inside its texture (tune seed 5443: robust
     *                            sigma 0.0004, grow 0.0012, 36 % of the char above it) the wrecks grow into regions
     *                            70–240 m long; from its own peak (10–53 sigmas) down to half of it (0.5, 0.5) each
     *                            wreck is its own piece. Shipped as the first pass's values (0.2, 0.7): 0.5 fixed that
     *                            kind on tune and report seeds but added false alarms of char texture on bush fires
     *                            (16v, docs/vehicles.md)
     * @param minProminence       ... and a piece is kept when every pixel just outside it responds at most
     *                            (1 − minProminence) × its peak
     * @param lineClosingM        the darkness of an object is measured against the closing by straight segments of
     *                            this length, the smallest over a fan of orientations ({@link LineClosing}), instead
     *                            of the square closing of {@code vehicle_detection.structuring_element_m}; 0: the
     *                            square. Where a fire burns bare ground (laterite, sand, asphalt) the charred road stays
     *                            darker than the charred ground beside it, and against the square the whole road
     *                            responds as much as a wreck on it (sweep tune seeds 5309, 5319, 5347: the road
     *                            between the wrecks at 0.022–0.067 of reflectance, the wrecks at 0.045–0.075): wrecks
     *                            and road grow into one region far too long for a vehicle and none is counted. A
     *                            segment longer than a tanker (12–16 m) fills a wreck but not a road (16y)
     */
    public record Parameters(boolean enabled, double seedSigmas, double growSigmas, double minRelativeContrast,
                             int edgePx, double peakFraction, double minProminence, double lineClosingM) {
        public static final Parameters DEFAULTS = new Parameters(true, 3.5, 2.0, 0.08, 1, 0.2, 0.7, 21);
        public static final Parameters OFF = new Parameters(false, 3.5, 2.0, 0.08, 1, 0.2, 0.7, 21);

        public Parameters {
            if (!(growSigmas > 0 && seedSigmas >= growSigmas)) {
                throw new IllegalArgumentException("wrecks_on_char: need 0 < grow_sigmas <= seed_sigmas: "
                        + growSigmas + ", " + seedSigmas);
            }
            if (!(minRelativeContrast >= 0 && minRelativeContrast < 1)) {
                throw new IllegalArgumentException("wrecks_on_char.min_relative_contrast must be in [0,1): "
                        + minRelativeContrast);
            }
            if (!(edgePx >= 0 && edgePx <= 10)) {
                throw new IllegalArgumentException("wrecks_on_char.edge_px must be in [0,10]: " + edgePx);
            }
            if (!(peakFraction >= 0 && peakFraction < 1 && minProminence >= 0 && minProminence < 1)) {
                throw new IllegalArgumentException("wrecks_on_char.peak_fraction and min_prominence must be in [0,1): "
                        + peakFraction + ", " + minProminence);
            }
            if (!(lineClosingM >= 0 && lineClosingM <= 100)) {
                throw new IllegalArgumentException("wrecks_on_char.line_closing_m must be in [0,100]: " + lineClosingM);
            }
        }

        /** The pass as before {@code edge_px} existed: every burnt pixel is char. */
        public Parameters withEdgePx(int px) {
            return new Parameters(enabled, seedSigmas, growSigmas, minRelativeContrast, px, peakFraction, minProminence,
                    lineClosingM);
        }

        /** The pass with another split of regions too long for a vehicle (16v measured 0.5, 0.5 against 0.2, 0.7). */
        public Parameters withSplit(double fraction, double prominence) {
            return new Parameters(enabled, seedSigmas, growSigmas, minRelativeContrast, edgePx, fraction, prominence,
                    lineClosingM);
        }

        /** The pass with another line closing ({@code 0}: the square closing, as before 16y). */
        public Parameters withLineClosingM(double m) {
            return new Parameters(enabled, seedSigmas, growSigmas, minRelativeContrast, edgePx, peakFraction,
                    minProminence, m);
        }

        /** The segment length in pixels (odd, at least 3), or 0 for the square closing. */
        int lineClosingPx(double gsdM) {
            if (lineClosingM <= 0) {
                return 0;
            }
            int px = (int) Math.round(lineClosingM / gsdM);
            return Math.max(3, px % 2 == 0 ? px + 1 : px);
        }

        /** The detection parameters of the pass: {@code base} with these thresholds. */
        public VehicleDetectionParameters applyTo(VehicleDetectionParameters base) {
            return new VehicleDetectionParameters(base.minLengthM(), base.maxLengthM(), base.minWidthM(),
                    base.maxWidthM(), base.minElongation(), base.structuringElementM(), seedSigmas, growSigmas,
                    peakFraction, minProminence, base.darkPeakFraction(), base.darkMinProminence(),
                    base.darkSplitMaxGsdM(), base.minContrast(), minRelativeContrast, false,
                    base.pairSplitMaxGsdM());
        }
    }

    private WrecksOnChar() {
    }

    /**
     * Dark vehicle-sized objects on the burnt pixels {@code onChar} (null or none: no objects).
     *
     * @param luminance after-date luminance, row-major
     * @param gsdM      pixel size, metres
     */
    public static List<VehicleObject> detect(float[] luminance, int width, int height, double gsdM, boolean[] onChar,
                                             VehicleDetectionParameters base, Parameters p) {
        if (!p.enabled() || onChar == null || !any(onChar)) {
            return List.of();
        }
        List<VehicleObject> out = new ArrayList<>();
        int linePx = p.lineClosingPx(gsdM);
        List<VehicleObject> found = linePx == 0
                ? VehicleDetector.detect(luminance, width, height, gsdM, onChar, p.applyTo(base))
                : VehicleDetector.detectDark(luminance, background(luminance, width, height, gsdM, linePx, onChar, base),
                        width, height, gsdM, onChar, p.applyTo(base));
        for (VehicleObject o : found) {
            if (o.polarity() == Polarity.DARK) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The ground an object's darkness is measured against: the smaller of the square closing (the first pass's) and the
     * closing by segments of {@code linePx}: a road that stays darker than the char beside it is its own ground, and
     * nowhere is the response larger than against the square.
     */
    static float[] background(float[] luminance, int width, int height, double gsdM, int linePx, boolean[] onChar,
                              VehicleDetectionParameters base) {
        float[] line = LineClosing.close(luminance, width, height, linePx, onChar);
        float[] square = SquareMorphology.close(luminance, width, height, base.structuringElementPixels(gsdM));
        for (int i = 0; i < line.length; i++) {
            if (Float.isFinite(line[i]) && square[i] < line[i]) {
                line[i] = square[i];
            }
        }
        return line;
    }

    /**
     * The core of the burnt pixels: those whose (2·edgePx + 1)² square is all burnt (a binary erosion). A burnt
     * sliver one pixel wide (a road edge moved by misregistration) has no core; a scar loses its rim.
     */
    public static boolean[] core(boolean[] burnt, int width, int height, int edgePx) {
        if (edgePx <= 0) {
            return burnt.clone();
        }
        // separable: a run of 2·edgePx + 1 along the rows, then along the columns
        boolean[] rows = new boolean[burnt.length];
        for (int r = 0; r < height; r++) {
            int run = 0;
            for (int c = 0; c < width; c++) {
                run = burnt[r * width + c] ? run + 1 : 0;
                if (run >= 2 * edgePx + 1) {
                    rows[r * width + c - edgePx] = true;
                }
            }
        }
        boolean[] out = new boolean[burnt.length];
        for (int c = 0; c < width; c++) {
            int run = 0;
            for (int r = 0; r < height; r++) {
                run = rows[r * width + c] ? run + 1 : 0;
                if (run >= 2 * edgePx + 1) {
                    out[(r - edgePx) * width + c] = true;
                }
            }
        }
        return out;
    }

    /**
     * {@code main} plus the objects of {@code extra} farther than {@code mergeM} from every object of {@code main} of the
     * same polarity. Only an object of the same polarity is the same object: between two wrecks burnt side by side the
     * strip of char is brighter than both and the main pass returns it as a bright vehicle-sized object 3–4 m from
     * each (it also drops both wrecks there as that object's shadows); counted as the same object, it hid both wrecks
     * of the pair from the count (tune seeds 5401, 5402 at 0.5 m: 10 of 40 wrecks).
     */
    public static List<VehicleObject> merge(List<VehicleObject> main, List<VehicleObject> extra, double gsdM, double mergeM) {
        List<VehicleObject> out = new ArrayList<>(main);
        double px = mergeM / gsdM;
        for (VehicleObject e : extra) {
            boolean same = false;
            for (VehicleObject m : main) {
                if (m.polarity() == e.polarity() && Math.hypot(m.col() - e.col(), m.row() - e.row()) <= px) {
                    same = true;
                    break;
                }
            }
            if (!same) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean any(boolean[] a) {
        for (boolean b : a) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
