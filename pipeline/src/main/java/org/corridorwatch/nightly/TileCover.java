package org.corridorwatch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.GridWarp;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.scan.AreaTiles;

/**
 * How clear a scene is over each tile of an after-scene's tile plan, measured cheaply: the scene is
 * resampled (nearest neighbour, GDAL's warper, which reads overviews when the file has them; only the bands
 * {@link CloudMask} reads: SCL alone for a Sentinel-2 product, 30 Mpx of 20 m JPEG2000 rather than the 561 Mpx
 * of all seven bands) onto a coarse
 * copy of the after-scene's grid — cells of {@code f × f} grid pixels, {@code f} chosen so the coarse grid
 * over the tiles is at most {@link #MAX_SIDE_CELLS} cells on its long side and a tile holds at least
 * {@link #MIN_CELLS_PER_TILE_SIDE}² cells — and classified per cell by {@link CloudMask} (SCL when present,
 * else the scan's spectral cloud test). A cell belongs to the tile whose pixel window holds its centre.
 * Shares are counted over the cells where the after-scene itself has data; a cell outside the scene counts
 * as nodata.
 */
final class TileCover {
    static final int MAX_SIDE_CELLS = 512;
    static final int MIN_CELLS_PER_TILE_SIDE = 8;

    /**
     * One tile: {@code cells} where the after-scene has data, and of those how many are cloud, cirrus or
     * shadow, or nodata, in the measured scene.
     */
    record Cover(int cells, int cloud, int nodata) {
        double cloudFraction() {
            return cells == 0 ? 1 : (double) cloud / cells;
        }

        double nodataFraction() {
            return cells == 0 ? 1 : (double) nodata / cells;
        }

        /** Share of the tile the scene leaves unusable: cloud or nodata. */
        double unusable() {
            return cells == 0 ? 1 : (double) (cloud + nodata) / cells;
        }
    }

    /**
     * A coarse copy of a window of a grid.
     *
     * @param col0   grid column of the first cell's left edge
     * @param row0   grid row of the first cell's top edge
     * @param factor grid pixels per cell side
     */
    record Coarse(GridGeometry grid, int col0, int row0, int factor) {
        /** Grid column of the centre of cell column {@code i}. */
        double centreCol(int i) {
            return col0 + (i + 0.5) * factor;
        }

        double centreRow(int j) {
            return row0 + (j + 0.5) * factor;
        }
    }

    private TileCover() {
    }

    /** The coarse grid over the tiles of a plan on {@code grid}. */
    static Coarse coarse(GridGeometry grid, List<Tile> tiles) {
        int[] b = AreaTiles.bounds(tiles);
        int tileSide = tiles.stream().mapToInt(t -> Math.max(t.width(), t.height())).max().orElse(1);
        int f = (int) Math.ceil(Math.max(b[2], b[3]) / (double) MAX_SIDE_CELLS);
        f = Math.max(1, Math.min(f, tileSide / MIN_CELLS_PER_TILE_SIDE));
        int w = (int) Math.ceil(b[2] / (double) f);
        int h = (int) Math.ceil(b[3] / (double) f);
        double[] g = grid.geoTransform();
        double[] gt = {g[0] + b[0] * g[1] + b[1] * g[2], g[1] * f, g[2] * f, g[3] + b[0] * g[4] + b[1] * g[5], g[4] * f, g[5] * f};
        return new Coarse(new GridGeometry(w, h, gt, grid.crsWkt(), grid.epsg()), b[0], b[1], f);
    }

    /** The {@link MaskCode} of every coarse cell in a scene (any CRS; NODATA outside it). */
    static byte[] mask(Path scene, SceneBands bands, Coarse coarse, MaskParameters p) {
        Path dir;
        try {
            dir = Files.createTempDirectory("cw-cover");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path vrt = dir.resolve("coarse.vrt");
        try {
            // only the bands the mask reads: GDAL's warped VRT warps (so decodes) every band of its source
            List<BandRole> roles = CloudMask.roles(bands);
            GridWarp.toVrt(scene, bands.indexes(roles), coarse.grid(), vrt, "near");
            try (GdalScene s = GdalScene.open(vrt)) {
                return CloudMask.read(s, bands.only(roles), 0, 0, coarse.grid().width(), coarse.grid().height(), p);
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
            dir.toFile().delete();
        }
    }

    /** The cover of every tile (by id, plan order) in {@code measured}, over the cells where {@code after} has data. */
    static Map<String, Cover> over(List<Tile> tiles, Coarse coarse, byte[] after, byte[] measured) {
        Map<String, Cover> out = new LinkedHashMap<>();
        int w = coarse.grid().width();
        int h = coarse.grid().height();
        for (Tile t : tiles) {
            int cells = 0;
            int cloud = 0;
            int nodata = 0;
            int i0 = Math.max(0, (int) Math.floor((t.col0() - coarse.col0()) / (double) coarse.factor() - 0.5));
            int j0 = Math.max(0, (int) Math.floor((t.row0() - coarse.row0()) / (double) coarse.factor() - 0.5));
            for (int j = j0; j < h && coarse.centreRow(j) < t.row0() + t.height(); j++) {
                if (coarse.centreRow(j) < t.row0()) {
                    continue;
                }
                for (int i = i0; i < w && coarse.centreCol(i) < t.col0() + t.width(); i++) {
                    int k = j * w + i;
                    if (coarse.centreCol(i) < t.col0() || after[k] == MaskCode.NODATA) {
                        continue;
                    }
                    cells++;
                    byte m = measured[k];
                    if (m == MaskCode.NODATA) {
                        nodata++;
                    } else if (MaskCode.cloudOrShade(m)) {
                        cloud++;
                    }
                }
            }
            out.put(t.id(), new Cover(cells, cloud, nodata));
        }
        return out;
    }
}
