package org.corridorwatch.nightly.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The nightly tables of the workspace database: creation and the upgrade from older schemas. */
final class WorkspaceSchema {
    private WorkspaceSchema() {
    }

    /** Creates the nightly tables when missing, then upgrades them to {@code version}. */
    static void create(Connection c, int version) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT OR IGNORE INTO meta (key, value) VALUES ('workspace_schema_version', '"
                    + version + "')");
            st.executeUpdate("CREATE TABLE IF NOT EXISTS scenes (id TEXT PRIMARY KEY, path TEXT NOT NULL, "
                    + "size_bytes INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, sensor_profile TEXT NOT NULL, "
                    + "acquired TEXT, footprint_wkt TEXT NOT NULL, cloud_fraction REAL, catalogued_run TEXT NOT NULL, "
                    + "catalogued_at TEXT NOT NULL)");
            st.executeUpdate("CREATE INDEX IF NOT EXISTS scenes_by_path ON scenes (path)");
            st.executeUpdate("CREATE TABLE IF NOT EXISTS pairs (before_id TEXT NOT NULL REFERENCES scenes(id), "
                    + "after_id TEXT NOT NULL REFERENCES scenes(id), config_hash TEXT NOT NULL, name TEXT NOT NULL, "
                    + "why TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'masked', 'failed')), "
                    + "run TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, tiles INTEGER NOT NULL DEFAULT 0, "
                    + "failed_tiles INTEGER NOT NULL DEFAULT 0, candidates INTEGER NOT NULL DEFAULT 0, "
                    + "flagged INTEGER NOT NULL DEFAULT 0, error TEXT, finished_at TEXT, "
                    + "PRIMARY KEY (before_id, after_id, config_hash))");
            st.executeUpdate("CREATE TABLE IF NOT EXISTS tile_results (before_id TEXT NOT NULL, after_id TEXT NOT NULL, "
                    + "config_hash TEXT NOT NULL, tile_id TEXT NOT NULL, status TEXT NOT NULL, best_score REAL NOT NULL, "
                    + "PRIMARY KEY (before_id, after_id, config_hash, tile_id))");
            st.executeUpdate("CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, started TEXT NOT NULL, "
                    + "finished TEXT, status TEXT NOT NULL CHECK (status IN ('running', 'done', 'partial', 'nothing')), "
                    + "summary_json TEXT)");
            st.executeUpdate("CREATE TABLE IF NOT EXISTS candidates_seen (site_id TEXT NOT NULL, run TEXT NOT NULL, "
                    + "pair TEXT NOT NULL, geometry_wkt TEXT NOT NULL, score REAL NOT NULL, is_new INTEGER NOT NULL, "
                    + "known_incident TEXT, PRIMARY KEY (site_id, pair))");
        }
        upgrade(c, version);
    }

    /**
     * Schema 2 (per-tile pairing, FIRMS folder, persisted quarantines): {@code pairs.tile_ids} (the tiles a
     * pair is scanned over, comma-separated; null = every tile of the pair), {@code tile_pairings} and
     * {@code pairing_inputs} ({@link TileChoiceStore}), {@code quarantined} and {@code firms_files}
     * ({@link SourceStore}). Idempotent.
     */
    static void upgrade(Connection c, int version) throws SQLException {
        boolean hasTileIds = false;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(pairs)")) {
            while (rs.next()) {
                hasTileIds |= rs.getString("name").equals("tile_ids");
            }
        }
        try (Statement st = c.createStatement()) {
            if (!hasTileIds) {
                st.executeUpdate("ALTER TABLE pairs ADD COLUMN tile_ids TEXT");
            }
            TileChoiceStore.createTables(st);
            SourceStore.createTables(st);
            st.executeUpdate("UPDATE meta SET value = '" + version + "' WHERE key = 'workspace_schema_version'");
        }
    }
}
