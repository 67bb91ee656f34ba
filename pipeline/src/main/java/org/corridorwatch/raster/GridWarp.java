package org.corridorwatch.raster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Vector;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.gdal.gdal.Dataset;
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
        Dataset src = gdal.Open(source.toString());
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
