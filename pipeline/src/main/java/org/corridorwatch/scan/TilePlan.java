package org.corridorwatch.scan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.TilePlanParameters;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.model.NoOverlapException;
import org.corridorwatch.model.Tile;
import org.corridorwatch.raster.SceneProjection;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.raster.ValidFootprint;

/**
 * The "plan" stage: the tiles to scan on the pair's grid — along the selected corridors (kept where they meet the
 * valid data of the reference scene and the overlap of both dates) or over an area — and what every later stage
 * needs to know about the grid.
 *
 * @param tiles       the tiles, in plan order
 * @param bounds      {col0,row0,width,height} of the planned tiles on the grid (the evidence raster's extent)
 * @param crs         the grid's projection (metres)
 * @param pixelAreaM2 ground area of one pixel
 * @param corridors   the corridors the tiles belong to (all configured corridors for an area scan)
 */
public record TilePlan(List<Tile> tiles, int[] bounds, Projection crs, double pixelAreaM2, List<Corridor> corridors) {

    public static TilePlan of(ScanRequest request, ScenePair pair, List<Corridor> selected) {
        GridGeometry grid = pair.grid();
        Projection crs = SceneProjection.of(grid);
        TilePlanParameters p = request.config().tilePlan(request.bufferM());
        ScenePair.Window ov = pair.overlap();
        int[] window = {ov.col0(), ov.row0(), ov.width(), ov.height()};
        List<Tile> tiles;
        if (!request.corridorMode()) {
            tiles = AreaTiles.plan(grid, crs, window, request.aoi() == null ? null : AreaTiles.readAoi(request.aoi()), p);
        } else {
            tiles = TilePlanner.plan(grid, crs, ValidFootprint.of(pair.referencePath()), selected, p).stream()
                    .filter(t -> intersects(t, window)).toList();
        }
        if (request.tiles() != null && !tiles.isEmpty()) {
            int planned = tiles.size();
            tiles = tiles.stream().filter(t -> request.tiles().contains(t.id())).toList();
            if (tiles.isEmpty()) {
                throw new InputDataException(request.after(), "none of the " + request.tiles().size() + " requested tiles is among the "
                        + planned + " planned on the pair's grid", "scan the pair without a tile filter");
            }
        }
        if (tiles.isEmpty()) {
            for (java.nio.file.Path scene : List.of(request.before(), request.after())) {
                org.locationtech.jts.geom.Geometry valid = ValidFootprint.of(scene);
                if (valid != null && valid.isEmpty()) {
                    throw new NoOverlapException(scene + ": no valid pixels in the file (every pixel is nodata or NaN)",
                            "check the scene (gdalinfo -stats " + scene.getFileName() + ") and pick another one");
                }
            }
            throw new NoOverlapException(request.after() + ": the overlap of the two scenes "
                    + (request.aoi() != null ? "does not intersect the area " + request.aoi()
                    : "does not intersect any selected corridor (" + selected.stream().map(Corridor::id).toList() + ")"),
                    "check the scene's location, choose --corridor all, or scan an area with --aoi scene");
        }
        return new TilePlan(tiles, AreaTiles.bounds(tiles), crs, pixelAreaM2(grid, crs),
                corridorsOf(tiles, request.corridors().corridors()));
    }

    /** Ground sample distance in metres; infinite for geographic grids (no vehicle search there). */
    public double gsdM(GridGeometry grid) {
        return grid.epsg() == 4326 ? Double.POSITIVE_INFINITY : Math.sqrt(pixelAreaM2);
    }

    /** What a tile worker needs of this plan besides the tile (see {@link TileWork}). */
    public TileGrid grid(GridGeometry grid, int overlapPx) {
        return new TileGrid(bounds, overlapPx, pixelAreaM2, gsdM(grid), corridors.stream().map(Corridor::id).toList());
    }

    /** Kilometres of corridor the tiles cover (0 for an area scan). */
    public double corridorKm(ScanRequest request) {
        return request.corridorMode() ? TilePlanner.corridorKmCovered(tiles) : 0;
    }

    private static boolean intersects(Tile t, int[] w) {
        return t.col0() < w[0] + w[2] && t.col0() + t.width() > w[0] && t.row0() < w[1] + w[3] && t.row0() + t.height() > w[1];
    }

    /** The corridors the planned tiles belong to (all of them when none does, as in an area scan). */
    private static List<Corridor> corridorsOf(List<Tile> tiles, List<Corridor> all) {
        Set<String> ids = new HashSet<>();
        tiles.forEach(t -> ids.add(t.corridorId()));
        List<Corridor> used = all.stream().filter(c -> ids.contains(c.id())).toList();
        return used.isEmpty() ? all : used;
    }

    /** Ground area of one pixel, m² (geographic grids measured at their centre). */
    static double pixelAreaM2(GridGeometry grid, Projection crs) {
        if (grid.epsg() != 4326) {
            return grid.pixelWidth() * grid.pixelHeight();
        }
        double cy = grid.y(grid.width() / 2.0, grid.height() / 2.0);
        double mPerDegLat = 111_132.954;
        double mPerDegLon = 111_319.49 * Math.cos(Math.toRadians(cy));
        return grid.pixelWidth() * mPerDegLon * grid.pixelHeight() * mPerDegLat;
    }
}
