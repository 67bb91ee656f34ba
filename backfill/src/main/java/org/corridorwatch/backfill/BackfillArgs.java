package org.corridorwatch.backfill;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.corridorwatch.model.EnvironmentException;
import org.corridorwatch.nightly.NightlyLog;
import org.corridorwatch.nightly.StacPairPlan;

/**
 * The command line of {@code backfill}: the pairs from {@code --pairs PAIRS.csv}, or planned from a STAC API
 * ({@code --stac URL --collection C --from DATE --to DATE}) by the nightly's own search and per-tile pairing
 * ({@link StacPairPlan}, in {@code DIR/stac-plan/}, a nightly workspace that is never scanned).
 */
record BackfillArgs(String pairs, String out, String master, String config, String stac, String collection, LocalDate from,
                    LocalDate to, int pairsInFlight) {
    static final String USAGE = "usage: backfill (--pairs PAIRS.csv | --stac URL --collection C --from YYYY-MM-DD --to YYYY-MM-DD)"
            + " --out DIR [--master local[N]|spark://HOST:PORT] [--config FILE] [--pairs-in-flight N]";

    /** What {@code backfill --help} prints (standard output, exit 0). */
    static final String HELP = USAGE + "\n\n"
            + "Scans many before/after pairs on Apache Spark with the same tile function as scan; docs/scale.md.\n"
            + "  --pairs PAIRS.csv       header before,after (+ optional sensor, firms); paths or GDAL URLs\n"
            + "  --stac URL              plan the pairs from a STAC API with the nightly's pairing\n"
            + "  --collection C          the STAC collection (with --stac)\n"
            + "  --from, --to DATE       the acquisition dates searched (with --stac), YYYY-MM-DD\n"
            + "  --out DIR               DIR/pairs/<pair-id>/ as scan writes, candidates.parquet/, summary.json\n"
            + "  --master M              local[N] (default local[*]) or spark://HOST:PORT\n"
            + "  --config FILE           the scan configuration (default: config/corridorwatch.yaml)\n"
            + "  --pairs-in-flight N     pairs whose driver work runs at once (default: the executors' cores)\n"
            + "Exit codes: those of scan (docs/exit-codes.md); 2 for a usage error.";

    /** True when the arguments ask for help ({@code -h}, {@code --help}), whatever else they hold. */
    static boolean wantsHelp(String[] args) {
        return java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help"));
    }

    /** Thrown for a usage error (exit code 2): the message is the line to print. */
    static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    static BackfillArgs parse(String[] args) throws Usage {
        String pairs = null;
        String out = null;
        String master = null;
        String config = "";
        String stac = null;
        String collection = null;
        String from = null;
        String to = null;
        int inFlight = 0;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new Usage(args[i] + " needs a value; " + USAGE);
            }
            switch (args[i]) {
                case "--pairs" -> pairs = args[++i];
                case "--out" -> out = args[++i];
                case "--master" -> master = args[++i];
                case "--config" -> config = Path.of(args[++i]).toAbsolutePath().toString();
                case "--stac" -> stac = args[++i];
                case "--collection" -> collection = args[++i];
                case "--from" -> from = args[++i];
                case "--to" -> to = args[++i];
                case "--pairs-in-flight" -> inFlight = positive(args[++i]);
                default -> throw new Usage("unknown argument " + args[i] + "; " + USAGE);
            }
        }
        if (out == null || (pairs == null) == (stac == null)) {
            throw new Usage(USAGE);
        }
        if (stac != null && (collection == null || from == null || to == null)) {
            throw new Usage("--stac needs --collection, --from and --to; " + USAGE);
        }
        LocalDate f = stac == null ? null : date("--from", from);
        LocalDate t = stac == null ? null : date("--to", to);
        if (t != null && t.isBefore(f)) {
            throw new Usage("--to " + t + " is before --from " + f);
        }
        return new BackfillArgs(pairs, out, master, config, stac, collection, f, t, inFlight);
    }

    private static int positive(String v) throws Usage {
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new Usage("--pairs-in-flight " + v + " is not a whole number > 0");
    }

    private static LocalDate date(String option, String v) throws Usage {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new Usage(option + " " + v + " is not a date YYYY-MM-DD");
        }
    }

    /** The pairs to scan: read from the CSV, or planned from the STAC API (the plan's messages go to {@code log}). */
    List<PairSpec> specs(PrintWriter log) {
        if (pairs != null) {
            return PairsCsv.read(Path.of(pairs), config);
        }
        StacPairPlan.Result plan = StacPairPlan.plan(Path.of(out).resolve("stac-plan"), config.isEmpty() ? null : Path.of(config),
                stac, collection, from, to, NightlyLog.lines(log));
        if (plan.items() == 0 && !plan.problems().isEmpty()) {
            throw new EnvironmentException("the STAC search failed: " + plan.problems().get(0),
                    "check the URL and the network, then run the backfill again");
        }
        log.printf("backfill: planned %d pair(s) from %d STAC item(s) of %s, %s to %s%n", plan.pairs().size(), plan.items(),
                collection, from, to);
        return plan.pairs().stream().map(p -> new PairSpec(p.before().toString(), p.after().toString(), "", "", config,
                p.tileIds())).toList();
    }
}
