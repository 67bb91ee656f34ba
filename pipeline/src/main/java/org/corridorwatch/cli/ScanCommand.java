package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.scan.ScanSummary;
import org.corridorwatch.scan.ScanRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch scan}: burn-scar change between two dates becomes ranked candidate sites. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scans a before/after pair along the corridors (or over an area) for burn scars and writes "
                + "ranked candidate sites: candidates.geojson, tiles.geojson, evidence/burn.tif and run.json in --out.",
            "Exits 0 when the scan completed (even with no candidate), 3 for unreadable scenes, missing bands or an unreadable --roads file, "
                + "4 for a bad configuration, 6 when --out holds a previous run or is not writable, "
                + "7 when the scenes do not overlap each other or any corridor, or every tile is clouded."})
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--before", required = true, paramLabel = "SCENE", description = "Before-date scene (anything GDAL opens).")
    Path before;

    @Option(names = "--after", required = true, paramLabel = "SCENE", description = "After-date scene.")
    Path after;

    @ArgGroup(exclusive = true)
    Area area;

    /** Where to scan: corridors or an area of interest. */
    static final class Area {
        @Option(names = "--corridor", paramLabel = "ID", description = "Corridor id or alias, or 'all' (the default).")
        String corridor;

        @Option(names = "--aoi", paramLabel = "FILE.geojson|scene",
                description = "Scan an area instead of corridors: a GeoJSON polygon (WGS84), or 'scene' for the whole overlap.")
        String aoi;
    }

    @Mixin
    CommonOptions.Config config;

    @Option(names = "--sensor", paramLabel = "PROFILE", description = "Force a sensor profile of config/sensors.yaml (default: detected from band descriptions).")
    String sensor;

    @Mixin
    CommonOptions.Corridors corridors;

    @Mixin
    CommonOptions.Threads threads;

    @Option(names = "--roads", paramLabel = "FILE", description = "Road data the corridors' roads are built from: an "
            + "OpenStreetMap extract (.osm.pbf, .osm) or a GDAL line layer (GPKG, Shapefile, GeoJSON, FlatGeobuf); "
            + "default: roads.file of the configuration, else the configured lines. See docs/roads.md.")
    Path roadsFile;


    @Mixin
    CommonOptions.Out out;

    @Mixin
    CommonOptions.Overwrite overwrite;

    @Option(names = "--firms", arity = "1..*", paramLabel = "FILE",
            description = "FIRMS fire detections (VIIRS/MODIS CSV, FIRMS JSON, or the FIRMS shapefile .zip as downloaded), one or more files: detections near a "
                    + "site between the two dates raise its score and narrow its event date.")
    List<Path> firms = List.of();

    @Option(names = "--decisions", paramLabel = "FILE", description = "Decision store (decisions.sqlite): candidates near a "
            + "rejected site of the same pattern are marked suppressed_by and not flagged; near a confirmed one, known_incident.")
    Path decisions;

    @Option(names = "--no-chips", description = "Skip the evidence chips (PNG per candidate); report.html then shows no images.")
    boolean noChips;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        int n = threads.orCores();
        boolean aoiScene = area != null && "scene".equalsIgnoreCase(area.aoi);
        Path aoi = area != null && area.aoi != null && !aoiScene ? Path.of(area.aoi) : null;
        String corridor = area != null && area.corridor != null ? area.corridor : "all";
        ScanRequest request = ScanRequest.builder(before, after, out.out).corridor(corridor).aoi(aoi).aoiScene(aoiScene)
                .bufferM(corridors.bufferM()).configFile(config.config).corridorsFile(corridors.corridorsFile)
                .placesFile(corridors.placesFile).roadsFile(roadsFile).sensor(sensor).threads(n).overwrite(overwrite.overwrite).decisions(decisions)
                .noChips(noChips).firms(firms).build();
        ScanSummary s = ScanJob.run(request, pw, TerminalProgress.forOutput(pw));
        pw.printf(Locale.ROOT, "%d tiles (%d scored, %d masked, %d no data, %d failed), %s, %d candidates, %d flagged, %.1f s%n",
                s.tiles(), s.scored(), s.masked(), s.noData(), s.failed(),
                s.corridorKm() > 0 ? String.format(Locale.ROOT, "%.1f corridor km", s.corridorKm())
                        : String.format(Locale.ROOT, "%.1f km²", s.areaKm2()),
                s.candidates(), s.flagged(), s.elapsed().toMillis() / 1000.0);
        pw.printf("Outputs in %s: report.html, candidates.geojson/.gpkg/.kml/.csv (open in QGIS or Google Earth), %s"
                + "tiles.geojson, evidence/burn.tif, run.json%n", s.out(), noChips ? "" : "chips/, ");
        pw.flush();
        // some tiles failed (e.g. a damaged block of a scene): the rest is scanned, but not a clean success
        return s.failed() > 0 ? ExitCode.NIGHTLY_PARTIAL.code() : ExitCode.OK.code();
    }
}
