package org.corridorwatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values of the wrong type in a workspace's nightly.yaml are refused naming the key (they were truncated or ignored). */
class NightlyConfigTypesTest {
    @TempDir
    Path dir;

    @Test
    void fractionOfThreadsIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("nightly.yaml"), "threads: 2.5\n");
        ConfigException e = assertThrows(ConfigException.class, () -> NightlyConfig.load(f));
        assertEquals(f + ": 'threads' must be a whole number, not 2.5", e.getMessage());
    }

    @Test
    void wordForChipsIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("nightly.yaml"), "chips: maybe\n");
        ConfigException e = assertThrows(ConfigException.class, () -> NightlyConfig.load(f));
        assertEquals(f + ": 'chips' must be true or false, not 'maybe'", e.getMessage());
    }

    @Test
    void wholeThreadsAndBooleanChipsAreKept() throws Exception {
        Path f = Files.writeString(dir.resolve("nightly.yaml"), "threads: 3\nchips: false\n");
        NightlyConfig c = NightlyConfig.load(f);
        assertEquals(3, c.threads());
        assertEquals(false, c.chips());
    }
}
