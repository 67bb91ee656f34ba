package org.corridorwatch.scan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.raster.Sentinel2Product;

/**
 * The "open" stage: both scenes opened once, the sensor profile and bands resolved (the after date decides the
 * profile), acquisition dates read, and the pair aligned on one grid. Closing it closes the pair.
 *
 * @param beforeDate ISO date of the before scene, or "" when the file does not say
 * @param afterDate  ISO date of the after scene, or ""
 */
public record OpenedPair(ScenePair pair, SceneBands beforeBands, SceneBands afterBands, String beforeDate,
                         String afterDate) implements AutoCloseable {

    /**
     * Opens the pair of a request. A Sentinel-2 product (a {@code .SAFE} folder, its {@code MTD_MSIL2A.xml} or zip) is
     * read through the stack of its bands written to {@code inputs/ROLE.vrt} in {@code out}.
     */
    public static OpenedPair open(ScanRequest request, Path out, PrintWriter log) {
        Path before = readable(request.before(), out, "before", log);
        Path after = readable(request.after(), out, "after", log);
        SceneBands afterBands;
        SceneBands beforeBands;
        String beforeDate;
        String afterDate;
        try (GdalScene b = GdalScene.open(before); GdalScene a = GdalScene.open(after)) {
            afterBands = SceneBands.detect(a, request.sensors(), request.sensor());
            beforeBands = SceneBands.resolve(b, afterBands.profile());
            beforeDate = b.acquisitionDate();
            afterDate = a.acquisitionDate();
            for (GdalScene s : List.of(b, a)) {
                s.openWarnings().forEach(w -> log.printf("scan: warning: GDAL opening %s said: %s%n", s.path(), w));
            }
        }
        if (!beforeDate.isEmpty() && !afterDate.isEmpty() && beforeDate.compareTo(afterDate) > 0) {
            throw new InputDataException(request.before(), "is dated " + beforeDate + ", after the after scene ("
                    + afterDate + ")", "swap --before and --after");
        }
        ScenePair pair = ScenePair.open(before, after, scl(beforeBands), scl(afterBands), request.tiles() != null);
        return new OpenedPair(pair, beforeBands, afterBands, beforeDate, afterDate);
    }

    private static Path readable(Path scene, Path out, String role, PrintWriter log) {
        Path raster = Sentinel2Product.readable(scene, out.resolve("inputs").resolve(role + ".vrt"));
        if (!raster.equals(scene)) {
            log.printf("scan: %s is a Sentinel-2 product: its bands are read through %s%n", scene, raster);
        }
        return raster;
    }

    private static int scl(SceneBands b) {
        return b.has(BandRole.SCL) ? b.index(BandRole.SCL) : -1;
    }

    /** Both dates have SWIR2: the change index is dNBR; otherwise the relative NIR drop. */
    public boolean swir() {
        return beforeBands.profile().hasSwir() && beforeBands.has(BandRole.SWIR2) && afterBands.has(BandRole.SWIR2);
    }

    /** Name of the change index the evidence is built from. */
    public String changeIndex() {
        return swir() ? "dNBR" : "dNIR";
    }

    public GridGeometry grid() {
        return pair.grid();
    }

    @Override
    public void close() {
        pair.close();
    }
}
