package org.corridorwatch.config;

import org.corridorwatch.files.Installation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.model.ConfigException;

/** Reads YAML configuration files into trees, turning every failure into a {@link ConfigException}. */
final class YamlFiles {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlFiles() {
    }

    static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file, "configuration file not found", "check the path, or omit the option to use the defaults in config/");
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new ConfigException(file, "is empty or not a YAML mapping", "see config/ for a valid example");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ConfigException(file, "is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""),
                    "fix the syntax; see config/ for a valid example");
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", "check permissions");
        }
    }

    /** The repository root: where config/ lives. */
    static Path home() {
        return Installation.home();
    }
}
