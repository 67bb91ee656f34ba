package org.corridorwatch.sites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.corridorwatch.model.PixelStats;
import org.corridorwatch.model.RegionPiece;

/**
 * Merges region pieces that touch across tile borders into whole regions: union-find over pieces
 * whose outlines intersect (sharing an edge or a corner, consistent with 8-connectivity).
 */
public final class SiteMerger {

    /** A whole region: union of its pieces' outlines and the sum of their statistics. */
    public record MergedRegion(Geometry outline, PixelStats stats, Set<String> tileIds) {
    }

    private SiteMerger() {
    }

    public static List<MergedRegion> merge(List<RegionPiece> pieces) {
        int n = pieces.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        STRtree index = new STRtree();
        for (int i = 0; i < n; i++) {
            index.insert(pieces.get(i).outline().getEnvelopeInternal(), i);
        }
        for (int i = 0; i < n; i++) {
            Geometry gi = pieces.get(i).outline();
            for (Object o : index.query(gi.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j > i && find(parent, i) != find(parent, j) && !pieces.get(i).tileId().equals(pieces.get(j).tileId())
                        && gi.intersects(pieces.get(j).outline())) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<RegionPiece>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(pieces.get(i));
        }
        List<MergedRegion> out = new ArrayList<>(groups.size());
        for (List<RegionPiece> g : groups.values()) {
            PixelStats stats = PixelStats.EMPTY;
            List<Geometry> outlines = new ArrayList<>(g.size());
            Set<String> tiles = new LinkedHashSet<>();
            for (RegionPiece p : g) {
                stats = stats.plus(p.stats());
                outlines.add(p.outline());
                tiles.add(p.tileId());
            }
            Geometry union = outlines.size() == 1 ? outlines.get(0) : UnaryUnionOp.union(outlines);
            out.add(new MergedRegion(union, stats, tiles));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
