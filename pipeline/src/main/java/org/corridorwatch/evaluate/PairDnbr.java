package org.corridorwatch.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.GridWarp;
import org.corridorwatch.raster.SceneBands;

/**
 * Plain dNBR = NBR(before) − NBR(after), NBR = (NIR − SWIR2) / (NIR + SWIR2), of a finished scan's two input
 * files on a mask's grid (bilinear where the grids differ): the input of {@link DnbrReference}. The band roles
 * and reflectance offsets are those of the sensor profile the scan recorded for each input.
 */
final class PairDnbr {
    /** The dNBR on the grid, or why there is none. */
    record Result(float[] dnbr, String unavailable) {
    }

    private PairDnbr() {
    }

    static Result onGrid(JsonNode run, GridGeometry grid) {
        JsonNode inputs = run.path("inputs");
        float[] before;
        float[] after;
        try {
            before = nbr(inputs.path("before"), grid);
            after = nbr(inputs.path("after"), grid);
        } catch (NotSingleFile e) {
            return new Result(null, e.getMessage());
        } catch (CorridorWatchException | IllegalArgumentException e) {
            return new Result(null, "the inputs could not be read: " + e.getMessage());
        }
        float[] d = new float[before.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = before[i] - after[i];
        }
        return new Result(d, null);
    }

    private static float[] nbr(JsonNode input, GridGeometry grid) {
        Path path = Path.of(input.path("path").asText(""));
        if (!Files.isRegularFile(path)) {
            throw new NotSingleFile("the scan's input " + path + " is not one raster file on this machine");
        }
        try (GdalScene scene = GdalScene.open(path)) {
            SceneBands bands = SceneBands.resolve(scene,
                    SensorProfiles.loadDefault().get(input.path("sensor_profile").asText("")));
            if (!bands.has(BandRole.NIR) || !bands.has(BandRole.SWIR2)) {
                throw new NotSingleFile(path + " has no NIR and SWIR2 bands: no dNBR");
            }
            float[] nir = reflectance(path, bands, BandRole.NIR, grid);
            float[] swir = reflectance(path, bands, BandRole.SWIR2, grid);
            float[] out = new float[nir.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (nir[i] - swir[i]) / (nir[i] + swir[i]);
            }
            return out;
        }
    }

    private static float[] reflectance(Path path, SceneBands bands, BandRole role, GridGeometry grid) {
        float[] dn = GridWarp.read(path, bands.index(role), grid, "bilinear");
        for (int i = 0; i < dn.length; i++) {
            dn[i] = Float.isNaN(dn[i]) ? Float.NaN : bands.reflectance(role, dn[i]);
        }
        return dn;
    }

    /** An input the reference is not computed for (a product folder, a band set without SWIR2). */
    private static final class NotSingleFile extends RuntimeException {
        NotSingleFile(String message) {
            super(message);
        }
    }
}
