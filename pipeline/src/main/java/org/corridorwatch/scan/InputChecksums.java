package org.corridorwatch.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.CRC32C;

/**
 * CRC-32C checksums of a scan's input files for {@code run.json}, started when the scan starts on one
 * background thread so that reading multi-GB scenes overlaps the tile work instead of following it.
 */
final class InputChecksums implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "input-checksums");
        t.setDaemon(true);
        return t;
    });
    private final Map<Path, CompletableFuture<String>> sums = new ConcurrentHashMap<>();

    /** Starts checksumming {@code files} (null entries ignored). */
    InputChecksums start(Path... files) {
        for (Path f : files) {
            if (f != null) {
                sums.computeIfAbsent(f, p -> CompletableFuture.supplyAsync(() -> crc32c(p), worker));
            }
        }
        return this;
    }

    /** The checksum of {@code file} (8 hex digits), computed now if it was not started. */
    String get(Path file) throws IOException {
        try {
            return start(file).sums.get(file).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** CRC-32C of a file (hardware-accelerated; fast enough for multi-GB scenes). */
    static String crc32c(Path path) {
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buf)) > 0;) {
                crc.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.format("%08x", crc.getValue());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
