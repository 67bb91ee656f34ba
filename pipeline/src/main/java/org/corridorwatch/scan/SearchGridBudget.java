package org.corridorwatch.scan;

import java.util.Locale;
import org.corridorwatch.model.ConfigException;

/**
 * Whether the road search's grid fits the heap, checked before it is built: the search band of a corridor can be the
 * whole scene, and the grid's arrays grow with the square of the scene over {@code roads_from_imagery.resolution_m}. A
 * grid that does not fit ended the scan with a Java {@code OutOfMemoryError} and a half-written output folder (issue
 * 15i: a 5490² Sentinel-2 pair at {@code resolution_m} 10, 30 M cells, failed 3 runs of 3 at the launcher's 1 GB heap
 * and ran at 2 GB; the same pair at 20 m, 7.5 M cells, ran at 1 GB). It is now a configuration error (exit 4) naming
 * the setting and both fixes, raised before any tile is read; {@link RoadSnapping} catches it and keeps the prior
 * line for that corridor (the stage is on by default: a scan that cannot search the road is still scanned).
 */
final class SearchGridBudget {
    /**
     * Heap the search needs per grid cell, bytes: the band's six channel arrays and cloud mask, the road-likeness
     * responses, the cost surface, the path search's distances and links (about 56 bytes live at once; between 1 and 2
     * GB for the 30 M cells above).
     */
    static final long BYTES_PER_CELL = 56;
    /** Heap kept for the rest of the scan while the road is searched (the opened pair, the corridor file, GDAL's JNI). */
    static final long RESERVED_BYTES = 256L << 20;

    private SearchGridBudget() {
    }

    /**
     * The grid does not fit. With the stage on by default a scan no longer ends on it: {@link RoadSnapping} keeps the
     * corridor's prior line and says why in the log and the road's segment note.
     */
    static final class TooLarge extends ConfigException {
        TooLarge(String message, String hint) {
            super(message, hint);
        }
    }

    /**
     * Throws a {@link ConfigException} when a {@code width × height} grid of {@code cellM} metre cells does not fit
     * {@code maxHeapBytes} (use {@link Runtime#maxMemory()}).
     */
    static void check(String corridorId, int width, int height, double cellM, double resolutionM, long maxHeapBytes) {
        long cells = (long) width * height;
        long need = cells * BYTES_PER_CELL;
        if (need <= maxHeapBytes - RESERVED_BYTES) {
            return;
        }
        long fitCells = Math.max(1, (maxHeapBytes - RESERVED_BYTES) / BYTES_PER_CELL);
        double coarser = Math.ceil(resolutionM * Math.sqrt((double) cells / fitCells) / 10) * 10;
        throw new TooLarge(String.format(Locale.ROOT, "roads_from_imagery.resolution_m %.0f: the road search of "
                        + "corridor %s on this scene is a %d x %d grid of %.0f m cells, about %.1f GB, and the heap is %.1f GB",
                        resolutionM, corridorId, width, height, cellM, need / 1e9, maxHeapBytes / 1e9),
                String.format(Locale.ROOT, "set roads_from_imagery.resolution_m to %.0f or more in the config, or give "
                        + "Java a larger heap (CORRIDORWATCH_JAVA_OPTS=\"-Xmx%dg -XX:+UseParallelGC\")", coarser,
                        (long) Math.ceil((need + RESERVED_BYTES) / (double) (1L << 30))));
    }
}
