package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridorwatch.model.ConfigException;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.samples.RoadCourse;
import org.corridorwatch.samples.SampleGenerator;
import org.corridorwatch.samples.SampleRecipe;
import org.corridorwatch.samples.SampleRequest;
import org.corridorwatch.samples.Sensor;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch samples generate}: writes one synthetic before/after pair with its truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes before.tif, after.tif, truth.geojson, firms.csv and README.md into --out: a "
                + "synthetic before/after pair (deterministic for a given --seed) with every planted feature "
                + "in the truth file.",
            "Location: a corridor segment (--corridor ID --from-km A --to-km B) or a WGS84 box (--bbox W,S,E,N); "
                + "default: rn1-senegal km 100-106. --size-px W H fixes the size around the centre."})
final class SamplesGenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sensor", required = true, description = "sentinel2, planetscope or highres.")
    Sensor sensor;

    @Mixin
    CommonOptions.Out output;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--case", defaultValue = "default",
            description = "What to plant: default, attack-13sep, attack-14sep-large, bushfires-small-attack, "
                    + "wrecks-queue, no-change, mostly-cloudy (default: ${DEFAULT-VALUE}), or a sweep case "
                    + "'sweep:ground=laterite,season=dry,ha=0.5,lookalikes=flood+resurfacing' (docs/samples.md).")
    String caseName;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Where where;

    static final class Where {
        @ArgGroup(exclusive = false, multiplicity = "1")
        Segment segment;

        @Option(names = "--bbox", split = ",", arity = "1", paramLabel = "W,S,E,N",
                description = "WGS84 box in degrees.")
        double[] bbox;
    }

    static final class Segment {
        @Option(names = "--corridor", required = true, description = "Corridor id or alias (e.g. RN1, RN7).")
        String corridor;

        @Option(names = "--from-km", required = true, description = "Start chainage, km from the corridor origin.")
        double fromKm;

        @Option(names = "--to-km", required = true, description = "End chainage, km.")
        double toKm;
    }

    @Option(names = "--size-px", arity = "2", paramLabel = "N", description = "Scene width and height in pixels.")
    int[] sizePx;

    @Mixin
    CommonOptions.Overwrite overwrite;

    @Option(names = "--no-cog", negatable = false,
            description = "Write plain tiled GeoTIFFs instead of Cloud-Optimized GeoTIFFs (no overviews).")
    boolean noCog;

    @Option(names = "--road-course", defaultValue = "configured", paramLabel = "KIND",
            description = "Where the drawn road runs: configured (the corridor line, default) or meander (its own "
                    + "course, up to --road-offset-m from the line, sometimes crossing it; truth.geojson gets the "
                    + "true road as class 'road').")
    String roadCourse;

    @Option(names = "--road-offset-m", defaultValue = "300", paramLabel = "M",
            description = "With --road-course meander: largest offset of the road from the corridor line, "
                    + "10-12000 m (default: ${DEFAULT-VALUE}).")
    double roadOffsetM;

    @Option(names = "--road-track", description = "With --road-course meander: a second unpaved track 150-400 m beside the road.")
    boolean roadTrack;

    @Option(names = "--road-clouds", defaultValue = "0", paramLabel = "N",
            description = "With --road-course meander: N clouds over the road in the before date (default: 0).")
    int roadClouds;

    @Option(names = "--road-bypass", description = "With --road-course meander: a straight bypass in the after date only.")
    boolean roadBypass;

    @Override
    public Integer call() {
        if (where != null && where.bbox != null && where.bbox.length != 4) {
            throw new ConfigException("--bbox needs 4 numbers W,S,E,N", "e.g. --bbox -8.10,13.70,-8.02,13.78");
        }
        SampleRecipe.forCase(caseName);
        if (!roadCourse.equals("configured") && !roadCourse.equals("meander")) {
            throw new ConfigException("unknown --road-course '" + roadCourse + "'", "use configured or meander");
        }
        RoadCourse course = new RoadCourse(roadCourse.equals("meander"), roadOffsetM, roadTrack, roadClouds, roadBypass);
        SampleRequest req = new SampleRequest(sensor, caseName, seed,
                where != null && where.segment != null ? where.segment.corridor : null,
                where != null && where.segment != null ? where.segment.fromKm : Double.NaN,
                where != null && where.segment != null ? where.segment.toKm : Double.NaN,
                where != null ? where.bbox : null, sizePx, output.out, overwrite.overwrite, !noCog, commandLine(), course);
        PrintWriter pw = spec.commandLine().getOut();
        SampleGenerator.Result r = SampleGenerator.generate(req, TerminalProgress.forOutput(pw));
        pw.printf(Locale.ROOT, "wrote %s (%s) in %.1f s%n", r.dir(), r.grid(), r.seconds());
        pw.printf("planted: %s; firms.csv: %d detections%n", r.featureCounts(), r.firmsRows());
        pw.flush();
        return ExitCode.OK.code();
    }

    /** The canonical command line that regenerates this sample. */
    private String commandLine() {
        List<String> a = new ArrayList<>(List.of("./corridorwatch", "samples", "generate", "--sensor",
                sensor.cliName(), "--case", caseName, "--seed", Long.toString(seed)));
        if (where != null && where.segment != null) {
            a.addAll(List.of("--corridor", where.segment.corridor, "--from-km", num(where.segment.fromKm), "--to-km",
                    num(where.segment.toKm)));
        } else if (where != null && where.bbox != null) {
            a.addAll(List.of("--bbox", num(where.bbox[0]) + "," + num(where.bbox[1]) + "," + num(where.bbox[2]) + ","
                    + num(where.bbox[3])));
        }
        if (sizePx != null) {
            a.addAll(List.of("--size-px", Integer.toString(sizePx[0]), Integer.toString(sizePx[1])));
        }
        if (roadCourse.equals("meander")) {
            a.addAll(List.of("--road-course", "meander", "--road-offset-m", num(roadOffsetM)));
            if (roadTrack) {
                a.add("--road-track");
            }
            if (roadClouds > 0) {
                a.addAll(List.of("--road-clouds", Integer.toString(roadClouds)));
            }
            if (roadBypass) {
                a.add("--road-bypass");
            }
        }
        if (noCog) {
            a.add("--no-cog");
        }
        a.addAll(List.of("--out", output.out.toString()));
        return String.join(" ", a);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
