package org.corridorwatch.raster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.GridGeometry;
import org.gdal.gdal.gdal;

/** Checks that GDAL has every driver the pipeline uses and that a GeoTIFF round trip works. */
public final class GdalDoctor {

    /** One line of the doctor's table. */
    public record Check(String name, boolean ok, String detail, String fix) {
    }

    /** Drivers the pipeline needs, with what each is for. KML is satisfied by either KML driver. */
    static final List<String[]> DRIVERS = List.of(
            new String[] {"GTiff", "read/write GeoTIFF scenes and evidence"},
            new String[] {"COG", "write Cloud-Optimized GeoTIFF evidence"},
            new String[] {"GPKG", "write candidates.gpkg for QGIS"},
            new String[] {"GeoJSON", "read corridors, write candidates/tiles"},
            new String[] {"KML|LIBKML", "write candidates.kml for Google Earth"},
            new String[] {"VRT", "read band-file stacks, warp on the fly"},
            new String[] {"MEM", "in-memory rasters for resampling"},
            new String[] {"JP2OpenJPEG", "read Sentinel-2 JPEG2000 bands"},
            new String[] {"SENTINEL2", "open Sentinel-2 L2A products"});

    private GdalDoctor() {
    }

    public static List<Check> run(Path workDir) {
        List<Check> checks = new ArrayList<>();
        String version;
        try {
            version = GdalRuntime.ensureLoaded();
        } catch (CorridorWatchException e) {
            checks.add(new Check("GDAL native library", false, e.getMessage(), e.hint()));
            return checks;
        }
        checks.add(new Check("GDAL native library", true, "GDAL " + version + " (Java classes "
                + org.corridorwatch.model.BuildInfo.gdalJavaVersion() + ")", ""));
        for (String[] d : DRIVERS) {
            String found = null;
            for (String name : d[0].split("\\|")) {
                if (found == null && gdal.GetDriverByName(name) != null) {
                    found = name;
                }
            }
            checks.add(new Check("driver " + d[0], found != null, found != null ? found + ": " + d[1] : d[1],
                    "install a GDAL built with the " + d[0] + " driver (Debian/Ubuntu: apt-get install gdal-bin libgdal-dev)"));
        }
        checks.add(roundTrip(workDir));
        return checks;
    }

    private static Check roundTrip(Path workDir) {
        String name = "GeoTIFF write/read round trip";
        Path dir = null;
        try {
            dir = Files.createTempDirectory(workDir, "cw-doctor");
            Path tif = dir.resolve("doctor.tif");
            GridGeometry grid = GridGeometry.northUp(8, 6, 500000, 1500000, 10, 10,
                    CrsWkt.ofEpsg(32629), 32629);
            float[] values = new float[8 * 6];
            for (int i = 0; i < values.length; i++) {
                values[i] = i;
            }
            values[3] = 65535;
            try (GeoTiffWriter w = GeoTiffWriter.create(tif, grid, GeoTiffWriter.PixelType.UINT16,
                    List.of("B04"), 65535, false)) {
                w.write(0, 0, 0, 8, 6, values);
                w.commit();
            }
            try (GdalScene s = GdalScene.open(tif)) {
                RasterWindow win = s.read(2, 1, 4, 4, 0);
                boolean ok = s.grid().epsg() == 32629 && win.band(0)[0] == 10f && Float.isNaN(s.read(3, 0, 1, 1, 0).band(0)[0])
                        && "B04".equals(s.bandNames().get(0));
                return new Check(name, ok, ok ? "EPSG:32629, values, nodata and band description survive" : "values differ",
                        "GDAL's GTiff driver is broken: reinstall gdal-bin/libgdal");
            }
        } catch (IOException | RuntimeException e) {
            return new Check(name, false, String.valueOf(e.getMessage()), "check that " + workDir + " is writable");
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // temp dir; the OS cleans it
                }
            }
        }
    }
}
