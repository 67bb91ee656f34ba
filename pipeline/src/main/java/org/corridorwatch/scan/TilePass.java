package org.corridorwatch.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.corridorwatch.change.vehicles.VehicleObject;
import org.corridorwatch.model.RegionPiece;
import org.corridorwatch.model.Tile;
import org.corridorwatch.model.TileOutcome;
import org.corridorwatch.raster.GeoTiffWriter;

/**
 * The receiving end of the tile stage, whatever engine ran it: takes each tile's {@link TileResult} (from any
 * thread, in any order), writes the scored core into the evidence raster, and collects outcomes (in plan order),
 * region pieces and vehicle objects for the sites stage.
 */
final class TilePass implements Consumer<TileResult> {
    /** evidence/burn.tif stores evidence 0..1 as bytes 0..250 (band scale 0.004); 255 is nodata. */
    static final int EVIDENCE_STEPS = 250;
    static final double EVIDENCE_NODATA = 255;

    /** What the pass produced; vehicle objects carry common-grid pixel coordinates. */
    record Result(List<TileOutcome> outcomes, List<RegionPiece> pieces, List<VehicleObject> vehiclesBefore,
                  List<VehicleObject> vehiclesAfter) {
    }

    private final List<Tile> tiles;
    private final Map<String, Integer> order = new HashMap<>();
    private final TileOutcome[] outcomes;
    private final GeoTiffWriter evidence;
    private final int[] bounds;
    private final List<RegionPiece> pieces = new ArrayList<>();
    private final List<VehicleObject> before = new ArrayList<>();
    private final List<VehicleObject> after = new ArrayList<>();

    /** @param bounds {col0,row0,width,height} of the planned tiles on the grid (the evidence raster's extent) */
    TilePass(List<Tile> tiles, GeoTiffWriter evidence, int[] bounds) {
        this.tiles = tiles;
        this.outcomes = new TileOutcome[tiles.size()];
        for (int i = 0; i < tiles.size(); i++) {
            order.put(tiles.get(i).id(), i);
        }
        this.evidence = evidence;
        this.bounds = bounds;
    }

    @Override
    public synchronized void accept(TileResult r) {
        Integer i = order.get(r.outcome().tile().id());
        if (i == null) {
            throw new IllegalStateException("a result for tile " + r.outcome().tile().id() + ", which is not planned");
        }
        if (outcomes[i] != null) {
            return; // a retried task's second answer: the tile function is deterministic, the first one stands
        }
        outcomes[i] = r.outcome();
        if (r.scored()) {
            pieces.addAll(r.pieces());
            before.addAll(r.vehiclesBefore());
            after.addAll(r.vehiclesAfter());
            writeEvidence(r);
        }
    }

    /** Number of tiles that have their result. */
    synchronized int done() {
        int n = 0;
        for (TileOutcome o : outcomes) {
            n += o == null ? 0 : 1;
        }
        return n;
    }

    synchronized Result result() {
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                throw new IllegalStateException("the tile engine returned no result for tile " + tiles.get(i).id());
            }
        }
        return new Result(List.of(outcomes), List.copyOf(pieces), List.copyOf(before), List.copyOf(after));
    }

    private void writeEvidence(TileResult r) {
        int[] core = r.core();
        int cw = core[2] - core[0];
        int ch = core[3] - core[1];
        float[] scaled = r.evidence().clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= EVIDENCE_STEPS;
        }
        evidence.write(0, core[0] - bounds[0], core[1] - bounds[1], cw, ch, scaled);
        evidence.write(1, core[0] - bounds[0], core[1] - bounds[1], cw, ch, r.regions());
    }

    /** The core of a tile: half the overlap trimmed from every side that has a neighbour, so cores partition the grid. */
    static int[] core(Tile t, int overlap, int[] bounds) {
        int lead = overlap / 2;
        int trail = overlap - lead;
        int c0 = t.col0() == bounds[0] ? t.col0() : t.col0() + lead;
        int r0 = t.row0() == bounds[1] ? t.row0() : t.row0() + lead;
        int c1 = t.col0() + t.width() >= bounds[0] + bounds[2] ? t.col0() + t.width() : t.col0() + t.width() - trail;
        int r1 = t.row0() + t.height() >= bounds[1] + bounds[3] ? t.row0() + t.height() : t.row0() + t.height() - trail;
        return new int[] {c0, r0, c1, r1};
    }

    static <T> T await(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("tile worker failed", e.getCause());
        }
    }
}
