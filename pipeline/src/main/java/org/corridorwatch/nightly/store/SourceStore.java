package org.corridorwatch.nightly.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The non-scene inputs of a workspace in its database: {@code quarantined} (every file moved to
 * {@code quarantine/}, by the run that moved it, and the run whose summary reported it: null until then,
 * so a run killed after quarantining a file reports it when resumed) and {@code firms_files} (the FIRMS
 * exports of {@code firms/}, catalogued once by checksum with their detection count and date range).
 */
public final class SourceStore {
    /** A catalogued FIRMS file; dates are the UTC acquisition dates of its first and last detection (null when none). */
    public record FirmsRecord(String id, String path, String format, int detections, int rowsSkipped, LocalDate dateMin,
                       LocalDate dateMax, String run) {
    }

    private final StoreAccess db;

    public SourceStore(Path file) {
        this.db = new StoreAccess(file);
    }

    static void createTables(Statement st) throws SQLException {
        st.executeUpdate("CREATE TABLE IF NOT EXISTS quarantined (moved_to TEXT PRIMARY KEY, file TEXT NOT NULL, "
                + "kind TEXT NOT NULL, reason TEXT NOT NULL, run TEXT NOT NULL, at TEXT NOT NULL, reported_run TEXT)");
        st.executeUpdate("CREATE TABLE IF NOT EXISTS firms_files (id TEXT PRIMARY KEY, path TEXT NOT NULL, "
                + "size_bytes INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, format TEXT NOT NULL, detections INTEGER NOT NULL, "
                + "rows_skipped INTEGER NOT NULL, date_min TEXT, date_max TEXT, catalogued_run TEXT NOT NULL)");
    }

    // ---- quarantine

    public void recordQuarantine(String run, Quarantined q) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO quarantined (moved_to, file, kind, reason, "
                    + "run, at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, q.movedTo());
                ps.setString(2, q.file());
                ps.setString(3, q.kind());
                ps.setString(4, q.reason());
                ps.setString(5, run);
                ps.setString(6, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The quarantined files a run's summary lists: those never reported, and those it already reported (a resumed run). */
    public List<Quarantined> quarantinesToReport(String run) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT file, moved_to, reason, kind FROM quarantined "
                    + "WHERE reported_run IS NULL OR reported_run = ? ORDER BY rowid")) {
                ps.setString(1, run);
                List<Quarantined> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Quarantined(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return out;
            }
        });
    }

    /** Marks every unreported quarantined file as reported by a run. */
    public void markReported(String run) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE quarantined SET reported_run = ? WHERE reported_run IS NULL")) {
                ps.setString(1, run);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- FIRMS files

    /** The id of a FIRMS file already catalogued from this path with this size and modification time. */
    public Optional<String> knownFirms(String path, long size, long mtimeMs) {
        return db.firstString("SELECT id FROM firms_files WHERE path = ? AND size_bytes = ? AND mtime_ms = ?", path, size, mtimeMs);
    }

    /** The path a FIRMS file id was catalogued from, if it is catalogued. */
    public Optional<String> firmsPath(String id) {
        return db.firstString("SELECT path FROM firms_files WHERE id = ?", id);
    }

    public boolean quarantineRecorded(String movedTo) {
        return db.firstString("SELECT moved_to FROM quarantined WHERE moved_to = ?", movedTo).isPresent();
    }

    public void insertFirms(FirmsRecord r, long size, long mtimeMs) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO firms_files (id, path, size_bytes, mtime_ms, "
                    + "format, detections, rows_skipped, date_min, date_max, catalogued_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, r.id());
                ps.setString(2, r.path());
                ps.setLong(3, size);
                ps.setLong(4, mtimeMs);
                ps.setString(5, r.format());
                ps.setInt(6, r.detections());
                ps.setInt(7, r.rowsSkipped());
                ps.setString(8, r.dateMin() == null ? null : r.dateMin().toString());
                ps.setString(9, r.dateMax() == null ? null : r.dateMax().toString());
                ps.setString(10, r.run());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every catalogued FIRMS file, oldest catalogued first. */
    public List<FirmsRecord> firmsFiles() {
        return db.read(c -> {
            List<FirmsRecord> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, path, format, detections, "
                    + "rows_skipped, date_min, date_max, catalogued_run FROM firms_files ORDER BY rowid")) {
                while (rs.next()) {
                    out.add(new FirmsRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                            rs.getString(6) == null ? null : LocalDate.parse(rs.getString(6)),
                            rs.getString(7) == null ? null : LocalDate.parse(rs.getString(7)), rs.getString(8)));
                }
            }
            return out;
        });
    }
}
