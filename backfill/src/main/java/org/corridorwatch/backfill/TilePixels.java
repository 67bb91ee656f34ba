package org.corridorwatch.backfill;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.corridorwatch.scan.TileResult;

/**
 * A scored tile's pixel arrays (evidence and burn regions of its core, ~2 MB for a 512² tile) travel from the executor
 * to the driver through the pair's output folder, not through Spark: the executor writes
 * {@code <pair>/.tile-pixels/<tile>.bin} (deflated floats, written whole then renamed, so a retried task's second copy
 * is harmless) and returns the result without pixels; the driver reads one tile at a time while writing
 * {@code evidence/burn.tif}, then removes the folder. The floats are stored bit for bit, so the evidence is identical.
 */
final class TilePixels {
    static final String FOLDER = ".tile-pixels";

    private TilePixels() {
    }

    static Path file(Path pairDir, String tileId) {
        return pairDir.resolve(FOLDER).resolve(tileId.replaceAll("[^A-Za-z0-9_.-]", "_") + ".bin");
    }

    /** Executor side: writes the pixels of a scored result, returns it without them (unscored results unchanged). */
    static TileResult park(TileResult r, Path pairDir) throws IOException {
        if (!r.scored()) {
            return r;
        }
        Path f = file(pairDir, r.outcome().tile().id());
        Files.createDirectories(f.getParent());
        Path tmp = f.resolveSibling(f.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try (OutputStream o = new DeflaterOutputStream(Files.newOutputStream(tmp), new java.util.zip.Deflater(1), 1 << 16);
             DataOutputStream d = new DataOutputStream(o)) {
            write(d, r.evidence());
            write(d, r.regions());
        }
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return r.withoutPixels();
    }

    /** Driver side: the result with its pixels read back (results of unscored tiles are returned as they are). */
    static TileResult restore(TileResult r, Path pairDir) {
        if (!"scored".equals(r.outcome().status())) {
            return r;
        }
        Path f = file(pairDir, r.outcome().tile().id());
        try (InputStream i = new InflaterInputStream(Files.newInputStream(f), new java.util.zip.Inflater(), 1 << 16);
             DataInputStream d = new DataInputStream(i)) {
            return r.withPixels(read(d), read(d));
        } catch (IOException e) {
            throw new IllegalStateException("the pixels of tile " + r.outcome().tile().id() + " cannot be read from " + f
                    + " (--out must be one folder shared by the driver and every executor): " + e.getMessage(), e);
        }
    }

    /** Removes the pair's pixel folder. */
    static void clear(Path pairDir) throws IOException {
        Path d = pairDir.resolve(FOLDER);
        if (Files.isDirectory(d)) {
            try (var s = Files.list(d)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(d);
        }
    }

    private static void write(DataOutputStream d, float[] a) throws IOException {
        d.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asFloatBuffer().put(a);
        d.write(b.array());
    }

    private static float[] read(DataInputStream d) throws IOException {
        int n = d.readInt();
        byte[] bytes = new byte[n * 4];
        d.readFully(bytes);
        float[] a = new float[n];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(a);
        return a;
    }
}
