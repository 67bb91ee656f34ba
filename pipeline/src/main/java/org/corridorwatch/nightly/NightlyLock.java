package org.corridorwatch.nightly;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.corridorwatch.nightly.store.WorkspaceException;

/**
 * The workspace's exclusive lock ({@code nightly.lock}): an OS file lock ({@link FileChannel#tryLock}),
 * released by the OS when the holder exits or is killed, so a crash never leaves a stale lock. The file
 * holds the holder's pid and start time, for the message of a run that finds it taken.
 */
final class NightlyLock implements AutoCloseable {
    static final long POLL_MS = 500;
    private final FileChannel channel;
    private final FileLock lock;

    private NightlyLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock; when it is held, fails at once (exit code 10) or, with {@code wait}, waits for it. */
    static NightlyLock acquire(Path file, boolean wait, NightlyLog log) {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot be opened (" + e.getMessage() + ")", "check the workspace's permissions");
        }
        try {
            FileLock l = tryLock(ch);
            if (l == null) {
                String holder = holder(file);
                if (!wait) {
                    ch.close();
                    throw new WorkspaceLockedException(file, "another nightly run is in progress (" + holder + ")",
                            "let it finish, or pass --wait to start when it does");
                }
                log.info("nightly: waiting for the run holding " + file + " (" + holder + ")");
                while ((l = tryLock(ch)) == null) {
                    Thread.sleep(POLL_MS);
                }
            }
            String me = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n";
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new NightlyLock(ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new WorkspaceException(file, "cannot be locked (" + e.getMessage() + ")", "check the workspace's file system");
        } catch (InterruptedException e) {
            closeQuietly(ch);
            Thread.currentThread().interrupt();
            throw new WorkspaceLockedException(file, "interrupted while waiting for the lock", "");
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another run in this JVM
        }
    }

    private static String holder(Path file) {
        try {
            String s = Files.readString(file).strip();
            return s.isEmpty() ? "holder unknown" : s;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the descriptor anyway
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
