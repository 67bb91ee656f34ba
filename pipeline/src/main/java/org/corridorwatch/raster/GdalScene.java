package org.corridorwatch.raster;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;
import org.gdal.osr.SpatialReference;

/**
 * A raster scene opened read-only through GDAL: its grid, band descriptions, metadata, and
 * windowed reads into {@link RasterWindow}s. Not thread-safe (neither is a GDAL dataset): open one
 * per worker thread; opening is cheap.
 */
public final class GdalScene implements AutoCloseable {
    private final Path path;
    private final Dataset dataset;
    private final GridGeometry grid;
    private final List<String> bandNames;
    private final double[] nodata;
    /** What GDAL said while opening (warnings it recovered from), oldest first. */
    private final List<String> openWarnings;
    /** Fails reads GDAL reports as damaged, and every read after the first such one. */
    private final ReadGuard guard;

    private GdalScene(Path path, Dataset dataset, List<String> openWarnings) {
        this.openWarnings = openWarnings;
        this.path = path;
        this.guard = new ReadGuard(path);
        this.dataset = dataset;
        this.grid = readGrid(path, dataset);
        int n = dataset.getRasterCount();
        List<String> names = new ArrayList<>(n);
        nodata = new double[n];
        for (int b = 1; b <= n; b++) {
            Band band = dataset.GetRasterBand(b);
            String d = band.GetDescription();
            names.add(d == null || d.isBlank() ? "Band " + b : d.trim());
            Double[] nd = new Double[1];
            band.GetNoDataValue(nd);
            nodata[b - 1] = nd[0] == null ? Double.NaN : nd[0];
        }
        this.bandNames = Collections.unmodifiableList(names);
    }

    /**
     * Opens a raster. Fails with an {@link InputDataException} naming the file when it does not
     * exist, GDAL cannot open it as a raster, it has no bands or no georeferencing.
     */
    public static GdalScene open(Path path) {
        GdalRuntime.ensureLoaded();
        // "/vsicurl/...", "SENTINEL2_L2A:...xml:10m:EPSG_32629" and the like are GDAL names, not local files
        boolean gdalName = path.toString().startsWith("/vsi") || path.toString().matches("^[A-Z][A-Z0-9_]+:.*");
        if (!gdalName && !Files.exists(path)) {
            throw new InputDataException(path, "no such file", "check the path");
        }
        Dataset ds;
        gdal.ErrorReset();
        try {
            ds = gdal.OpenEx(path.toString(), gdalconst.OF_RASTER | gdalconst.OF_READONLY);
        } catch (RuntimeException e) {
            throw new InputDataException(path, "GDAL cannot open this as a raster (" + e.getMessage().trim() + ")",
                    "give a GeoTIFF/COG, a VRT or a Sentinel-2 product; `gdalinfo FILE` shows what GDAL sees", e);
        }
        if (ds == null) {
            throw new InputDataException(path, "GDAL cannot open this as a raster", "`gdalinfo FILE` shows why");
        }
        if (ds.getRasterCount() == 0) {
            ds.delete();
            throw new InputDataException(path, "has no raster bands (it may be a container: a Sentinel-2 product "
                    + "opens through one of its subdatasets)", "pass a subdataset name listed by `gdalinfo FILE`");
        }
        try {
            GdalScene scene = new GdalScene(path, ds, new ArrayList<>());
            String warning = GdalRuntime.takeWarning();
            if (warning != null) {
                scene.openWarnings.add(warning);
            }
            return scene;
        } catch (RuntimeException e) {
            ds.delete();
            throw e;
        }
    }

    private static GridGeometry readGrid(Path path, Dataset ds) {
        double[] gt = ds.GetGeoTransform();
        String wkt = ds.GetProjectionRef();
        boolean identity = gt == null || Arrays.equals(gt, new double[] {0, 1, 0, 0, 0, 1});
        if (identity || wkt == null || wkt.isBlank()) {
            throw new InputDataException(path, "has no georeferencing (no CRS or geotransform)",
                    "georeference it first, e.g. with gdal_translate -a_srs/-a_ullr or gdalwarp");
        }
        return new GridGeometry(ds.getRasterXSize(), ds.getRasterYSize(), gt, wkt, epsgOf(wkt));
    }

    /** EPSG code of a WKT CRS when GDAL can identify it, else 0. */
    public static int epsgOf(String wkt) {
        SpatialReference srs = new SpatialReference(wkt);
        try {
            srs.AutoIdentifyEPSG();
        } catch (RuntimeException ignored) {
            // not every CRS has an EPSG code; callers fall back to the WKT
        }
        String code = srs.GetAuthorityCode(null);
        String auth = srs.GetAuthorityName(null);
        srs.delete();
        return code != null && "EPSG".equalsIgnoreCase(auth) ? Integer.parseInt(code) : 0;
    }

    public Path path() {
        return path;
    }

    /** Warnings GDAL raised while opening the file (it opened, but said something was off); empty when none. */
    public List<String> openWarnings() {
        return List.copyOf(openWarnings);
    }

    public GridGeometry grid() {
        return grid;
    }

    public int bandCount() {
        return bandNames.size();
    }

    /** Band descriptions, "Band N" where the file has none; index 0 is GDAL band 1. */
    public List<String> bandNames() {
        return bandNames;
    }

    /** Nodata value of a band (0-based), NaN when none is set. */
    public double nodata(int band) {
        return nodata[band];
    }

    /** Block size {width, height} of the first band, in pixels. */
    public int[] blockSize() {
        Band b = dataset.GetRasterBand(1);
        return new int[] {b.GetBlockXSize(), b.GetBlockYSize()};
    }

    /** GDAL data type name of a band (0-based), e.g. "UInt16". */
    public String dataTypeName(int band) {
        return gdal.GetDataTypeName(dataset.GetRasterBand(band + 1).getDataType());
    }

    /** The band's own offset (GDAL's GetOffset, 0-based band), NaN when unset. */
    public double bandOffset(int band) {
        Double[] v = new Double[1];
        dataset.GetRasterBand(band + 1).GetOffset(v);
        return v[0] == null ? Double.NaN : v[0];
    }

    /** The band's own scale (GDAL's GetScale, 0-based band), NaN when unset. */
    public double bandScale(int band) {
        Double[] v = new Double[1];
        dataset.GetRasterBand(band + 1).GetScale(v);
        return v[0] == null ? Double.NaN : v[0];
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(20\\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\\d|3[01])");

    /**
     * The acquisition date (ISO yyyy-MM-dd) from the metadata (ACQUISITION_DATE, DATATAKE sensing start,
     * PRODUCT_START_TIME, TIFFTAG_DATETIME) or else from a date in the file name; "" when none is found.
     */
    public String acquisitionDate() {
        Map<String, String> md = metadata("");
        for (String key : List.of("ACQUISITION_DATE", "DATATAKE_1_DATATAKE_SENSING_START", "PRODUCT_START_TIME",
                "SENSING_TIME", "DATE", "TIFFTAG_DATETIME")) {
            String v = md.get(key);
            if (v != null) {
                java.util.regex.Matcher m = DATE.matcher(v.replace(':', '-'));
                if (m.find()) {
                    String iso = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
                    try {
                        java.time.LocalDate.parse(iso);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new InputDataException(path, "its metadata " + key + "=" + v.strip() + " is not a calendar date",
                                "fix it, e.g. gdal_edit.py -mo " + key + "=YYYY-MM-DD FILE");
                    }
                    return iso;
                }
            }
        }
        java.util.regex.Matcher m = DATE.matcher(path.getFileName().toString());
        while (m.find()) {
            String iso = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
            try {
                return java.time.LocalDate.parse(iso).toString();
            } catch (java.time.format.DateTimeParseException e) {
                // digits in a file name that only look like a date
            }
        }
        return "";
    }

    /** Dataset metadata of a domain ("" for the default one). */
    @SuppressWarnings("unchecked")
    public Map<String, String> metadata(String domain) {
        Hashtable<String, String> md = dataset.GetMetadata_Dict(domain);
        return md == null ? Map.of() : Map.copyOf(md);
    }

    /** Band metadata (0-based band) of the default domain. */
    @SuppressWarnings("unchecked")
    public Map<String, String> bandMetadata(int band) {
        Hashtable<String, String> md = dataset.GetRasterBand(band + 1).GetMetadata_Dict("");
        return md == null ? Map.of() : Map.copyOf(md);
    }

    /**
     * Reads a pixel window of the given bands (0-based). The window may extend past the scene: those
     * pixels, and nodata pixels, come back as NaN.
     */
    public RasterWindow read(int col0, int row0, int width, int height, int... bandIndexes) {
        return read(col0, row0, width, height, null, bandIndexes);
    }

    /**
     * As {@link #read(int, int, int, int, int...)}, converting each band's values on the way:
     * {@code (value + linear[i].offset) * linear[i].scale} (one pass; {@code linear} null = raw values).
     */
    public RasterWindow read(int col0, int row0, int width, int height, Linear[] linear, int... bandIndexes) {
        int n = bandIndexes.length;
        if (linear != null && linear.length != n) {
            throw new IllegalArgumentException("one conversion per band required");
        }
        float[][] out = new float[n][];
        String[] names = new String[n];
        int[] gdalBands = new int[n];
        for (int i = 0; i < n; i++) {
            gdalBands[i] = bandIndexes[i] + 1;
            names[i] = bandNames.get(bandIndexes[i]);
        }
        int x0 = Math.max(0, col0);
        int y0 = Math.max(0, row0);
        int x1 = Math.min(grid.width(), col0 + width);
        int y1 = Math.min(grid.height(), row0 + height);
        boolean inside = x0 == col0 && y0 == row0 && x1 == col0 + width && y1 == row0 + height;
        for (int i = 0; i < n; i++) {
            out[i] = new float[width * height];
            if (!inside) {
                Arrays.fill(out[i], Float.NaN);
            }
        }
        if (x1 > x0 && y1 > y0) {
            int w = x1 - x0;
            int h = y1 - y0;
            int dstOff = (x0 - col0) + (y0 - row0) * width;
            if (allUInt16(gdalBands)) {
                // most imagery is 16-bit: read it as such (half the bytes, no conversion pass in GDAL)
                short[] buf = readUInt16(x0, y0, w, h, gdalBands);
                for (int i = 0; i < n; i++) {
                    Linear lin = linear == null ? Linear.IDENTITY : linear[i];
                    PixelScatter.scatterUInt16(buf, i * w * h, w, h, out[i], dstOff, width, nodata[bandIndexes[i]],
                            lin.offset(), lin.scale(), lin.nodata());
                }
            } else {
                float[] buf = new float[w * h * n];
                guard.run(() -> dataset.ReadRaster(x0, y0, w, h, w, h, gdalconst.GDT_Float32, buf, gdalBands), x0, y0, w, h);
                for (int i = 0; i < n; i++) {
                    Linear lin = linear == null ? Linear.IDENTITY : linear[i];
                    PixelScatter.scatter(buf, i * w * h, w, h, out[i], dstOff, width, nodata[bandIndexes[i]],
                            lin.offset(), lin.scale(), lin.nodata());
                }
            }
        }
        return new RasterWindow(grid.window(col0, row0, width, height), names, out);
    }

    /**
     * A window of the given bands averaged down to {@code outWidth} x {@code outHeight} cells (GDAL's AVERAGE
     * resampling of RasterIO, from overviews when the file has them), converted by {@code linear} as in
     * {@link #read(int, int, int, int, Linear[], int...)}. The window must lie inside the scene. A cell whose
     * average equals a band's nodata is NaN.
     */
    public float[][] readAveraged(int col0, int row0, int width, int height, int outWidth, int outHeight,
                                  Linear[] linear, int... bandIndexes) {
        float[][] out = new float[bandIndexes.length][];
        String previous = gdal.GetConfigOption("GDAL_RASTERIO_RESAMPLING");
        gdal.SetThreadLocalConfigOption("GDAL_RASTERIO_RESAMPLING", "AVERAGE");
        try {
            for (int i = 0; i < bandIndexes.length; i++) {
                float[] buf = new float[outWidth * outHeight];
                Band b = dataset.GetRasterBand(bandIndexes[i] + 1);
                guard.run(() -> b.ReadRaster(col0, row0, width, height, outWidth, outHeight, gdalconst.GDT_Float32, buf),
                        col0, row0, width, height);
                Linear lin = linear == null ? Linear.IDENTITY : linear[i];
                double nd = nodata[bandIndexes[i]];
                for (int k = 0; k < buf.length; k++) {
                    float v = buf[k];
                    buf[k] = v == (float) nd || v == (float) lin.nodata() ? Float.NaN : (v + lin.offset()) * lin.scale();
                }
                out[i] = buf;
            }
        } finally {
            gdal.SetThreadLocalConfigOption("GDAL_RASTERIO_RESAMPLING", previous);
        }
        return out;
    }

    /** Per thread, a direct buffer GDAL reads into: no JNI array copies in and out (grown as needed). */
    private static final ThreadLocal<ByteBuffer> DIRECT = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(0));

    /** Reads UInt16 pixels band-sequentially through a direct buffer (one copy into the Java array). */
    private short[] readUInt16(int x0, int y0, int w, int h, int[] gdalBands) {
        int values = w * h * gdalBands.length;
        ByteBuffer direct = DIRECT.get();
        if (direct.capacity() < 2 * values) {
            direct = ByteBuffer.allocateDirect(2 * values).order(ByteOrder.nativeOrder());
            DIRECT.set(direct);
        }
        ByteBuffer target = direct;
        guard.run(() -> dataset.ReadRaster_Direct(x0, y0, w, h, w, h, gdalconst.GDT_UInt16, target, gdalBands), x0, y0, w, h);
        short[] buf = new short[values];
        direct.clear();
        direct.asShortBuffer().get(buf, 0, values);
        return buf;
    }

    private boolean allUInt16(int[] gdalBands) {
        for (int b : gdalBands) {
            if (dataset.GetRasterBand(b).getDataType() != gdalconst.GDT_UInt16) {
                return false;
            }
        }
        return true;
    }

    /**
     * A per-band linear conversion of stored values: {@code (value + offset) * scale}; stored values equal
     * to {@code nodata} (NaN = none) become NaN, like the file's own nodata value. For products whose
     * convention marks no data (Sentinel-2 L2A: DN 0) without declaring it in the file.
     */
    public record Linear(float offset, float scale, double nodata) {
        public static final Linear IDENTITY = new Linear(0f, 1f);

        /** Without a nodata value of its own. */
        public Linear(float offset, float scale) {
            this(offset, scale, Double.NaN);
        }
    }

    @Override
    public void close() {
        dataset.delete();
    }
}
