package org.corridorwatch.model;

import org.locationtech.jts.geom.Geometry;

/**
 * The part of one burn region that falls inside one tile's core (tiles' cores partition the scene,
 * so pieces never overlap; pieces of one region cut by a core border share an edge).
 *
 * @param tileId   the tile it was found in
 * @param outline  pixel-coordinate outline on the scan's common grid
 * @param stats    additive pixel statistics
 */
public record RegionPiece(String tileId, Geometry outline, PixelStats stats) implements java.io.Serializable {
}
