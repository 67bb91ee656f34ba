package org.corridorwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridorwatch.model.ExitCode;
import org.corridorwatch.raster.GdalDoctor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corridorwatch doctor}: is this machine ready to run scans? */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks the GDAL native library, the GDAL drivers the pipeline needs and a GeoTIFF "
                + "write/read round trip; prints OK/MISSING with the fix for each.",
            "Exits 0 when everything is OK, 5 otherwise."})
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tmp", description = "Directory for the round-trip test file (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:java.io.tmpdir}")
    Path tmp;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GdalDoctor.Check> checks = GdalDoctor.run(tmp);
        int width = checks.stream().mapToInt(c -> c.name().length()).max().orElse(10);
        boolean allOk = true;
        for (GdalDoctor.Check c : checks) {
            out.printf("%-7s %-" + width + "s  %s%n", c.ok() ? "OK" : "MISSING", c.name(), c.detail());
            if (!c.ok()) {
                out.printf("        %" + width + "s  fix: %s%n", "", c.fix());
                allOk = false;
            }
        }
        out.println(allOk ? "All checks passed." : "Some checks failed: see the fixes above.");
        out.flush();
        return allOk ? ExitCode.OK.code() : ExitCode.ENVIRONMENT.code();
    }
}
