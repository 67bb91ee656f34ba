package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.TestSupport;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.raster.GdalScene;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Committed samples are reproducible from their README command and carry full georeferencing. */
class CommittedSampleTest {
    @TempDir
    Path tmp;

    /** Runs the command recorded in a small committed sample into a temporary folder: identical pixels. */
    @ParameterizedTest
    @ValueSource(strings = {"no-change", "mostly-cloudy", "highres-wreck-line"})
    void regeneratingReproducesIdenticalPixels(String name) throws Exception {
        Path dir = TestSupport.repoRoot().resolve("imagery-samples").resolve(name);
        String command = new ObjectMapper().readTree(dir.resolve("truth.geojson").toFile()).at("/scene/command")
                .asText();
        assertTrue(Files.readString(dir.resolve("README.md")).contains(command), "README lacks the command");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.remove(0); // ./corridorwatch
        int out = args.indexOf("--out");
        args.set(out + 1, tmp.resolve(name).toString());
        CliTest.Run r = CliTest.run(args.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r.err());
        for (String f : List.of("before.tif", "after.tif")) {
            try (GdalScene committed = GdalScene.open(dir.resolve(f));
                 GdalScene fresh = GdalScene.open(tmp.resolve(name).resolve(f))) {
                assertTrue(committed.grid().sameGridAs(fresh.grid()));
                int w = committed.grid().width();
                int h = committed.grid().height();
                for (int b = 0; b < committed.bandCount(); b++) {
                    assertArrayEquals(committed.read(0, 0, w, h, b).bands()[0], fresh.read(0, 0, w, h, b).bands()[0],
                            name + "/" + f + " band " + committed.bandNames().get(b));
                }
            }
        }
        assertEquals(Files.readString(dir.resolve("truth.geojson")).replace(dir.toString(), ""),
                Files.readString(tmp.resolve(name).resolve("truth.geojson"))
                        .replace(tmp.resolve(name).toString(), "imagery-samples/" + name)
                        .replace(dir.toString(), ""));
        assertEquals(Files.readString(dir.resolve("firms.csv")), Files.readString(tmp.resolve(name).resolve("firms.csv")));
    }

    /** What `gdalinfo` must show for every committed sample: CRS, geotransform, nodata, band descriptions. */
    @ParameterizedTest
    @ValueSource(strings = {"rn1-kolokani-didieni", "rn1-kaniera-lakamane", "rn7-bougouni-bushfires",
        "planetscope-wrecks-queue", "highres-wreck-line", "no-change", "mostly-cloudy"})
    void everySampleIsGeoreferencedWithNodataAndBandNames(String name) {
        Path dir = TestSupport.repoRoot().resolve("imagery-samples").resolve(name);
        for (String f : List.of("before.tif", "after.tif")) {
            try (GdalScene s = GdalScene.open(dir.resolve(f))) {
                assertTrue(s.grid().epsg() == 32629 || s.grid().epsg() == 32630, name + " CRS");
                assertTrue(s.grid().isNorthUp());
                for (int b = 0; b < s.bandCount(); b++) {
                    assertEquals(0.0, s.nodata(b), name + " nodata of band " + b);
                    assertFalse(s.bandNames().get(b).startsWith("Band "), name + " band description " + b);
                }
            }
        }
        assertTrue(Files.exists(dir.resolve("firms.csv")) && Files.exists(dir.resolve("README.md")));
    }
}
