package org.corridorwatch.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.corridorwatch.model.OutputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long leftovers() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".partial-")).count();
        }
    }

    @Test
    void writesThroughAHiddenTemporaryAndReplacesAtomically() throws Exception {
        Path target = dir.resolve("sub/out.txt");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second");
        assertEquals("second", Files.readString(target));
        assertEquals(0, leftovers());
        assertTrue(AtomicFiles.tempFor(target).getFileName().toString().startsWith(".out.txt.partial-"));
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporary() throws Exception {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "kept");
        OutputException e = assertThrows(OutputException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("kept", Files.readString(target));
        assertEquals(0, leftovers());
    }

    @Test
    void anUnwritableFolderIsAnOutputErrorNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path target = file.resolve("under/a-file.txt");
        OutputException e = assertThrows(OutputException.class, () -> AtomicFiles.writeString(target, "y"));
        assertTrue(e.getMessage().contains("a-file.txt"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void theInstallationFolderComesFromTheLauncherProperty() {
        String saved = System.getProperty(Installation.HOME_PROPERTY);
        try {
            System.setProperty(Installation.HOME_PROPERTY, dir.toString());
            assertEquals(dir.toAbsolutePath(), Installation.home());
            assertEquals(dir.resolve("config/sensors.yaml").toAbsolutePath(), Installation.configFile("sensors.yaml"));
            System.clearProperty(Installation.HOME_PROPERTY);
            assertEquals(Path.of("").toAbsolutePath(), Installation.home());
        } finally {
            if (saved != null) {
                System.setProperty(Installation.HOME_PROPERTY, saved);
            }
        }
    }
}
