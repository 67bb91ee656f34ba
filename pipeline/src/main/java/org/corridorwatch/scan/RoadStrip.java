package org.corridorwatch.scan;

import java.util.List;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Reproject;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.sites.RoadMask;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The corridor lines in the scan's grid, and for each tile the pixels within the vehicle search
 * buffer of them. Only for projected grids in metres (vehicles are searched on 3 m or finer imagery).
 */
final class RoadStrip {
    private static final GeometryFactory GF = new GeometryFactory();

    private final GridGeometry grid;
    private final Geometry roadsScene;
    private final double bufferM;

    RoadStrip(GridGeometry grid, Projection crs, List<Corridor> corridors, double bufferM) {
        this.grid = grid;
        this.bufferM = bufferM;
        this.roadsScene = UnaryUnionOp.union(corridors.stream().map(c -> (Geometry) MetricCorridor.of(c, crs).line()).toList());
    }

    /** The search mask of a tile window, or null when no road passes within the buffer. */
    boolean[] mask(Tile t) {
        double gsd = grid.pixelWidth();
        Envelope env = new Envelope(grid.x(t.col0(), t.row0()), grid.x(t.col0() + t.width(), t.row0() + t.height()),
                grid.y(t.col0(), t.row0()), grid.y(t.col0() + t.width(), t.row0() + t.height()));
        env.expandBy(bufferM + gsd);
        Geometry local = roadsScene.intersection(GF.toGeometry(env));
        if (local.isEmpty()) {
            return null;
        }
        Geometry px = Reproject.apply(local, (x, y) -> {
            double[] cr = grid.toPixel(x, y);
            return new double[] {cr[0] - t.col0(), cr[1] - t.row0()};
        });
        return RoadMask.rasterize(px, t.width(), t.height(), bufferM / gsd);
    }
}
