package org.corridorwatch.nightly.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * The {@code candidates_seen} table: flagged candidates already reported, so a night can tell new sites from
 * sites an earlier pair already showed (same site id, or overlapping geometry).
 */
final class SeenCandidates {
    private SeenCandidates() {
    }

    /** Rows matching {@code where} (empty = all; one optional string parameter), in the order recorded. */
    static List<SeenCandidate> select(Connection c, String where, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT site_id, run, pair, geometry_wkt, score, is_new, "
                + "known_incident FROM candidates_seen " + where + " ORDER BY rowid")) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            List<SeenCandidate> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SeenCandidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDouble(5), rs.getInt(6) == 1, rs.getString(7)));
                }
            }
            return out;
        }
    }

    /**
     * Replaces the pair's flagged candidates, each marked new unless an earlier pair's candidate has the same
     * site id or overlaps it; returns them as recorded. Runs inside the caller's transaction.
     */
    static List<SeenCandidate> record(Connection c, String pairName, String run, List<SeenCandidate> flagged)
            throws SQLException {
        List<SeenCandidate> earlier = select(c, "WHERE pair <> ?", pairName);
        WKTReader wkt = new WKTReader();
        List<Geometry> earlierGeometries = earlier.stream().map(e -> StoreAccess.geometry(wkt, e.geometryWkt())).toList();
        List<SeenCandidate> recorded = new ArrayList<>();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM candidates_seen WHERE pair = ?")) {
            del.setString(1, pairName);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO candidates_seen (site_id, run, pair, geometry_wkt, "
                + "score, is_new, known_incident) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (SeenCandidate f : flagged) {
                Geometry g = StoreAccess.geometry(wkt, f.geometryWkt());
                boolean seen = false;
                for (int i = 0; i < earlier.size() && !seen; i++) {
                    seen = earlier.get(i).siteId().equals(f.siteId()) || earlierGeometries.get(i).intersects(g);
                }
                SeenCandidate r = new SeenCandidate(f.siteId(), run, pairName, f.geometryWkt(), f.score(), !seen,
                        f.knownIncident());
                ins.setString(1, r.siteId());
                ins.setString(2, run);
                ins.setString(3, pairName);
                ins.setString(4, r.geometryWkt());
                ins.setDouble(5, r.score());
                ins.setInt(6, r.isNew() ? 1 : 0);
                ins.setString(7, r.knownIncident());
                ins.executeUpdate();
                recorded.add(r);
            }
        }
        return recorded;
    }
}
