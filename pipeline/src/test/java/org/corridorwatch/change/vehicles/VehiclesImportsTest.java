package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Test;

/** The vehicle maths stays pure: no GDAL, no AWT/ImageIO, no files. */
class VehiclesImportsTest {
    @Test
    void noIoOrGdalImports() throws IOException {
        Path dir = TestSupport.repoRoot().resolve("pipeline/src/main/java/org/corridorwatch/change/vehicles");
        assertTrue(Files.isDirectory(dir), dir.toString());
        List<String> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String src = Files.readString(f);
                    return src.contains("import org.gdal") || src.contains("import java.awt")
                            || src.contains("import javax.imageio") || src.contains("import java.nio.file");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
