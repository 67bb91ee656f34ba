package org.corridorwatch.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.corridorwatch.model.OutputException;

/** Writes a text file through a temporary name and an atomic rename. */
final class TextFiles {
    private TextFiles() {
    }

    static void write(Path target, String text) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort
            }
            throw new OutputException(target, "cannot write (" + e.getMessage() + ")",
                    "check that the output directory is writable and the disk has space");
        }
    }
}
