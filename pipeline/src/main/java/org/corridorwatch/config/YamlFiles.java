package org.corridorwatch.config;

import org.corridorwatch.files.Installation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridorwatch.model.ConfigException;

/** Reads YAML configuration files into trees, turning every failure into a {@link ConfigException}. */
public final class YamlFiles {
    /** A key given twice in one mapping is an error (else the last one wins without a word). */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private YamlFiles() {
    }

    /** The file as a YAML mapping; a missing, unreadable, malformed or non-mapping file is a {@link ConfigException}. */
    public static JsonNode read(Path file) {
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
            throw new ConfigException(file, "is not valid YAML: " + syntaxError(e), "fix the syntax; see config/ for a valid example");
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", "check permissions");
        }
    }

    /**
     * A YAML syntax error on one line: "line 3, column 10: expected ',' or ']', but got : (in a flow sequence
     * started at line 2)" instead of SnakeYAML's ten lines with the source quoted and a caret.
     */
    static String syntaxError(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                String context = m.getContext() == null ? "" : m.getContext().strip();
                String where = m.getContextMark() != null && !context.isEmpty()
                        ? " (" + context.replaceFirst("^while ", "") + " started at line " + (m.getContextMark().getLine() + 1) + ")"
                        : context.isEmpty() ? "" : " (" + context + ")";
                return "line " + (m.getProblemMark().getLine() + 1) + ", column " + (m.getProblemMark().getColumn() + 1) + ": "
                        + org.corridorwatch.model.ParserMessages.oneLine(m.getProblem()) + where;
            }
        }
        String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip().split("\n")[0];
        return (e.getLocation() != null && e.getLocation().getLineNr() > 0 ? "line " + e.getLocation().getLineNr() + ": " : "")
                + org.corridorwatch.model.ParserMessages.oneLine(first);
    }

    /**
     * Refuses a key of {@code user} that {@code defaults} does not have (one message naming the key and the
     * file of defaults); {@code openMaps} are key prefixes (e.g. "sites.weights.") under which any key is allowed.
     */
    public static void checkKeys(Path file, Path defaultsFile, JsonNode defaults, JsonNode user, String prefix,
                                 Set<String> openMaps) {
        for (Iterator<Map.Entry<String, JsonNode>> it = user.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode d = defaults.get(e.getKey());
            boolean openMap = openMaps.contains(prefix);
            if (d == null && !openMap) {
                throw new ConfigException(file, "unknown key '" + prefix + e.getKey() + "'", "see " + defaultsFile + " for the keys");
            }
            if (d != null && d.isObject() && e.getValue().isObject()) {
                checkKeys(file, defaultsFile, d, e.getValue(), prefix + e.getKey() + ".", openMaps);
            }
        }
    }

    /** {@code over} merged into {@code base} (mappings key by key, anything else replaced); returns base. */
    public static JsonNode merge(ObjectNode base, JsonNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode b = base.get(e.getKey());
            if (b instanceof ObjectNode bo && e.getValue().isObject()) {
                merge(bo, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
        return base;
    }

    /** The repository root: where config/ lives. */
    static Path home() {
        return Installation.home();
    }
}
