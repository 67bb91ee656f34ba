package org.corridorwatch.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.corridorwatch.model.OutputException;

/**
 * Writes files so that a crash never leaves a half-written file under the real name: content goes to
 * a hidden temporary name in the same directory, is flushed to disk, and is renamed into place.
 */
public final class AtomicFiles {
    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** A hidden temporary sibling of {@code target}, unique to this process. */
    public static Path tempFor(Path target) {
        return target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
    }

    public static Path write(Path target, Content content) {
        Path temp = tempFor(target);
        try {
            Files.createDirectories(temp.getParent());
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do; the temp name is hidden and marked partial
            }
            throw new OutputException(target, "cannot be written (" + e.getMessage() + ")",
                    "check that the directory is writable and the disk has free space");
        }
    }

    public static Path writeString(Path target, String text) {
        return write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
