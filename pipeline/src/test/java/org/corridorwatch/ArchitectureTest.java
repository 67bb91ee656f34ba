package org.corridorwatch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the architecture honest: the maths packages never talk to GDAL. */
class ArchitectureTest {
    private static final Pattern GDAL_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?org\\.gdal\\b", Pattern.MULTILINE);
    private static final List<String> PURE_PACKAGES = List.of("change", "sites");

    static List<String> offenders(Path sourceRoot) {
        List<String> bad = new ArrayList<>();
        for (String pkg : PURE_PACKAGES) {
            Path dir = sourceRoot.resolve("org/corridorwatch").resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    try {
                        String src = Files.readString(f);
                        if (GDAL_IMPORT.matcher(src).find() || src.contains("org.gdal.")) {
                            bad.add(sourceRoot.relativize(f).toString());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bad;
    }

    private static Path mainSources() {
        Path p = TestSupport.repoRoot().resolve("pipeline/src/main/java");
        assertTrue(Files.isDirectory(p), "main sources not found at " + p);
        return p;
    }

    @Test
    void changeAndSitesNeverImportGdal() {
        List<String> bad = offenders(mainSources());
        assertTrue(bad.isEmpty(), "change/ and sites/ are pure maths and must not use org.gdal: " + bad);
    }

    @Test
    void theCheckCatchesAnOffender(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("org/corridorwatch/change/sub"));
        Files.writeString(dir.resolve("Bad.java"), "package x;\nimport org.gdal.gdal.gdal;\nclass Bad {}\n");
        Files.writeString(dir.resolve("Good.java"), "package x;\nimport java.util.List;\nclass Good {}\n");
        assertTrue(offenders(tmp).equals(List.of("org/corridorwatch/change/sub/Bad.java")), offenders(tmp).toString());
    }

    @Test
    void changePackageExists() {
        assertTrue(Files.isDirectory(mainSources().resolve("org/corridorwatch/change")));
    }
}
