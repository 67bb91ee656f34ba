package org.corridorwatch.model;

/**
 * The documented process exit codes of every CorridorWatch command. The CLI prints this table in
 * {@code --help}; the README repeats it. Codes never change meaning once released.
 */
public enum ExitCode {
    OK(0, "success (a scan that finds no candidate is still a success)"),
    INTERNAL(1, "internal error: a bug in CorridorWatch (the stack trace is printed; please report it)"),
    USAGE(2, "usage error: unknown option, missing or malformed argument"),
    INPUT(3, "bad input data: unreadable or non-raster file, missing bands, no georeferencing, malformed GeoJSON/CSV"),
    CONFIG(4, "bad configuration: invalid config, corridor or places file, or option value out of range"),
    ENVIRONMENT(5, "environment problem: GDAL native library missing or mismatched, a required GDAL driver missing"),
    OUTPUT(6, "output problem: output exists (use --overwrite), directory not writable, disk full"),
    NO_OVERLAP(7, "nothing to process: scenes do not overlap each other or any selected corridor, or every tile is masked"),
    NIGHTLY_PARTIAL(8, "finished, but some tiles failed (scan: listed in tiles.geojson; nightly: tiles, pairs or the STAC search, in summary.json); the rest was scanned"),
    NOTHING_NEW(9, "nightly: nothing to do: no new scene and no unscanned pair in the workspace"),
    LOCKED(10, "nightly: another nightly run holds the workspace lock (wait for it, or pass --wait)"),
    WORKSPACE(11, "bad workspace: not a CorridorWatch workspace (run 'workspace init DIR'), or its folders or database are missing or unreadable");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
