package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.model.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch corridors}: the configured corridors with their lengths. */
@Command(name = "corridors", mixinStandardHelpOptions = true,
        description = {"Lists the configured corridors: id, aliases, geodesic length of the configured line (km) "
                + "and default buffer (half-width, m).",
            "Exits 4 when the corridor file is invalid."})
final class CorridorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corridors", paramLabel = "FILE",
            description = "Corridor file: GeoJSON, or KML/KMZ from Google Earth (default: config/corridors.geojson).")
    Path corridors;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CorridorCatalog catalog = CorridorCatalog.loadOrDefault(corridors);
        out.printf("corridors in %s%n", catalog.file());
        int idWidth = "id".length();
        int aliasWidth = "aliases".length();
        for (Corridor c : catalog.corridors()) {
            idWidth = Math.max(idWidth, c.id().length());
            aliasWidth = Math.max(aliasWidth, String.join(",", c.aliases()).length());
        }
        String row = "%-" + idWidth + "s  %-" + aliasWidth + "s  %9s  %8s  %8s  %s%n";
        out.printf(row, "id", "aliases", "length km", "buffer m", "vertices", "name");
        String values = "%-" + idWidth + "s  %-" + aliasWidth + "s  %9.1f  %8.0f  %8d  %s%n";
        for (Corridor c : catalog.corridors()) {
            var first = c.lineWgs84().getCoordinateN(0);
            double km = MetricCorridor.of(c, Projections.utmFor(first.x, first.y)).lengthKm();
            out.printf(java.util.Locale.ROOT, values, c.id(), String.join(",", c.aliases()),
                    km, c.defaultBufferM(), c.lineWgs84().getNumPoints(), c.name());
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
