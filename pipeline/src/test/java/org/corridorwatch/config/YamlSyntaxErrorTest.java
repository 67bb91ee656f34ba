package org.corridorwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML syntax error is one line with its line, column and problem (SnakeYAML's own message has ten). */
class YamlSyntaxErrorTest {
    @TempDir
    Path dir;

    @Test
    void flowSequenceLeftOpen() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "tiles:\n  size_px: [1\n  overlap_px: 3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> YamlFiles.read(f));
        assertEquals(f + ": is not valid YAML: line 3, column 13: expected ',' or ']', but got : "
                + "(parsing a flow sequence started at line 2)", e.getMessage());
    }

    @Test
    void keyGivenTwiceIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "tiles:\n  size_px: 512\n  size_px: 256\n");
        ConfigException e = assertThrows(ConfigException.class, () -> YamlFiles.read(f));
        assertTrue(e.getMessage().startsWith(f + ": is not valid YAML: line 3: Duplicate field 'size_px'"), e.getMessage());
    }

    @Test
    void badIndentation() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "tiles:\n  size_px: 512\n overlap_px: 3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> YamlFiles.read(f));
        assertTrue(e.getMessage().matches(".*: is not valid YAML: line 3, column \\d+: [^\\n]+"), e.getMessage());
    }
}
