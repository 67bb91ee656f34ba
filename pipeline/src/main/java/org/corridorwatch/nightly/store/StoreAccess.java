package org.corridorwatch.nightly.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.corridorwatch.review.SqliteConnections;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Connections to the workspace database shared by its table groups ({@link WorkspaceStore},
 * {@link TileChoiceStore}, {@link SourceStore}): every call opens its own connection (WAL, busy timeout)
 * and a write is one transaction, rolled back on any failure. SQL errors become a {@link WorkspaceException}
 * naming the file.
 */
final class StoreAccess {
    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final String url;

    StoreAccess(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    }

    Path file() {
        return file;
    }

    <T> T write(Work<T> work) {
        try (Connection c = SqliteConnections.open(url, false)) {
            c.setAutoCommit(false);
            try {
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(file, "database write failed (" + e.getMessage() + ")",
                    "check that the workspace is writable and the disk has free space");
        }
    }

    /** The first column of the first row of a query with string/long parameters, if any row. */
    Optional<String> firstString(String sql, Object... args) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof Long l) {
                        ps.setLong(i + 1, l);
                    } else {
                        ps.setString(i + 1, (String) args[i]);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    <T> T read(Work<T> work) {
        try (Connection c = SqliteConnections.open(url, false)) {
            return work.run(c);
        } catch (SQLException e) {
            throw new WorkspaceException(file, "database read failed (" + e.getMessage() + ")",
                    "check the file with sqlite3; restore it from a backup if it is damaged");
        }
    }

    /** A geometry stored as WKT; unreadable WKT means a damaged database. */
    static Geometry geometry(WKTReader reader, String wkt) {
        try {
            return reader.read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable WKT in the workspace database: " + e.getMessage(), e);
        }
    }
}
