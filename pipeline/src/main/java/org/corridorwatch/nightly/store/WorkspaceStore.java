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
            WorkspaceSchema.create(c, SCHEMA_VERSION);
            return null;
        });
        return s;
    }

    /** Opens an existing workspace database (upgrading an older schema); exit code 11 when it is not one. */
    public static WorkspaceStore open(Path file) {
        WorkspaceStore s = new WorkspaceStore(file);
        int version;
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + file.toAbsolutePath(), false);
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
                WorkspaceSchema.upgrade(c, SCHEMA_VERSION);
                return null;
            });
        }
        return s;
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
                                acquired == null ? null : LocalDate.parse(acquired), StoreAccess.geometry(wkt, rs.getString(5)), cloud,
                                rs.getLong(7)));
                    }
                }
                return out;
            }
        });
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
            List<SeenCandidate> recorded = SeenCandidates.record(c, pairName, run, flagged);
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
        return read(c -> SeenCandidates.select(c, "WHERE run = ?", run));
    }

    /** Every flagged candidate ever recorded (all runs), oldest first. */
    public List<SeenCandidate> allCandidates() {
        return read(c -> SeenCandidates.select(c, "", null));
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
