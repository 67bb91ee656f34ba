package org.corridorwatch.raster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Vector;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.OutputException;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.Driver;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;

/**
 * Writes a tiled, DEFLATE-compressed GeoTIFF window by window, optionally finishing it as a
 * Cloud-Optimized GeoTIFF. Everything goes to a temporary name beside the target; {@link #commit()}
 * renames it into place, {@link #close()} without commit deletes it, so a crash never leaves a
 * half-written file under the real name. Not thread-safe.
 */
public final class GeoTiffWriter implements AutoCloseable {
    /** Pixel types this writer produces. */
    public enum PixelType {
        BYTE(gdalconst.GDT_Byte), UINT16(gdalconst.GDT_UInt16), FLOAT32(gdalconst.GDT_Float32);

        final int gdalType;

        PixelType(int gdalType) {
            this.gdalType = gdalType;
        }
    }

    /**
     * DEFLATE level: 1 compresses a little less than the default 6 but several times faster, which
     * matters for whole-scene evidence rasters written while tiles are being analysed.
     */
    static final int DEFLATE_LEVEL = 1;

    private final Path target;
    private final Path temp;
    private final boolean cog;
    private Dataset dataset;
    private boolean committed;

    private GeoTiffWriter(Path target, Path temp, boolean cog, Dataset dataset) {
        this.target = target;
        this.temp = temp;
        this.cog = cog;
        this.dataset = dataset;
    }

    /**
     * Creates the temporary file for a raster on {@code grid}.
     *
     * @param bandNames one description per band
     * @param nodata    nodata value for every band, or NaN for none
     * @param cog       finish as a COG (with overviews) on commit
     */
    public static GeoTiffWriter create(Path target, GridGeometry grid, PixelType type, List<String> bandNames,
                                       double nodata, boolean cog) {
        GdalRuntime.ensureLoaded();
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException(dir, "cannot create directory (" + e.getMessage() + ")",
                    "choose a writable output location");
        }
        Path temp = dir.resolve("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid() + ".tif");
        Driver driver = gdal.GetDriverByName("GTiff");
        Vector<String> options = new Vector<>(List.of("TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256",
                "COMPRESS=DEFLATE", "ZLEVEL=" + DEFLATE_LEVEL, "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER",
                type == PixelType.FLOAT32 ? "PREDICTOR=3" : "PREDICTOR=2",
                bandNames.size() > 1 ? "INTERLEAVE=PIXEL" : "INTERLEAVE=BAND"));
        Dataset ds;
        try {
            ds = driver.Create(temp.toString(), grid.width(), grid.height(), bandNames.size(), type.gdalType, options);
        } catch (RuntimeException e) {
            throw new OutputException(temp, "cannot create GeoTIFF (" + e.getMessage().trim() + ")",
                    "check that the directory is writable and the disk has space");
        }
        ds.SetGeoTransform(grid.geoTransform());
        ds.SetProjection(grid.crsWkt());
        for (int b = 0; b < bandNames.size(); b++) {
            Band band = ds.GetRasterBand(b + 1);
            band.SetDescription(bandNames.get(b));
            if (!Double.isNaN(nodata)) {
                band.SetNoDataValue(nodata);
            }
        }
        return new GeoTiffWriter(target, temp, cog, ds);
    }

    /** Writes one band's window (0-based band); values are converted to the file's pixel type. */
    public void write(int band, int col0, int row0, int width, int height, float[] values) {
        Band b = dataset.GetRasterBand(band + 1);
        int err = b.WriteRaster(col0, row0, width, height, width, height, gdalconst.GDT_Float32, values);
        if (err != gdalconst.CE_None) {
            throw new OutputException(temp, "write failed: " + gdal.GetLastErrorMsg(), "check free disk space");
        }
    }

    /** Sets a band's scale (0-based band): stored value × scale = physical value, as GIS software reads it. */
    public void setScale(int band, double scale) {
        dataset.GetRasterBand(band + 1).SetScale(scale);
    }

    /** Sets dataset metadata in the default domain. */
    public void setMetadata(String key, String value) {
        dataset.SetMetadataItem(key, value);
    }

    /**
     * Flushes, converts to COG if asked, and renames the finished file into place. GDAL reports a failed
     * write (disk full, file size limit) only as an error state when blocks are flushed or the file is
     * closed, so that state is checked after each step: a truncated file is never renamed into place.
     */
    public Path commit() {
        gdal.ErrorReset();
        dataset.FlushCache();
        failOnGdalError(temp);
        Path finished = temp;
        if (cog) {
            Path cogTemp = temp.resolveSibling(temp.getFileName() + ".cog.tif");
            Vector<String> options = new Vector<>(List.of("COMPRESS=DEFLATE", "BLOCKSIZE=256", "OVERVIEWS=AUTO",
                    "BIGTIFF=IF_SAFER"));
            Dataset copy;
            try {
                copy = gdal.GetDriverByName("COG").CreateCopy(cogTemp.toString(), dataset, 0, options);
            } catch (RuntimeException e) {
                throw new OutputException(target, "COG conversion failed (" + e.getMessage().trim() + ")",
                        "check that the disk has free space");
            }
            copy.delete();
            failOnGdalError(cogTemp);
            dataset.delete();
            dataset = null;
            deleteQuietly(temp);
            finished = cogTemp;
        } else {
            dataset.delete();
            dataset = null;
            failOnGdalError(temp);
        }
        try {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(finished);
            throw new OutputException(target, "cannot move the finished file into place (" + e.getMessage() + ")",
                    "check permissions of the output directory");
        }
        committed = true;
        return target;
    }

    /** Throws (naming the target, the partial file is deleted by {@link #close()}) when GDAL has recorded a failure. */
    private void failOnGdalError(Path partial) {
        String msg = GdalRuntime.takeFailure();
        if (msg != null) {
            deleteQuietly(partial);
            throw new OutputException(target, "cannot be written (" + msg + ")",
                    "check that the disk has free space and the file size is not limited (ulimit -f)");
        }
    }

    @Override
    public void close() {
        if (dataset != null) {
            dataset.delete();
            dataset = null;
        }
        if (!committed) {
            deleteQuietly(temp);
            deleteQuietly(temp.resolveSibling(temp.getFileName() + ".cog.tif"));
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless: its name starts with a dot and ends in .partial-*
        }
    }
}
