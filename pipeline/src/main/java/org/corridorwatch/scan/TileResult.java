package org.corridorwatch.scan;

import java.io.Serializable;
import java.util.List;
import org.corridorwatch.change.vehicles.VehicleObject;
import org.corridorwatch.model.RegionPiece;
import org.corridorwatch.model.TileOutcome;

/**
 * What the tile stage produced for one tile ({@link TileWork#analyse}), before it is written and merged. Serializable,
 * so an engine can move it between processes.
 *
 * @param outcome        how the tile ended
 * @param core           the tile's core {col0,row0,col1,row1} on the common grid (exclusive ends)
 * @param pieces         region pieces inside the core (empty unless scored)
 * @param vehiclesBefore before-date vehicle objects, common-grid pixel coordinates
 * @param vehiclesAfter  after-date vehicle objects
 * @param evidence       the core's evidence 0..1, row-major, or null unless scored
 * @param regions        the core's burn-region mask (1 inside), or null unless scored
 */
public record TileResult(TileOutcome outcome, int[] core, List<RegionPiece> pieces, List<VehicleObject> vehiclesBefore,
                         List<VehicleObject> vehiclesAfter, float[] evidence, float[] regions) implements Serializable {
    public TileResult {
        pieces = List.copyOf(pieces);
        vehiclesBefore = List.copyOf(vehiclesBefore);
        vehiclesAfter = List.copyOf(vehiclesAfter);
    }

    /** True when the tile was scored (its evidence and regions are there to be written). */
    public boolean scored() {
        return evidence != null;
    }

    /** The same result without its pixel arrays (what an engine sends back when the pixels travel separately). */
    public TileResult withoutPixels() {
        return new TileResult(outcome, core, pieces, vehiclesBefore, vehiclesAfter, null, null);
    }

    /** The same result with pixel arrays put back. */
    public TileResult withPixels(float[] evidenceCore, float[] regionsCore) {
        return new TileResult(outcome, core, pieces, vehiclesBefore, vehiclesAfter, evidenceCore, regionsCore);
    }
}
