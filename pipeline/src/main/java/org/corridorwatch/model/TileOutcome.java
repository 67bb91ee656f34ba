package org.corridorwatch.model;


/**
 * How one planned tile ended in a scan.
 *
 * @param tile          the planned tile
 * @param status        "scored", "masked", "no_data" or "failed"
 * @param reason        why it failed or was masked ("" otherwise)
 * @param validFraction share of pixels usable in both dates
 * @param shiftDx       estimated residual shift of the after date, columns (NaN when not estimated)
 * @param shiftDy       rows
 * @param shiftApplied  the shift was corrected
 * @param bestScore     best candidate score touching the tile (0 when none)
 */
public record TileOutcome(Tile tile, String status, String reason, double validFraction, double shiftDx,
                          double shiftDy, boolean shiftApplied, double bestScore) implements java.io.Serializable {

    public TileOutcome withBestScore(double score) {
        return new TileOutcome(tile, status, reason, validFraction, shiftDx, shiftDy, shiftApplied, score);
    }
}
