package org.corridorwatch.scan;

import java.io.Serializable;
import java.util.List;

/**
 * What a tile worker needs to know about a pair's plan besides the tile itself (small and serializable, so an
 * engine can ship it to another process): see {@link TilePlan#grid}.
 *
 * @param bounds      {col0,row0,width,height} of the planned tiles on the grid
 * @param overlapPx   tile overlap in pixels (cores split it in half)
 * @param pixelAreaM2 ground area of one pixel
 * @param gsdM        ground sample distance, metres (infinite on geographic grids)
 * @param corridorIds the corridors the tiles belong to (vehicle search near their lines)
 */
public record TileGrid(int[] bounds, int overlapPx, double pixelAreaM2, double gsdM, List<String> corridorIds)
        implements Serializable {
    public TileGrid {
        bounds = bounds.clone();
        corridorIds = List.copyOf(corridorIds);
    }

    @Override
    public int[] bounds() {
        return bounds.clone();
    }
}
