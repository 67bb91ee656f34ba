package org.corridorwatch.sites;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.model.BandSet;
import org.corridorwatch.change.regions.BurnRegion;
import org.corridorwatch.change.regions.BurnRegions;
import org.corridorwatch.change.evidence.EvidenceMap;
import org.corridorwatch.change.evidence.PixelComponents;
import org.corridorwatch.change.evidence.RegionSurroundings;
import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.change.evidence.SceneStatistics;
import org.corridorwatch.change.align.Shift;
import org.corridorwatch.change.TileChangeDetector;
import org.corridorwatch.change.vehicles.StaticObjects;
import org.corridorwatch.change.vehicles.VehicleDetectionParameters;
import org.corridorwatch.change.vehicles.VehicleDetector;
import org.corridorwatch.change.vehicles.VehicleObject;
import org.corridorwatch.change.vehicles.WrecksOnChar;
import org.corridorwatch.model.PixelStats;
import org.corridorwatch.model.RegionPiece;

/**
 * The tile stage, a pure function of (tile pixels, scene statistics, configuration): masks,
 * co-registration, radiometric normalisation, burn evidence, hysteresis regions, and the parts of the
 * regions that fall inside the tile's core as {@link RegionPiece}s. No I/O: the caller reads the
 * pixels (with a margin around the core) and writes the results, so this runs unchanged on any engine.
 */
public final class TileAnalyzer {
    private final double pixelAreaM2;
    private final double maxMaskedFraction;
    private final double gsdM;
    private final boolean vehicleSearch;
    private final Parameters parameters;
    private final TileChangeDetector.Parameters params;

    /**
     * Parameters of the tile stage.
     *
     * @param maxMaskedFraction a tile with more masked pixels than this is reported "masked"
     * @param detection         masks, co-registration, normalisation, evidence and regions (mask cloud size for a 10 m
     *                          pixel: rescaled to the scan's pixel area)
     * @param vehicles          vehicle object detection
     * @param vehicleMaxGsdM    vehicles are searched only on pixels this fine or finer
     * @param staticMatchM      an after-date object this close to a before-date one of the same polarity is static
     * @param wreckOnScarM      objects this close to a burn region are always new
     * @param wrecksOnChar      the second dark-object pass on the burnt pixels ({@link WrecksOnChar})
     */
    public record Parameters(double maxMaskedFraction, TileChangeDetector.Parameters detection,
                             VehicleDetectionParameters vehicles, double vehicleMaxGsdM, double staticMatchM,
                             double wreckOnScarM, WrecksOnChar.Parameters wrecksOnChar) {
        public Parameters {
            if (wrecksOnChar == null) {
                wrecksOnChar = WrecksOnChar.Parameters.DEFAULTS;
            }
        }

        /** Parameters with the default pass of wrecks on char. */
        public Parameters(double maxMaskedFraction, TileChangeDetector.Parameters detection,
                          VehicleDetectionParameters vehicles, double vehicleMaxGsdM, double staticMatchM,
                          double wreckOnScarM) {
            this(maxMaskedFraction, detection, vehicles, vehicleMaxGsdM, staticMatchM, wreckOnScarM,
                    WrecksOnChar.Parameters.DEFAULTS);
        }
    }

    /** Status of a tile after analysis. */
    public enum Status { SCORED, MASKED, NO_DATA }

    /**
     * One tile's pixels.
     *
     * @param tileId   stable tile id
     * @param col0     column of the read window's first pixel on the common grid
     * @param row0     row of the read window's first pixel
     * @param core     the core {col0,row0,col1,row1} on the common grid (exclusive ends), inside the read window
     * @param before   before-date reflectance
     * @param after    after-date reflectance (same grid)
     * @param sclBefore scene classification of the before date, or null
     * @param sclAfter  scene classification of the after date, or null
     * @param roadMask  pixels within the road strip ({@code sites.vehicles.road_buffer_m} of the road line), or null (no
     *                  road in the tile, or none given): vehicles are searched in it on fine pixels, and strips of mixed
     *                  char are sought only in it
     */
    public record Input(String tileId, int col0, int row0, int[] core, BandSet before, BandSet after,
                        float[] sclBefore, float[] sclAfter, boolean[] roadMask) {
    }

    /**
     * What a tile produced. Arrays cover the core only (row-major, core width × core height), are new
     * (the caller may modify them) and are null unless the tile was scored.
     */
    public record Result(String tileId, Status status, double validFraction, Shift shift, boolean shiftApplied,
                         List<RegionPiece> pieces, float[] evidence, float[] change, float[] regions,
                         String changeIndexName, Vehicles vehicles) {
    }

    /**
     * Vehicle objects found in the tile's core, with {@code col}/{@code row} in pixel indices of the common
     * grid (the tile offset added): all of the before date's, and the after date's that are new (no
     * before-date object of the same polarity within {@code sites.vehicles.static_match_m}: static
     * trees, roofs, road edges and unmoved trucks are left out; objects within {@code wreck_on_scar_m}
     * of a burn region are always new, and the before date's there are left out).
     */
    public record Vehicles(List<VehicleObject> before, List<VehicleObject> after) {
        public static final Vehicles NONE = new Vehicles(List.of(), List.of());
    }

    /**
     * @param gsdM ground sample distance in metres; vehicles are searched (where the input has a road
     *             mask) only when it is at most {@code sites.vehicles.max_gsd_m}
     */
    public TileAnalyzer(Parameters parameters, double pixelAreaM2, double gsdM) {
        this.pixelAreaM2 = pixelAreaM2;
        this.gsdM = gsdM;
        this.parameters = parameters;
        this.vehicleSearch = gsdM <= parameters.vehicleMaxGsdM();
        this.maxMaskedFraction = parameters.maxMaskedFraction();
        TileChangeDetector.Parameters d = parameters.detection();
        this.params = new TileChangeDetector.Parameters(d.masks().forPixelArea(pixelAreaM2), d.coregistration(),
                d.minShiftConfidence(), d.maxShift(), d.normalise(), d.normalisation(), d.evidence(), d.regions());
    }

    /** Masks, co-registration, normalisation and the change index of a tile (also used to sample the scene). */
    public TileChangeDetector.Prepared prepare(Input in) {
        return TileChangeDetector.prepare(in.before(), in.after(), in.sclBefore(), in.sclAfter(), in.roadMask(), params);
    }

    public Result analyze(Input in, SceneStatistics stats) {
        TileChangeDetector.Prepared p = prepare(in);
        double valid = p.validFraction();
        int w = in.before().width();
        if (valid == 0 && allNodata(p.mask())) {
            return new Result(in.tileId(), Status.NO_DATA, 0, p.shift(), p.shiftApplied(), List.of(), null, null, null, null,
                    Vehicles.NONE);
        }
        if (1 - valid > maxMaskedFraction) {
            return new Result(in.tileId(), Status.MASKED, valid, p.shift(), p.shiftApplied(), List.of(), null, null, null, null,
                    Vehicles.NONE);
        }
        TileChangeDetector.Result detected = TileChangeDetector.detect(p, stats, pixelAreaM2, in.roadMask(), params);
        EvidenceMap e = detected.evidence();
        BurnRegions.Result regions = detected.regions();
        int[] core = in.core();
        int c0 = core[0] - in.col0();
        int r0 = core[1] - in.row0();
        int c1 = core[2] - in.col0();
        int r1 = core[3] - in.row0();
        List<RegionPiece> pieces = new ArrayList<>();
        PixelComponents components = regions.regions().isEmpty() ? null : new PixelComponents(p.before(), p.after(), e,
                params.evidence().darkening(), RegionSurroundings.darkeningAround(regions.labels(), w,
                        regions.labels().length / w, e.darkIndex(), darkeningCentre(stats, e)), p.roadShade(),
                RegionSurroundings.cloudBeside(regions.labels(), w, regions.labels().length / w, cloudy(p.mask())));
        for (BurnRegion region : regions.regions()) {
            RegionPiece piece = corePiece(in, region, regions.labels(), e, components, w, c0, r0, c1, r1);
            if (piece != null) {
                pieces.add(piece);
            }
        }
        return new Result(in.tileId(), Status.SCORED, valid, p.shift(), p.shiftApplied(), pieces,
                crop(e.evidence(), w, c0, r0, c1, r1), crop(e.change(), w, c0, r0, c1, r1),
                crop(regions.mask(), w, c0, r0, c1, r1), e.changeIndexName(), vehicles(in, p, regions, c0, r0, c1, r1));
    }

    /** Pixels the mask took for cloud, cirrus or a cloud's shade. */
    private static boolean[] cloudy(byte[] mask) {
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) {
            out[i] = MaskCode.cloudOrShade(mask[i]);
        }
        return out;
    }

    /** Vehicle objects of both dates along the road, in the core, on the common grid. */
    private Vehicles vehicles(Input in, TileChangeDetector.Prepared p, BurnRegions.Result regions, int c0, int r0,
                              int c1, int r1) {
        if (!vehicleSearch || in.roadMask() == null) {
            return Vehicles.NONE;
        }
        boolean[] burnt = new boolean[regions.labels().length];
        for (int i = 0; i < burnt.length; i++) {
            burnt[i] = regions.labels()[i] > 0;
        }
        // changed ground is the core of the burnt pixels: a burnt sliver along a road edge that moved between the
        // dates would make every piece of that road edge "new"
        StaticObjects.ChangedGround changed = new StaticObjects.ChangedGround(WrecksOnChar.core(burnt, regions.width(),
                burnt.length / regions.width(), parameters.wrecksOnChar().edgePx()), regions.width(), parameters.wreckOnScarM());
        List<VehicleObject> before = objects(in, p.before());
        List<VehicleObject> afterObjects = objects(in, p.after());
        afterObjects = WrecksOnChar.merge(afterObjects, wrecksOnChar(in, p.after(), burnt), gsdM,
                parameters.staticMatchM());
        List<VehicleObject> after = StaticObjects.newSince(before, afterObjects, gsdM, parameters.staticMatchM(),
                changed);
        // what stood where the ground has since burnt is no reference for the after date (a burnt truck park)
        List<VehicleObject> beforeUnburnt = before.stream().filter(o -> !changed.near(o, gsdM)).toList();
        return new Vehicles(inCore(in, beforeUnburnt, c0, r0, c1, r1), inCore(in, after, c0, r0, c1, r1));
    }

    private List<VehicleObject> objects(Input in, BandSet b) {
        return VehicleDetector.detect(luminance(b), b.width(), b.height(), gsdM, in.roadMask(), parameters.vehicles());
    }

    /** Dark objects on the burnt pixels of the road strip, with thresholds from the char itself. */
    private List<VehicleObject> wrecksOnChar(Input in, BandSet after, boolean[] burnt) {
        if (!parameters.wrecksOnChar().enabled()) {
            return List.of();
        }
        boolean[] onChar = WrecksOnChar.core(burnt, after.width(), after.height(), parameters.wrecksOnChar().edgePx());
        for (int i = 0; i < onChar.length; i++) {
            onChar[i] &= in.roadMask()[i];
        }
        return WrecksOnChar.detect(luminance(after), after.width(), after.height(), gsdM, onChar,
                parameters.vehicles(), parameters.wrecksOnChar());
    }

    private static float[] luminance(BandSet b) {
        int n = b.width() * b.height();
        float[] lum = new float[n];
        for (int i = 0; i < n; i++) {
            lum[i] = (b.red()[i] + b.green()[i] + b.blue()[i]) / 3f;
        }
        return lum;
    }

    private static List<VehicleObject> inCore(Input in, List<VehicleObject> objects, int c0, int r0, int c1, int r1) {
        List<VehicleObject> out = new ArrayList<>();
        for (VehicleObject o : objects) {
            if (o.col() >= c0 && o.col() < c1 && o.row() >= r0 && o.row() < r1) {
                out.add(new VehicleObject(o.col() + in.col0(), o.row() + in.row0(), o.lengthM(), o.widthM(),
                        o.orientationDeg(), o.polarity(), o.contrast(), o.significance(), o.pixels()));
            }
        }
        return out;
    }

    private static RegionPiece corePiece(Input in, BurnRegion region, int[] labels, EvidenceMap e,
                                         PixelComponents components, int w, int c0, int r0, int c1, int r1) {
        if (region.maxCol() < c0 || region.minCol() >= c1 || region.maxRow() < r0 || region.minRow() >= r1) {
            return null;
        }
        PixelStats.Builder stats = new PixelStats.Builder();
        for (int idx : region.pixels()) {
            int r = idx / w;
            int c = idx - r * w;
            if (c >= c0 && c < c1 && r >= r0 && r < r1) {
                float dark = e.darkening()[idx];
                stats.add(in.col0() + c + 0.5, in.row0() + r + 0.5, e.change()[idx], e.evidence()[idx],
                        Float.isNaN(dark) ? 0 : darkness(dark), components.at(idx), components.carrier(idx));
            }
        }
        PixelStats s = stats.build();
        if (s.count() == 0) {
            return null;
        }
        return new RegionPiece(in.tileId(), RunPolygonizer.outline(labels, w, region.label(),
                Math.max(c0, region.minCol()), Math.max(r0, region.minRow()),
                Math.min(c1, region.maxCol() + 1), Math.min(r1, region.maxRow() + 1), in.col0(), in.row0()), s);
    }

    /** The scene's centre of the darkening index; the tile's own where the scene's was not collected (as the evidence). */
    private static double darkeningCentre(SceneStatistics stats, EvidenceMap e) {
        return stats == null || stats.darkening() == null ? SceneStatistics.of(e.darkIndex(), 1).centre()
                : stats.darkening().centre();
    }

    /** Albedo drop (reflectance) mapped to [0,1]: 0.1 or more reads as fully charred. */
    static double darkness(float albedoDrop) {
        return Math.max(0, Math.min(1, albedoDrop / 0.1));
    }

    private static boolean allNodata(byte[] mask) {
        for (byte m : mask) {
            if (m != MaskCode.NODATA) {
                return false;
            }
        }
        return true;
    }

    private static float[] crop(float[] a, int w, int c0, int r0, int c1, int r1) {
        int cw = c1 - c0;
        float[] out = new float[cw * (r1 - r0)];
        for (int r = r0; r < r1; r++) {
            System.arraycopy(a, r * w + c0, out, (r - r0) * cw, cw);
        }
        return out;
    }
}
