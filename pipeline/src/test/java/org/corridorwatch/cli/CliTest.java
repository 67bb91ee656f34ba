package org.corridorwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/** Runs the real command line with captured output. */
public class CliTest {
    /** Exit code and captured output of one CLI run. */
    public record Run(int exitCode, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionNamesGdalJtsAndJava() {
        Run r = run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("GDAL 3.6."), r.out());
        assertTrue(r.out().contains("JTS 1.19"), r.out());
        assertTrue(r.out().contains("Java 17"), r.out());
    }

    @Test
    void helpListsExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("usage error"), r.out());
        assertTrue(r.out().contains("doctor"), r.out());
    }

    @Test
    void doctorPassesOnThisMachine() {
        Run r = run("doctor");
        assertEquals(0, r.exitCode(), r.out());
        for (String driver : new String[] {"GTiff", "COG", "GPKG", "GeoJSON", "KML", "VRT", "MEM", "JP2OpenJPEG",
            "SENTINEL2", "round trip"}) {
            assertTrue(r.out().contains(driver), driver + " missing from\n" + r.out());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("doctor", "--no-such-option");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }
}
