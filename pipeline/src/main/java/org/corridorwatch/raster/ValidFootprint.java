package org.corridorwatch.raster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The valid-data footprint of a scene: where no band is nodata or NaN. The scene is read decimated
 * (GDAL's ReadRaster into a buffer of at most {@link #DEFAULT_MAX_SIDE_PX} px on the long side,
 * nearest-neighbour, using overviews when the file has them), each coarse cell is valid when every band
 * is valid at its sample, and the union of valid cells, simplified by half a cell, is returned in the
 * scene's CRS. Accuracy is one coarse cell (e.g. 215 m for a 10980 px Sentinel-2 tile): enough to skip
 * tiles in a scene's nodata collar, not a pixel mask.
 */
public final class ValidFootprint {
    public static final int DEFAULT_MAX_SIDE_PX = 512;
    private static final GeometryFactory GF = new GeometryFactory();

    private ValidFootprint() {
    }

    public static Geometry of(Path scene) {
        return of(scene, DEFAULT_MAX_SIDE_PX);
    }

    public static Geometry of(Path scene, int maxSidePx) {
        GridGeometry grid;
        double[] nodata;
        try (GdalScene s = GdalScene.open(scene)) {
            grid = s.grid();
            nodata = new double[s.bandCount()];
            for (int b = 0; b < nodata.length; b++) {
                nodata[b] = s.nodata(b);
            }
        }
        int w = grid.width();
        int h = grid.height();
        double scale = Math.max(1, Math.max(w, h) / (double) maxSidePx);
        int bw = Math.max(1, (int) Math.ceil(w / scale));
        int bh = Math.max(1, (int) Math.ceil(h / scale));
        boolean[] valid = new boolean[bw * bh];
        java.util.Arrays.fill(valid, true);
        Dataset ds = gdal.OpenEx(scene.toString(), gdalconst.OF_RASTER | gdalconst.OF_READONLY);
        try {
            float[] buf = new float[bw * bh];
            for (int b = 0; b < nodata.length; b++) {
                int err = ds.GetRasterBand(b + 1).ReadRaster(0, 0, w, h, bw, bh, gdalconst.GDT_Float32, buf);
                if (err != gdalconst.CE_None) {
                    throw new InputDataException(scene, "decimated read failed: " + gdal.GetLastErrorMsg(),
                            "the file may be truncated or corrupt; check it with gdalinfo -checksum");
                }
                float nd = (float) nodata[b];
                boolean hasNd = !Double.isNaN(nodata[b]);
                for (int i = 0; i < buf.length; i++) {
                    if (Float.isNaN(buf[i]) || hasNd && buf[i] == nd) {
                        valid[i] = false;
                    }
                }
            }
        } finally {
            ds.delete();
        }
        return footprint(valid, bw, bh, grid);
    }

    /**
     * The valid area of a coarse validity mask ({@code bw × bh} cells covering the whole grid) as a
     * geometry in the grid's CRS.
     */
    static Geometry footprint(boolean[] valid, int bw, int bh, GridGeometry grid) {
        double cw = grid.width() / (double) bw;
        double ch = grid.height() / (double) bh;
        List<Geometry> rects = new ArrayList<>();
        // runs of valid cells per row, merged with the identical runs of the rows below
        List<int[]> open = new ArrayList<>();   // {c0, c1, r0}
        for (int r = 0; r <= bh; r++) {
            List<int[]> runs = new ArrayList<>();
            if (r < bh) {
                int c = 0;
                while (c < bw) {
                    if (valid[r * bw + c]) {
                        int c0 = c;
                        while (c < bw && valid[r * bw + c]) {
                            c++;
                        }
                        runs.add(new int[] {c0, c});
                    } else {
                        c++;
                    }
                }
            }
            List<int[]> next = new ArrayList<>();
            for (int[] o : open) {
                int[] match = runs.stream().filter(x -> x[0] == o[0] && x[1] == o[1]).findFirst().orElse(null);
                if (match != null) {
                    runs.remove(match);
                    next.add(o);
                } else {
                    rects.add(rect(o[0] * cw, o[2] * ch, o[1] * cw, r * ch));
                }
            }
            for (int[] x : runs) {
                next.add(new int[] {x[0], x[1], r});
            }
            open = next;
        }
        if (rects.isEmpty()) {
            return GF.createPolygon();
        }
        Geometry pixels = rects.size() == 1 ? rects.get(0) : CascadedPolygonUnion.union(rects);
        if (rects.size() > 1) {
            pixels = TopologyPreservingSimplifier.simplify(pixels, Math.min(cw, ch) / 2);
        }
        double[] g = grid.geoTransform();
        return new AffineTransformation(g[1], g[2], g[0], g[4], g[5], g[3]).transform(pixels);
    }

    private static Polygon rect(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(x0, y0), new org.locationtech.jts.geom.Coordinate(x1, y0),
            new org.locationtech.jts.geom.Coordinate(x1, y1), new org.locationtech.jts.geom.Coordinate(x0, y1),
            new org.locationtech.jts.geom.Coordinate(x0, y0)});
    }
}
