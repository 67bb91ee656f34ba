package org.corridorwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridorwatch.evaluate.RunEvaluation;
import org.corridorwatch.evaluate.SiteMatcher;
import org.corridorwatch.model.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corridorwatch evaluate}: a run against ground truth; writes DIR/evaluation.json. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Compares a finished scan with ground truth: site recall/precision of flagged candidates, false "
                + "alarms per 100 km of corridor, localisation error and a precision-recall curve (--truth); pixel F1/IoU "
                + "of evidence/burn.tif against a burned-area mask (--mask). Writes DIR/evaluation.json.",
            "Exits 3 when the run, truth or mask cannot be read."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The --out folder of a finished scan.")
    Path run;

    @Option(names = "--truth", paramLabel = "FILE", description = "truth.geojson (features with properties.class; 'attack' is the target).")
    Path truth;

    @Option(names = "--mask", paramLabel = "FILE", description = "Burned-area mask raster (1 = burned).")
    Path mask;

    @Option(names = "--match-m", paramLabel = "M", defaultValue = "" + SiteMatcher.DEFAULT_MATCH_DISTANCE_M,
            description = "A truth site is found when a flagged candidate lies within this distance (default: ${DEFAULT-VALUE}).")
    double matchM;

    @Override
    public Integer call() {
        if (truth == null && mask == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --truth, --mask or both");
        }
        ObjectNode e = RunEvaluation.evaluate(run, truth, mask, matchM);
        PrintWriter pw = spec.commandLine().getOut();
        if (truth != null) {
            pw.printf("sites: recall %s (%s of %s), precision %s (%s flagged), false alarms %s (%s per 100 km), "
                    + "localisation error %s m%n", e.get("recall"), e.get("found"), e.get("truth_sites"), e.get("precision"),
                    e.get("flagged"), e.get("false_alarms"), e.get("false_alarms_per_100km"), e.get("localisation_error_m"));
            e.get("classes").fields().forEachRemaining(c -> pw.printf("  %s: recall %s (%s of %s), %s flagged%n", c.getKey(),
                    c.getValue().get("recall"), c.getValue().get("found"), c.getValue().get("truth_sites"), c.getValue().get("flagged")));
            e.get("term_effect").fields().forEachRemaining(t -> pw.printf("  %s: recall %s, precision %s%s%n", t.getKey(),
                    t.getValue().get("recall"), t.getValue().get("precision"),
                    t.getValue().has("false_alarms") ? ", false alarms " + t.getValue().get("false_alarms") : ""));
            e.get("wreck_counts").forEach(w -> pw.printf("  wrecks at %s: %s found, %s in truth (error %s)%n",
                    w.get("truth_id").asText(), w.get("wreck_count_found"), w.get("wreck_count_truth"), w.get("wreck_count_error")));
            JsonNode causes = e.get("false_alarm_causes");
            if (causes.size() > 0) {
                pw.println("false alarms by truth class: " + causes);
            }
        }
        if (mask != null) {
            JsonNode p = e.get("pixels");
            pw.printf("pixels: F1 %s, IoU %s, precision %s, recall %s%n", p.get("pixel_f1"), p.get("pixel_iou"),
                    p.get("pixel_precision"), p.get("pixel_recall"));
            JsonNode r = p.get("dnbr_reference");
            if (r != null) {
                pw.printf("  best single dNBR threshold on these inputs: F1 %s at dNBR > %s (at dNBR > %s with t >= 0: %s);"
                        + " mean dNBR inside the mask %s, outside %s%s%n", r.get("best_f1"), r.get("best_threshold"),
                        r.get("best_threshold_at_least_0"), r.get("best_f1_threshold_at_least_0"), r.get("dnbr_inside"),
                        r.get("dnbr_outside"), r.get("shows_burn_signal").asBoolean() ? ""
                                : " (no burn signal: the images do not show this fire)");
            } else {
                pw.println("  no dNBR reference: " + p.path("dnbr_reference_unavailable").asText());
            }
        }
        pw.println("written: " + run.resolve("evaluation.json"));
        pw.flush();
        return ExitCode.OK.code();
    }
}
