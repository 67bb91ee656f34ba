package org.corridorwatch.raster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Vector;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.TranslateOptions;
import org.gdal.gdal.WarpOptions;
import org.gdal.gdal.gdal;

/** Brings a raster onto another pixel grid with GDAL's warper (a VRT, so nothing is resampled up front). */
public final class GridWarp {
    private GridWarp() {
    }

    /**
     * Writes a warped VRT of {@code source} on {@code target} (Float32, NaN outside or nodata).
     *
     * @param resampling a gdalwarp method: "near" for classes and masks, "bilinear" for reflectance
     */
    public static Path toVrt(Path source, GridGeometry target, Path vrt, String resampling) {
        return toVrt(source, null, target, vrt, resampling);
    }

    /**
     * As {@link #toVrt(Path, GridGeometry, Path, String)}, of only the given bands (0-based, in that order;
     * null = all). GDAL's warped VRT warps every band of its source for each block it makes, whichever band
     * is read: a source of 7 JPEG2000 bands read for one band decoded all 7. The selection is a VRT written
     * beside {@code vrt} as {@code NAME.bands.vrt}, which the warped VRT reads: delete both when done.
     */
    public static Path toVrt(Path source, int[] bands, GridGeometry target, Path vrt, String resampling) {
        if (bands == null) {
            return warp(source, source, target, vrt, resampling);
        }
        Path selected = vrt.resolveSibling(vrt.getFileName() + ".bands.vrt");
        Vector<String> opts = new Vector<>(List.of("-of", "VRT"));
        for (int b : bands) {
            opts.add("-b");
            opts.add(Integer.toString(b + 1));
        }
        Dataset src = gdal.Open(source.toString());
        try {
            Dataset out = gdal.Translate(selected.toString(), src, new TranslateOptions(opts));
            if (out == null) {
                throw new InputDataException(source, "cannot select its bands " + Arrays.toString(bands) + ": "
                        + gdal.GetLastErrorMsg(), "`gdalinfo` on it shows its bands");
            }
            out.delete();
        } finally {
            src.delete();
        }
        return warp(source, selected, target, vrt, resampling);
    }

    private static Path warp(Path source, Path read, GridGeometry target, Path vrt, String resampling) {
        if (!target.isNorthUp()) {
            throw new InputDataException(source, "the reference grid is rotated; CorridorWatch needs north-up grids",
                    "warp the scenes to a north-up grid first (gdalwarp)");
        }
        double xmin = target.originX();
        double ymax = target.originY();
        double xmax = xmin + target.width() * target.pixelWidth();
        double ymin = ymax - target.height() * target.pixelHeight();
        Vector<String> opts = new Vector<>(List.of("-of", "VRT", "-t_srs", target.crsWkt(),
                "-te", Double.toString(xmin), Double.toString(ymin), Double.toString(xmax), Double.toString(ymax),
                "-ts", Integer.toString(target.width()), Integer.toString(target.height()),
                "-r", resampling, "-dstnodata", "nan", "-ot", "Float32"));
        Dataset src = gdal.Open(read.toString());
        try {
            Dataset out = gdal.Warp(vrt.toString(), new Dataset[] {src}, new WarpOptions(opts));
            if (out == null) {
                throw new InputDataException(source, "cannot be warped onto the other scene's grid: " + gdal.GetLastErrorMsg(),
                        "check that both scenes have a valid CRS");
            }
            out.delete();
        } finally {
            src.delete();
        }
        return vrt;
    }

    /** One band (0-based) of {@code source} resampled onto {@code target}; NaN where it has no data. */
    public static float[] read(Path source, int band, GridGeometry target, String resampling) {
        Path dir;
        try {
            dir = Files.createTempDirectory("cw-warp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path vrt = dir.resolve("warped.vrt");
        try {
            toVrt(source, target, vrt, resampling);
            try (GdalScene s = GdalScene.open(vrt)) {
                return s.read(0, 0, target.width(), target.height(), band).band(0);
            }
        } finally {
            vrt.toFile().delete();
            dir.toFile().delete();
        }
    }
}
