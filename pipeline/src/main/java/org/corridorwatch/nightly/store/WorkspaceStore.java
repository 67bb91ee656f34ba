package org.corridorwatch.nightly.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorwatch.review.DecisionStore;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.corridorwatch.review.SqliteConnections;

/**
 * The workspace database ({@code workspace.sqlite}): the review decisions of {@link DecisionStore}
 * (same file, same {@code meta} table) plus the nightly tables: {@code scenes} (catalog; id = SHA-256 of
 * the file), {@code pairs} (before/after ids + config hash, why chosen, status), {@code tile_results},
 * {@code runs} and {@code candidates_seen} (flagged candidates already reported, to tell new ones).
 *
 * <p>A pair is done when its row says {@code done} or {@code masked}: that row, its tile results and its
 * candidates are committed in one transaction after the pair's {@code run.json} exists. Every call
 * opens its own connection (WAL, busy timeout, IMMEDIATE transactions), like the decision store.
 */
public final class WorkspaceStore {
    public static final int SCHEMA_VERSION = 2;
    private final StoreAccess db;

    /** The key of a scan: scene ids and the hash of the effective configuration. */
    public record PairKey(String beforeId, String afterId, String configHash) {
    }

    /** A pair row; {@code tileIds} are the tiles it is scanned over (null = every tile: pairs of schema 1). */
    public record PairRow(PairKey key, String name, String why, String status, String run, int attempts, int tiles,
                          int failedTiles, int candidates, int flagged, String error, List<String> tileIds) {
        public boolean finished() {
            return status.equals("done") || status.equals("masked");
        }
    }

    /** A flagged candidate of a pair, as recorded. */
    public record SeenCandidate(String siteId, String run, String pair, String geometryWkt, double score, boolean isNew,
                                String knownIncident) {
    }

    /** A tile outcome of a pair. */
    public record TileResult(String tileId, String status, double bestScore) {
    }

    /** A run row. */
    public record RunRow(String id, String started, String finished, String status, String summaryJson) {
    }

    private WorkspaceStore(Path file) {
        this.db = new StoreAccess(file);
    }

    /** Creates (or completes) the database: the decision store's schema, then the nightly tables. */
    public static WorkspaceStore create(Path file) {
        DecisionStore.open(file);
        WorkspaceStore s = new WorkspaceStore(file);
        s.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT OR IGNORE INTO meta (key, value) VALUES ('workspace_schema_version', '"
                        + SCHEMA_VERSION + "')");
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
            upgrade(c);
            return null;
        });
        return s;
    }

    /** Opens an existing workspace database (upgrading an older schema); exit code 11 when it is not one. */
    public static WorkspaceStore open(Path file) {
        WorkspaceStore s = new WorkspaceStore(file);
        int version;
        try (Connection c = org.corridorwatch.review.SqliteConnections.open("jdbc:sqlite:" + file.toAbsolutePath(), false);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'workspace_schema_version'")) {
            if (!rs.next()) {
                throw new SQLException("no workspace schema version");
            }
            version = Integer.parseInt(rs.getString(1));
        } catch (SQLException | NumberFormatException e) {
            throw new WorkspaceException(file, "is not a CorridorWatch workspace database (" + e.getMessage() + ")",
                    "run 'corridorwatch workspace init' on the workspace folder");
        }
        if (version < SCHEMA_VERSION) {
            s.write(c -> {
                upgrade(c);
                return null;
            });
        }
        return s;
    }

    /**
     * Schema 2 (per-tile pairing, FIRMS folder, persisted quarantines): {@code pairs.tile_ids} (the tiles a
     * pair is scanned over, comma-separated; null = every tile of the pair), {@code tile_pairings} and
     * {@code pairing_inputs} ({@link TileChoiceStore}), {@code quarantined} and {@code firms_files}
     * ({@link SourceStore}). Idempotent.
     */
    private static void upgrade(Connection c) throws SQLException {
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
            st.executeUpdate("UPDATE meta SET value = '" + SCHEMA_VERSION + "' WHERE key = 'workspace_schema_version'");
        }
    }

    public Path file() {
        return db.file();
    }

    private <T> T write(StoreAccess.Work<T> work) {
        return db.write(work);
    }

    private <T> T read(StoreAccess.Work<T> work) {
        return db.read(work);
    }

    // ---- scenes

    /** The id of a scene already catalogued from this path with this size and modification time. */
    public Optional<String> knownScene(String path, long size, long mtimeMs) {
        return db.firstString("SELECT id FROM scenes WHERE path = ? AND size_bytes = ? AND mtime_ms = ?", path, size, mtimeMs);
    }

    /** The path a scene id was catalogued from, if it is catalogued. */
    public Optional<String> scenePath(String id) {
        return db.firstString("SELECT path FROM scenes WHERE id = ?", id);
    }

    public void insertScene(SceneRecord s, long mtimeMs, String run) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO scenes (id, path, size_bytes, mtime_ms, "
                    + "sensor_profile, acquired, footprint_wkt, cloud_fraction, catalogued_run, catalogued_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, s.id());
                ps.setString(2, s.path());
                ps.setLong(3, s.sizeBytes());
                ps.setLong(4, mtimeMs);
                ps.setString(5, s.sensorProfile());
                ps.setString(6, s.date() == null ? null : s.date().toString());
                ps.setString(7, s.footprint().toText());
                if (Double.isNaN(s.cloudFraction())) {
                    ps.setNull(8, java.sql.Types.REAL);
                } else {
                    ps.setDouble(8, s.cloudFraction());
                }
                ps.setString(9, run);
                ps.setString(10, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every catalogued scene, by date then id. */
    public List<SceneRecord> scenes() {
        return scenes("SELECT id, path, sensor_profile, acquired, footprint_wkt, cloud_fraction, size_bytes FROM scenes "
                + "ORDER BY acquired, id", null);
    }

    /** The scenes catalogued by a run. */
    public List<SceneRecord> scenesOfRun(String run) {
        return scenes("SELECT id, path, sensor_profile, acquired, footprint_wkt, cloud_fraction, size_bytes FROM scenes "
                + "WHERE catalogued_run = ? ORDER BY acquired, id", run);
    }

    private List<SceneRecord> scenes(String sql, String arg) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (arg != null) {
                    ps.setString(1, arg);
                }
                List<SceneRecord> out = new ArrayList<>();
                WKTReader wkt = new WKTReader();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double cloud = rs.getDouble(6);
                        if (rs.wasNull()) {
                            cloud = Double.NaN;
                        }
                        String acquired = rs.getString(4);
                        out.add(new SceneRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                                acquired == null ? null : LocalDate.parse(acquired), geometry(wkt, rs.getString(5)), cloud,
                                rs.getLong(7)));
                    }
                }
                return out;
            }
        });
    }

    static Geometry geometry(WKTReader reader, String wkt) {
        try {
            return reader.read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable WKT in the workspace database: " + e.getMessage(), e);
        }
    }

    // ---- pairs

    public Optional<PairRow> pair(PairKey key) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(PAIR_SELECT + " WHERE before_id = ? AND after_id = ? AND config_hash = ?")) {
                ps.setString(1, key.beforeId());
                ps.setString(2, key.afterId());
                ps.setString(3, key.configHash());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(pairRow(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The pairs a run planned or scanned, in the order they were planned. */
    public List<PairRow> pairsOfRun(String run) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(PAIR_SELECT + " WHERE run = ? ORDER BY rowid")) {
                ps.setString(1, run);
                List<PairRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(pairRow(rs));
                    }
                }
                return out;
            }
        });
    }

    private static final String PAIR_SELECT = "SELECT before_id, after_id, config_hash, name, why, status, run, attempts, "
            + "tiles, failed_tiles, candidates, flagged, error, tile_ids FROM pairs";

    private static PairRow pairRow(ResultSet rs) throws SQLException {
        return new PairRow(new PairKey(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                rs.getString(13), rs.getString(14) == null ? null : List.of(rs.getString(14).split(",")));
    }

    /**
     * Records a planned pair for a run over the given tiles (a failed one planned again keeps its attempt count).
     */
    public void planPair(PairKey key, String name, String why, String run, List<String> tileIds) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pairs (before_id, after_id, config_hash, name, why, "
                    + "status, run, tile_ids) VALUES (?, ?, ?, ?, ?, 'planned', ?, ?) ON CONFLICT (before_id, after_id, config_hash) "
                    + "DO UPDATE SET status = 'planned', run = excluded.run, why = excluded.why, tile_ids = excluded.tile_ids "
                    + "WHERE pairs.status NOT IN ('done', 'masked')")) {
                ps.setString(7, tileIds == null ? null : String.join(",", tileIds));
                ps.setString(1, key.beforeId());
                ps.setString(2, key.afterId());
                ps.setString(3, key.configHash());
                ps.setString(4, name);
                ps.setString(5, why);
                ps.setString(6, run);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Records a failed attempt. */
    public void failPair(PairKey key, String error) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE pairs SET status = 'failed', attempts = attempts + 1, "
                    + "error = ?, finished_at = ? WHERE before_id = ? AND after_id = ? AND config_hash = ?")) {
                ps.setString(1, error);
                ps.setString(2, Instant.now().toString());
                ps.setString(3, key.beforeId());
                ps.setString(4, key.afterId());
                ps.setString(5, key.configHash());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Commits a scanned pair in one transaction: its tile results, its flagged candidates (each marked new
     * unless an earlier pair's candidate has the same site id or overlaps it) and its status. Returns the
     * candidates as recorded.
     */
    public List<SeenCandidate> completePair(PairKey key, String pairName, String run, String status, List<TileResult> tiles,
                                     int candidates, List<SeenCandidate> flagged) {
        return write(c -> {
            List<SeenCandidate> earlier = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT site_id, run, pair, geometry_wkt, score, is_new, "
                    + "known_incident FROM candidates_seen WHERE pair <> ?")) {
                ps.setString(1, pairName);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        earlier.add(new SeenCandidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getDouble(5), rs.getInt(6) == 1, rs.getString(7)));
                    }
                }
            }
            WKTReader wkt = new WKTReader();
            List<Geometry> earlierGeometries = earlier.stream().map(e -> geometry(wkt, e.geometryWkt())).toList();
            List<SeenCandidate> recorded = new ArrayList<>();
            try (PreparedStatement del = c.prepareStatement("DELETE FROM candidates_seen WHERE pair = ?")) {
                del.setString(1, pairName);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO candidates_seen (site_id, run, pair, geometry_wkt, "
                    + "score, is_new, known_incident) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (SeenCandidate f : flagged) {
                    Geometry g = geometry(wkt, f.geometryWkt());
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
            try (PreparedStatement ins = c.prepareStatement("INSERT OR REPLACE INTO tile_results (before_id, after_id, "
                    + "config_hash, tile_id, status, best_score) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (TileResult t : tiles) {
                    ins.setString(1, key.beforeId());
                    ins.setString(2, key.afterId());
                    ins.setString(3, key.configHash());
                    ins.setString(4, t.tileId());
                    ins.setString(5, t.status());
                    ins.setDouble(6, t.bestScore());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE pairs SET status = ?, run = ?, attempts = attempts + 1, "
                    + "tiles = ?, failed_tiles = ?, candidates = ?, flagged = ?, error = NULL, finished_at = ? "
                    + "WHERE before_id = ? AND after_id = ? AND config_hash = ?")) {
                ps.setString(1, status);
                ps.setString(2, run);
                ps.setInt(3, tiles.size());
                ps.setInt(4, (int) tiles.stream().filter(t -> t.status().equals("failed")).count());
                ps.setInt(5, candidates);
                ps.setInt(6, flagged.size());
                ps.setString(7, Instant.now().toString());
                ps.setString(8, key.beforeId());
                ps.setString(9, key.afterId());
                ps.setString(10, key.configHash());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("pair " + pairName + " was never planned");
                }
            }
            return recorded;
        });
    }

    /** Flagged candidates recorded by a run, in the order recorded. */
    public List<SeenCandidate> candidatesOfRun(String run) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT site_id, run, pair, geometry_wkt, score, is_new, "
                    + "known_incident FROM candidates_seen WHERE run = ? ORDER BY rowid")) {
                ps.setString(1, run);
                List<SeenCandidate> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SeenCandidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getDouble(5), rs.getInt(6) == 1, rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    /** Every flagged candidate ever recorded (all runs), oldest first. */
    public List<SeenCandidate> allCandidates() {
        return read(c -> {
            List<SeenCandidate> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT site_id, run, pair, "
                    + "geometry_wkt, score, is_new, known_incident FROM candidates_seen ORDER BY rowid")) {
                while (rs.next()) {
                    out.add(new SeenCandidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDouble(5), rs.getInt(6) == 1, rs.getString(7)));
                }
            }
            return out;
        });
    }

    // ---- runs

    /** The run a killed nightly left unfinished, if any. */
    public Optional<RunRow> unfinishedRun() {
        return runs("SELECT id, started, finished, status, summary_json FROM runs WHERE status = 'running' ORDER BY id LIMIT 1")
                .stream().findFirst();
    }

    public List<RunRow> runs() {
        return runs("SELECT id, started, finished, status, summary_json FROM runs ORDER BY id");
    }

    private List<RunRow> runs(String sql) {
        return read(c -> {
            List<RunRow> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(new RunRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        });
    }

    public void startRun(String id, Instant started) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, started, status) VALUES (?, ?, 'running')")) {
                ps.setString(1, id);
                ps.setString(2, started.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void finishRun(String id, String status, String summaryJson) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET status = ?, finished = ?, summary_json = ? WHERE id = ?")) {
                ps.setString(1, status);
                ps.setString(2, Instant.now().toString());
                ps.setString(3, summaryJson);
                ps.setString(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
