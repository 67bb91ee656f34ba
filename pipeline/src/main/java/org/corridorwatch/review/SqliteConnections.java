package org.corridorwatch.review;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * How every CorridorWatch SQLite store is opened: WAL journal (readers never block the writer),
 * IMMEDIATE transactions and a busy timeout (concurrent writers wait instead of failing), FULL
 * synchronous writes (a committed decision survives a crash).
 */
public final class SqliteConnections {
    /** How long a writer waits for another one, milliseconds. */
    public static final int BUSY_TIMEOUT_MS = 30_000;

    private SqliteConnections() {
    }

    public static Connection open(String jdbcUrl, boolean foreignKeys) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enforceForeignKeys(foreignKeys);
        return cfg.createConnection(jdbcUrl);
    }
}
