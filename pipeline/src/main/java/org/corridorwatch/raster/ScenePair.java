package org.corridorwatch.raster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.model.NoOverlapException;
import org.gdal.osr.CoordinateTransformation;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osrConstants;

/**
 * A before/after pair brought onto one pixel grid: the finer of the two scenes' grids (the after
 * scene's when equal). When the other scene's grid differs (CRS, pixel size or alignment) it is
 * warped on the fly through a GDAL VRT: bilinear for spectral bands, nearest for a classification
 * band. Only the overlap of both scenes is processed: {@link #overlap()} is a pixel window of the
 * target grid.
 *
 * <p>Opening a pair is cheap; {@link #openReader()} gives a reader that worker threads share.
 */
public final class ScenePair implements AutoCloseable {
    private final Path beforePath;
    private final Path afterPath;
    private final GridGeometry grid;
    private final int[] overlap;
    private final Path beforeSource;
    private final Path afterSource;
    private final Path beforeClassSource;
    private final Path afterClassSource;
    private final Path workDir;
    private final Object readerLock = new Object();
    private GdalScene[] shared;
    private int openReaders;

    /** A pixel window of the target grid. */
    public record Window(int col0, int row0, int width, int height) {
    }

    private ScenePair(Path beforePath, Path afterPath, GridGeometry grid, int[] overlap, Path[] sources, Path workDir) {
        this.beforePath = beforePath;
        this.afterPath = afterPath;
        this.grid = grid;
        this.overlap = overlap;
        this.beforeSource = sources[0];
        this.afterSource = sources[1];
        this.beforeClassSource = sources[2];
        this.afterClassSource = sources[3];
        this.workDir = workDir;
    }

    /**
     * Aligns two scenes. {@code classBandBefore}/{@code classBandAfter} are 0-based indexes of a
     * categorical band (e.g. Sentinel-2 SCL) to resample with nearest neighbour, or -1.
     */
    public static ScenePair open(Path before, Path after, int classBandBefore, int classBandAfter) {
        return open(before, after, classBandBefore, classBandAfter, false);
    }

    /**
     * As {@link #open(Path, Path, int, int)}; with {@code afterGrid} the common grid is the after scene's
     * even when the before scene is finer (tiles planned on the after scene then keep their ids).
     */
    public static ScenePair open(Path before, Path after, int classBandBefore, int classBandAfter, boolean afterGrid) {
        GridGeometry gb;
        GridGeometry ga;
        try (GdalScene b = GdalScene.open(before); GdalScene a = GdalScene.open(after)) {
            gb = b.grid();
            ga = a.grid();
        }
        boolean beforeFiner = !afterGrid && gb.pixelWidth() < ga.pixelWidth() * 0.999 && sameUnits(gb, ga);
        GridGeometry target = beforeFiner ? gb : ga;
        if (!target.isNorthUp()) {
            // the other scene is warped onto this grid, but tiles, outputs and chips are planned north-up
            throw new InputDataException(beforeFiner ? before : after, "its grid is not north-up (a rotated or "
                    + "south-up geotransform); CorridorWatch reads scenes on a north-up grid",
                    "warp it to one first: gdalwarp FILE north-up.tif");
        }
        Path work;
        try {
            work = Files.createTempDirectory("cw-pair");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path[] sources = new Path[] {before, after, before, after};
        try {
            if (beforeFiner) {
                sources[1] = GridWarp.toVrt(after, target, work.resolve("after.vrt"), "bilinear");
                if (classBandAfter >= 0) {
                    sources[3] = GridWarp.toVrt(after, target, work.resolve("after-class.vrt"), "near");
                }
            } else if (!gb.sameGridAs(ga)) {
                sources[0] = GridWarp.toVrt(before, target, work.resolve("before.vrt"), "bilinear");
                if (classBandBefore >= 0) {
                    sources[2] = GridWarp.toVrt(before, target, work.resolve("before-class.vrt"), "near");
                }
            }
            int[] overlap = overlapWindow(target, beforeFiner ? ga : gb, beforeFiner ? after : before);
            return new ScenePair(before, after, target, overlap, sources, work);
        } catch (RuntimeException e) {
            deleteDir(work);
            throw e;
        }
    }

    private static boolean sameUnits(GridGeometry a, GridGeometry b) {
        return (a.epsg() == 4326) == (b.epsg() == 4326);
    }

    /** Pixel window of {@code target} covered by the other scene's footprint; empty → NoOverlapException. */
    private static int[] overlapWindow(GridGeometry target, GridGeometry other, Path otherPath) {
        SpatialReference so = new SpatialReference(other.crsWkt());
        SpatialReference st = new SpatialReference(target.crsWkt());
        so.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
        st.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
        CoordinateTransformation ct = CoordinateTransformation.CreateCoordinateTransformation(so, st);
        double minC = Double.MAX_VALUE;
        double minR = Double.MAX_VALUE;
        double maxC = -Double.MAX_VALUE;
        double maxR = -Double.MAX_VALUE;
        int steps = 16;
        List<double[]> edge = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double f = (double) i / steps;
            edge.add(new double[] {f * other.width(), 0});
            edge.add(new double[] {f * other.width(), other.height()});
            edge.add(new double[] {0, f * other.height()});
            edge.add(new double[] {other.width(), f * other.height()});
        }
        for (double[] p : edge) {
            double[] xy = ct.TransformPoint(other.x(p[0], p[1]), other.y(p[0], p[1]));
            double[] cr = target.toPixel(xy[0], xy[1]);
            minC = Math.min(minC, cr[0]);
            maxC = Math.max(maxC, cr[0]);
            minR = Math.min(minR, cr[1]);
            maxR = Math.max(maxR, cr[1]);
        }
        ct.delete();
        so.delete();
        st.delete();
        int c0 = (int) Math.max(0, Math.floor(minC));
        int r0 = (int) Math.max(0, Math.floor(minR));
        int c1 = (int) Math.min(target.width(), Math.ceil(maxC));
        int r1 = (int) Math.min(target.height(), Math.ceil(maxR));
        if (c1 <= c0 || r1 <= r0) {
            throw new NoOverlapException(otherPath + ": does not overlap the other scene", "pick a before and after scene of the same area");
        }
        return new int[] {c0, r0, c1 - c0, r1 - r0};
    }

    /** The common grid (whole extent of the reference scene). */
    public GridGeometry grid() {
        return grid;
    }

    /** The pixel window of {@link #grid()} where both scenes have pixels. */
    public Window overlap() {
        return new Window(overlap[0], overlap[1], overlap[2], overlap[3]);
    }

    public Path beforePath() {
        return beforePath;
    }

    public Path afterPath() {
        return afterPath;
    }

    /** The scene whose grid is the common grid (read without warping). */
    public Path referencePath() {
        return afterSource.equals(afterPath) ? afterPath : beforePath;
    }

    /** True when one of the scenes is read through a warped VRT. */
    public boolean warped() {
        return !beforeSource.equals(beforePath) || !afterSource.equals(afterPath);
    }

    /**
     * Datasets for both dates on the common grid, shared by the worker threads. Readers open at the same time share
     * one set of datasets (closed with the last reader), so a later stage that reads again (the review chips) finds
     * the blocks the tile pass decoded in GDAL's block cache instead of decoding them again (a JPEG2000 tile of a
     * Sentinel-2 product costs ~0.25 s of CPU per decode).
     */
    public Reader openReader() {
        synchronized (readerLock) {
            if (openReaders == 0) {
                GdalScene b = GdalScene.open(beforeSource);
                GdalScene a;
                GdalScene bc = null;
                try {
                    a = GdalScene.open(afterSource);
                    try {
                        bc = beforeClassSource.equals(beforeSource) ? null : GdalScene.open(beforeClassSource);
                        GdalScene ac = afterClassSource.equals(afterSource) ? null : GdalScene.open(afterClassSource);
                        shared = new GdalScene[] {b, a, bc, ac};
                    } catch (RuntimeException e) {
                        a.close();
                        throw e;
                    }
                } catch (RuntimeException e) {
                    b.close();
                    if (bc != null) {
                        bc.close();
                    }
                    throw e;
                }
            }
            openReaders++;
            return new Reader(shared[0], shared[1], shared[2], shared[3], this::releaseReader);
        }
    }

    /** Number of readers open now (they share one set of datasets). */
    int openReaders() {
        synchronized (readerLock) {
            return openReaders;
        }
    }

    private void releaseReader() {
        synchronized (readerLock) {
            if (--openReaders == 0) {
                for (GdalScene s : shared) {
                    if (s != null) {
                        s.close();
                    }
                }
                shared = null;
            }
        }
    }

    /**
     * Reads windows of both dates on the common grid. Thread-safe: reads of one date are serialised (a
     * GDAL dataset is not thread-safe), the two dates can be read at once, and GDAL decodes the blocks
     * of one read on half the cores ({@link GdalRuntime}). Sharing one dataset per date lets GDAL's block cache serve the overlap
     * of neighbouring tiles, so each compressed block is decoded about once.
     */
    public static final class Reader implements AutoCloseable {
        private final GdalScene before;
        private final GdalScene after;
        private final GdalScene beforeClass;
        private final GdalScene afterClass;
        private final Runnable release;
        private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

        Reader(GdalScene before, GdalScene after, GdalScene beforeClass, GdalScene afterClass, Runnable release) {
            this.before = before;
            this.after = after;
            this.beforeClass = beforeClass;
            this.afterClass = afterClass;
            this.release = release;
        }

        public RasterWindow before(Window w, int... bands) {
            return read(before, w, null, bands);
        }

        public RasterWindow after(Window w, int... bands) {
            return read(after, w, null, bands);
        }

        /** Bands of the before date converted by {@code linear} (one per band) as they are read. */
        public RasterWindow before(Window w, GdalScene.Linear[] linear, int... bands) {
            return read(before, w, linear, bands);
        }

        /** Bands of the after date converted by {@code linear} (one per band) as they are read. */
        public RasterWindow after(Window w, GdalScene.Linear[] linear, int... bands) {
            return read(after, w, linear, bands);
        }

        /** Bands of the before date averaged down to {@code outWidth} x {@code outHeight} cells (see {@link GdalScene#readAveraged}). */
        public float[][] beforeAveraged(Window w, int outWidth, int outHeight, GdalScene.Linear[] linear, int... bands) {
            synchronized (before) {
                return before.readAveraged(w.col0(), w.row0(), w.width(), w.height(), outWidth, outHeight, linear, bands);
            }
        }

        private static RasterWindow read(GdalScene s, Window w, GdalScene.Linear[] linear, int... bands) {
            synchronized (s) {
                return s.read(w.col0(), w.row0(), w.width(), w.height(), linear, bands);
            }
        }

        /** Block size {width, height} of the after scene's first band (reads aligned to it decode least). */
        public int[] blockSize() {
            synchronized (after) {
                return after.blockSize();
            }
        }

        /** True when the before date's categorical band comes from its own (nearest-neighbour) warp. */
        public boolean separateClassBefore() {
            return beforeClass != null;
        }

        /** True when the after date's categorical band comes from its own (nearest-neighbour) warp. */
        public boolean separateClassAfter() {
            return afterClass != null;
        }

        /** A categorical band of the before date (nearest-neighbour when warped). */
        public float[] beforeClass(Window w, int band) {
            return read(beforeClass != null ? beforeClass : before, w, null, band).band(0);
        }

        /** A categorical band of the after date (nearest-neighbour when warped). */
        public float[] afterClass(Window w, int band) {
            return read(afterClass != null ? afterClass : after, w, null, band).band(0);
        }

        /** Closes this reader; the datasets close with the last reader of the pair. Idempotent. */
        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                release.run();
            }
        }
    }

    @Override
    public void close() {
        deleteDir(workDir);
    }

    private static void deleteDir(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir; the OS cleans it
        }
    }
}
