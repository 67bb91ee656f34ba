package org.corridorwatch.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to scan; built by the CLI from its options. {@code tiles}: ids of the planned tiles to scan
 * (null = all; the nightly job scans each pair over the tiles that chose it). With a tile filter the
 * pair is read on the after scene's grid, where those tiles were planned.
 */
public record ScanRequest(Path before, Path after, String corridor, Path aoi, boolean aoiScene, Path configFile,
                      Path corridorsFile, Path placesFile, String sensor, int threads, Path out, boolean overwrite,
                      double bufferM, Path decisions, boolean noChips, List<Path> firms, Set<String> tiles) {
    public ScanRequest {
        firms = firms == null ? List.of() : List.copyOf(firms);
        tiles = tiles == null ? null : Set.copyOf(tiles);
    }

    public ScanRequest(Path before, Path after, String corridor, Path aoi, boolean aoiScene, Path configFile,
                   Path corridorsFile, Path placesFile, String sensor, int threads, Path out, boolean overwrite,
                   double bufferM, Path decisions, boolean noChips, List<Path> firms) {
        this(before, after, corridor, aoi, aoiScene, configFile, corridorsFile, placesFile, sensor, threads, out, overwrite,
                bufferM, decisions, noChips, firms, null);
    }
}
