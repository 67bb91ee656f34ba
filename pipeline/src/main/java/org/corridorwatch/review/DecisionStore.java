package org.corridorwatch.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.model.OutputException;

/**
 * The decision store: an SQLite database (one file, usually {@code decisions.sqlite} beside the run
 * folders) holding the append-only history of review decisions. Changing a decision appends a row;
 * rows are never updated or deleted (triggers refuse it). The current decision of a site is its
 * latest row.
 *
 * <p>Concurrency: every call opens its own connection in WAL mode with a busy timeout and writes in an
 * {@code IMMEDIATE} transaction, so several threads or processes (two reviewers, a scan reading) can
 * use one file at once and no decision is lost. Thread-safe.
 */
public final class DecisionStore {
    public static final int MAX_NOTE_CHARS = 2000;
    public static final int MAX_REVIEWER_CHARS = 100;
    private static final String COLUMNS = "seq, site_id, run, decision, reviewer, note, pattern, geometry_wkt, decided_at";

    private final Path file;
    private final String url;

    private DecisionStore(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Opens (creating when missing) a decision store. */
    public static DecisionStore open(Path file) {
        DecisionStore s = new DecisionStore(file);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (java.io.IOException e) {
            throw new OutputException(file, "cannot create its directory (" + e.getMessage() + ")",
                    "choose a writable location with --db");
        }
        boolean existed;
        try {
            existed = Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (java.io.IOException e) {
            existed = true;
        }
        s.createSchema(existed);
        return s;
    }

    /** Opens an existing store for reading; fails when the file is missing or not a decision store. */
    public static DecisionStore openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file, "does not exist", "give the decisions.sqlite written by 'corridorwatch review serve'");
        }
        DecisionStore s = new DecisionStore(file);
        try (Connection c = s.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            if (!rs.next()) {
                throw new SQLException("no schema version");
            }
        } catch (SQLException e) {
            throw new InputDataException(file, "is not a CorridorWatch decision store (" + org.corridorwatch.model.ParserMessages.sql(e.getMessage()) + ")",
                    "give the decisions.sqlite written by 'corridorwatch review serve'");
        }
        return s;
    }

    public Path file() {
        return file;
    }

    private Connection connect() throws SQLException {
        return SqliteConnections.open(url, true);
    }

    private void createSchema(boolean existed) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
                st.executeUpdate("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1')");
                st.executeUpdate("CREATE TABLE IF NOT EXISTS decisions ("
                        + "seq INTEGER PRIMARY KEY AUTOINCREMENT, site_id TEXT NOT NULL, run TEXT NOT NULL, "
                        + "decision TEXT NOT NULL CHECK (decision IN ('confirm', 'reject', 'unsure')), "
                        + "reviewer TEXT NOT NULL, note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= " + MAX_NOTE_CHARS + "), "
                        + "pattern TEXT NOT NULL, geometry_wkt TEXT NOT NULL, decided_at TEXT NOT NULL)");
                st.executeUpdate("CREATE INDEX IF NOT EXISTS decisions_by_site ON decisions (site_id, seq)");
                st.executeUpdate("CREATE TRIGGER IF NOT EXISTS decisions_append_only_update BEFORE UPDATE ON decisions "
                        + "BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END");
                st.executeUpdate("CREATE TRIGGER IF NOT EXISTS decisions_append_only_delete BEFORE DELETE ON decisions "
                        + "BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END");
                st.executeUpdate("CREATE VIEW IF NOT EXISTS current_decisions AS SELECT d.* FROM decisions d "
                        + "WHERE d.seq = (SELECT MAX(seq) FROM decisions WHERE site_id = d.site_id)");
            }
            c.commit();
        } catch (SQLException e) {
            if (existed) {
                // the same cause gives the same code everywhere: scan --decisions and review export say 3 too
                throw new InputDataException(file, "is not a CorridorWatch decision store (" + org.corridorwatch.model.ParserMessages.sql(e.getMessage()) + ")",
                        "give the decisions.sqlite written by 'corridorwatch review serve', or a new file name");
            }
            throw new OutputException(file, "cannot be opened as a decision store (" + e.getMessage() + ")",
                    "give a new file name or an existing decisions.sqlite with --db");
        }
    }

    /** Appends a decision and returns it as stored (with its sequence number and time). */
    public Decision record(String siteId, String run, Verdict verdict, String reviewer, String note, String pattern,
                           String geometryWkt) {
        if (siteId == null || siteId.isBlank() || verdict == null || reviewer == null || reviewer.isBlank()
                || reviewer.length() > MAX_REVIEWER_CHARS || (note != null && note.length() > MAX_NOTE_CHARS)
                || geometryWkt == null || pattern == null) {
            throw new IllegalArgumentException("invalid decision for site " + siteId);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String n = note == null ? "" : note;
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long seq;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO decisions (site_id, run, decision, reviewer, note, "
                    + "pattern, geometry_wkt, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, siteId);
                ps.setString(2, run);
                ps.setString(3, verdict.key());
                ps.setString(4, reviewer.strip());
                ps.setString(5, n);
                ps.setString(6, pattern);
                ps.setString(7, geometryWkt);
                ps.setString(8, now.toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    seq = keys.getLong(1);
                }
            }
            c.commit();
            return new Decision(seq, siteId, run, verdict, reviewer.strip(), n, pattern, geometryWkt, now);
        } catch (SQLException e) {
            throw new OutputException(file, "cannot store the decision (" + e.getMessage() + ")",
                    "check that the file is writable and not locked by a crashed process");
        }
    }

    /** The current decision of every site (its latest row), by sequence. */
    public List<Decision> current() {
        return query("SELECT " + COLUMNS + " FROM current_decisions ORDER BY seq");
    }

    /** Every row ever stored, oldest first. */
    public List<Decision> history() {
        return query("SELECT " + COLUMNS + " FROM decisions ORDER BY seq");
    }

    /** The rows of one site, oldest first. */
    public List<Decision> history(String siteId) {
        return query("SELECT " + COLUMNS + " FROM decisions WHERE site_id = ? ORDER BY seq", siteId);
    }

    private List<Decision> query(String sql, String... args) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<Decision> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), Verdict.parse(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            Instant.parse(rs.getString(9))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new InputDataException(file, "cannot be read as a decision store (" + org.corridorwatch.model.ParserMessages.sql(e.getMessage()) + ")",
                    "give the decisions.sqlite written by 'corridorwatch review serve'");
        }
    }
}
