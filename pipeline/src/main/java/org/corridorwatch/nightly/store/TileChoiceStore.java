package org.corridorwatch.nightly.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-tile pairing decisions in the workspace database: {@code tile_pairings} (after-scene id,
 * configuration hash, tile id → chosen before-scene id or null, and the reason in words) and
 * {@code pairing_inputs} (per after-scene and configuration hash: the signature of everything the
 * decision depended on — candidate before-scenes, pairing settings — and the run that decided it). A
 * decision is replaced as a whole, in one transaction, when its signature changes (a new earlier scene
 * was catalogued), so a run killed while pairing leaves either the old decision or the new one.
 */
public final class TileChoiceStore {
    /** The decision for one tile; {@code beforeId} null = no before-scene. */
    public record TileChoice(String tileId, String beforeId, String reason) {
    }

    private final StoreAccess db;

    public TileChoiceStore(Path file) {
        this.db = new StoreAccess(file);
    }

    static void createTables(Statement st) throws SQLException {
        st.executeUpdate("CREATE TABLE IF NOT EXISTS tile_pairings (after_id TEXT NOT NULL, config_hash TEXT NOT NULL, "
                + "tile_id TEXT NOT NULL, before_id TEXT, reason TEXT NOT NULL, PRIMARY KEY (after_id, config_hash, tile_id))");
        st.executeUpdate("CREATE TABLE IF NOT EXISTS pairing_inputs (after_id TEXT NOT NULL, config_hash TEXT NOT NULL, "
                + "signature TEXT NOT NULL, run TEXT NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (after_id, config_hash))");
    }

    /** The signature the recorded decision of an after-scene was made with, if any. */
    public Optional<String> signature(String afterId, String configHash) {
        return db.firstString("SELECT signature FROM pairing_inputs WHERE after_id = ? AND config_hash = ?", afterId, configHash);
    }

    /** The recorded choices of an after-scene, in tile-plan order. */
    public List<TileChoice> choices(String afterId, String configHash) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT tile_id, before_id, reason FROM tile_pairings "
                    + "WHERE after_id = ? AND config_hash = ? ORDER BY rowid")) {
                ps.setString(1, afterId);
                ps.setString(2, configHash);
                List<TileChoice> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TileChoice(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    /** Replaces the decision of an after-scene (one transaction). */
    public void record(String afterId, String configHash, String signature, String run, List<TileChoice> choices) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM tile_pairings WHERE after_id = ? AND config_hash = ?")) {
                del.setString(1, afterId);
                del.setString(2, configHash);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO tile_pairings (after_id, config_hash, tile_id, "
                    + "before_id, reason) VALUES (?, ?, ?, ?, ?)")) {
                for (TileChoice t : choices) {
                    ins.setString(1, afterId);
                    ins.setString(2, configHash);
                    ins.setString(3, t.tileId());
                    ins.setString(4, t.beforeId());
                    ins.setString(5, t.reason());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO pairing_inputs (after_id, config_hash, "
                    + "signature, run, decided_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, afterId);
                ps.setString(2, configHash);
                ps.setString(3, signature);
                ps.setString(4, run);
                ps.setString(5, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The after-scenes (ids) whose decision a run made, in the order made. */
    public List<String> decidedIn(String run, String configHash) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT after_id FROM pairing_inputs WHERE run = ? "
                    + "AND config_hash = ? ORDER BY rowid")) {
                ps.setString(1, run);
                ps.setString(2, configHash);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }
}
