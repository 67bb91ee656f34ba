package org.corridorwatch.sites;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Outlines of pixel sets as JTS polygons in pixel coordinates (x = column, y = row, pixel (c,r)
 * covering [c,c+1]×[r,r+1]): horizontal runs become rectangles, which are unioned. Exact, so pieces
 * of one region cut at a tile border share edges and union cleanly.
 */
public final class RunPolygonizer {
    static final GeometryFactory FACTORY = new GeometryFactory();

    private RunPolygonizer() {
    }

    /**
     * The outline of the pixels {@code i} of a {@code width}-wide raster where {@code labels[i] == label},
     * limited to the window [c0,c1)×[r0,r1), shifted by (offsetCol, offsetRow).
     */
    public static Geometry outline(int[] labels, int width, int label, int c0, int r0, int c1, int r1,
                                   int offsetCol, int offsetRow) {
        List<Geometry> runs = new ArrayList<>();
        for (int r = r0; r < r1; r++) {
            int row = r * width;
            int c = c0;
            while (c < c1) {
                if (labels[row + c] != label) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < c1 && labels[row + c] == label) {
                    c++;
                }
                runs.add(FACTORY.toGeometry(new Envelope(start + offsetCol, c + offsetCol, r + offsetRow, r + 1 + offsetRow)));
            }
        }
        if (runs.isEmpty()) {
            return FACTORY.createPolygon();
        }
        return CascadedPolygonUnion.union(runs);
    }

    /** A rectangle, for tests and tile outlines. */
    public static Geometry rectangle(double x0, double y0, double x1, double y1) {
        return FACTORY.toGeometry(new Envelope(x0, x1, y0, y1));
    }

}
