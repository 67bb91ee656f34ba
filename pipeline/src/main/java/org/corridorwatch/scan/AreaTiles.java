package org.corridorwatch.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Reproject;
import org.corridorwatch.model.Tile;
import org.corridorwatch.geo.TilePlanParameters;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Tiles for an area scan ({@code --aoi}): every tile of the grid (same size, overlap and id scheme as
 * corridor tiles, corridor id "aoi") inside a pixel window and intersecting an area of interest.
 */
public final class AreaTiles {
    private static final GeometryFactory GF = new GeometryFactory();

    private AreaTiles() {
    }

    /** Reads an AOI GeoJSON (WGS84 polygons; a Feature, FeatureCollection or bare geometry). */
    static Geometry readAoi(Path file) {
        try {
            Geometry g = new GeoJsonReader().read(Files.readString(file));
            Geometry polys = g.union();
            if (polys.isEmpty() || polys.getDimension() != 2) {
                throw new InputDataException(file, "holds no polygon", "give a GeoJSON polygon (WGS84) of the area to scan");
            }
            return polys;
        } catch (IOException e) {
            throw new InputDataException(file, "cannot be read (" + e.getMessage() + ")", "check the path");
        } catch (ParseException | RuntimeException e) {
            if (e instanceof InputDataException ide) {
                throw ide;
            }
            throw new InputDataException(file, "is not valid GeoJSON (" + e.getMessage() + ")", "give a GeoJSON polygon (WGS84)");
        }
    }

    /**
     * @param window    {col0,row0,width,height} of the grid to cover
     * @param aoiWgs84  area of interest, or null for the whole window
     */
    static List<Tile> plan(GridGeometry grid, Projection sceneCrs, int[] window, Geometry aoiWgs84, TilePlanParameters p) {
        Geometry aoi = aoiWgs84 == null ? null : toPixels(aoiWgs84, grid, sceneCrs);
        List<Tile> tiles = new ArrayList<>();
        int stride = p.stridePx();
        int c1 = window[0] + window[2];
        int r1 = window[1] + window[3];
        for (int row0 = window[1]; row0 == window[1] || row0 + p.overlapPx() < r1; row0 += stride) {
            for (int col0 = window[0]; col0 == window[0] || col0 + p.overlapPx() < c1; col0 += stride) {
                int w = Math.min(p.tileSizePx(), c1 - col0);
                int h = Math.min(p.tileSizePx(), r1 - row0);
                Polygon px = GF.createPolygon(new Coordinate[] {new Coordinate(col0, row0), new Coordinate(col0 + w, row0),
                    new Coordinate(col0 + w, row0 + h), new Coordinate(col0, row0 + h), new Coordinate(col0, row0)});
                if (aoi != null && !aoi.intersects(px)) {
                    continue;
                }
                tiles.add(new Tile(TilePlanner.tileId(grid, "aoi", col0, row0, w, h), col0, row0, w, h,
                        footprint(grid, sceneCrs, col0, row0, w, h), "aoi", Double.NaN, Double.NaN, ""));
            }
        }
        return tiles;
    }

    private static Polygon footprint(GridGeometry g, Projection crs, int c0, int r0, int w, int h) {
        int[][] corners = {{c0, r0}, {c0 + w, r0}, {c0 + w, r0 + h}, {c0, r0 + h}, {c0, r0}};
        Coordinate[] ring = new Coordinate[corners.length];
        for (int i = 0; i < corners.length; i++) {
            double[] ll = crs.inverse(g.x(corners[i][0], corners[i][1]), g.y(corners[i][0], corners[i][1]));
            ring[i] = new Coordinate(ll[0], ll[1]);
        }
        return GF.createPolygon(ring);
    }

    private static Geometry toPixels(Geometry wgs84, GridGeometry grid, Projection crs) {
        return Reproject.apply(wgs84, (lon, lat) -> {
            double[] xy = crs.forward(lon, lat);
            return grid.toPixel(xy[0], xy[1]);
        });
    }

    /** Envelope of pixel windows, {col0,row0,width,height}. */
    public static int[] bounds(List<Tile> tiles) {
        Envelope e = new Envelope();
        for (Tile t : tiles) {
            e.expandToInclude(t.col0(), t.row0());
            e.expandToInclude(t.col0() + t.width(), t.row0() + t.height());
        }
        return new int[] {(int) e.getMinX(), (int) e.getMinY(), (int) e.getWidth(), (int) e.getHeight()};
    }
}
