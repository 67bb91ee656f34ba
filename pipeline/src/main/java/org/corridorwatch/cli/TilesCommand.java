package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.roads.CorridorRoads;
import org.corridorwatch.roads.RoadsParameters;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.Gazetteer;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.model.Tile;
import org.corridorwatch.geo.TilePlanParameters;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.NoOverlapException;
import org.corridorwatch.model.OutputException;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.SceneProjection;
import org.corridorwatch.raster.ValidFootprint;
import org.corridorwatch.report.TilesGeoJson;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch tiles}: the tile plan of one scene along the corridors. */
@Command(name = "tiles", mixinStandardHelpOptions = true,
        description = {"Plans the tiles of a scene: windows of its pixel grid that intersect a buffered corridor "
                + "and the scene's valid data. Prints the number of tiles, the area and the corridor km they cover; "
                + "writes them as GeoJSON with --out.",
            "Exits 3 for an unreadable or ungeoreferenced scene or --roads file, 4 for a bad corridor/places file or option, "
                + "6 when the output exists, 7 when no tile intersects a corridor."})
final class TilesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scene", required = true, paramLabel = "FILE", description = "Georeferenced raster (GeoTIFF, VRT...).")
    Path scene;

    @Option(names = "--corridor", paramLabel = "ID", defaultValue = "all",
            description = "Corridor id or alias, or 'all' (default: ${DEFAULT-VALUE}).")
    String corridor;


    @Option(names = "--tile-size", paramLabel = "PX", defaultValue = "512", description = "Tile size in pixels (default: ${DEFAULT-VALUE}).")
    int tileSize;

    @Option(names = "--overlap", paramLabel = "PX", defaultValue = "32", description = "Overlap of neighbouring tiles in pixels (default: ${DEFAULT-VALUE}).")
    int overlap;

    @Mixin
    CommonOptions.Corridors corridors;

    @Mixin
    CommonOptions.OptionalOut output;

    @Option(names = "--roads", paramLabel = "FILE", description = "Road data the corridors' roads are built from (OSM "
            + ".osm.pbf/.osm or a GDAL line layer); tiles then follow the road. See docs/roads.md.")
    Path roadsFile;


    @Mixin
    CommonOptions.Overwrite overwrite;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        CommonOptions.checkTiling(spec, tileSize, overlap);
        Path out = output.out;
        TilePlanParameters params = new TilePlanParameters(tileSize, overlap, corridors.bufferM());
        CorridorCatalog catalog = CorridorCatalog.loadOrDefault(corridors.corridorsFile);
        List<Corridor> selected = catalog.select(corridor);
        Gazetteer places = Gazetteer.loadOrDefault(corridors.placesFile);
        if (roadsFile != null) {
            CorridorRoads roads = CorridorRoads.load(roadsFile, selected, RoadsParameters.of(ScanConfig.loadDefault().roads()),
                    ScanConfig.loadDefault().roads().attribution());
            roads.report().forEach(pw::println);
            selected = roads.applyTo(catalog).select(corridor);
        }
        if (out != null && Files.exists(out) && !overwrite.overwrite) {
            throw new OutputException(out, "exists", "use --overwrite or choose another --out");
        }
        GridGeometry grid;
        try (GdalScene s = GdalScene.open(scene)) {
            grid = s.grid();
        }
        Projection crs = SceneProjection.of(grid);
        Geometry valid = ValidFootprint.of(scene);
        List<Tile> tiles = TilePlanner.plan(grid, crs, valid, selected, params, places);
        String names = selected.stream().map(c -> c.id() + " (buffer " + Math.round(params.bufferFor(c)) + " m)")
                .collect(Collectors.joining(", "));
        if (tiles.isEmpty()) {
            boolean nearCorridor = !TilePlanner.plan(grid, crs, null, selected, params, null).isEmpty();
            throw new NoOverlapException(scene, nearCorridor
                    ? "the scene's valid data does not reach the buffered corridor(s) " + names + ": 0 tiles"
                    : "the scene does not intersect the buffered corridor(s) " + names + ": 0 tiles",
                    nearCorridor ? "the scene is nodata along the road; pick another scene"
                            : "check where the scene is (gdalinfo), the --corridor choice, or widen --buffer-m");
        }
        pw.printf("scene %s: %s%n", scene, grid);
        pw.printf("corridors: %s%n", names);
        pw.printf(Locale.ROOT, "tiles: %d (%d px, overlap %d px), area covered %.1f km2, corridor km covered %.1f (%s)%n",
                tiles.size(), tileSize, overlap, TilePlanner.areaKm2(tiles), TilePlanner.corridorKmCovered(tiles),
                String.join(", ", TilePlanner.coveredRanges(tiles)));
        if (out != null) {
            TilesGeoJson.writePlan(out, tiles, scene.toString());
            pw.printf("wrote %s%n", out);
        }
        pw.flush();
        return ExitCode.OK.code();
    }
}
