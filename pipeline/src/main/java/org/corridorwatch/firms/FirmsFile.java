package org.corridorwatch.firms;

import java.util.List;

/**
 * What {@link FirmsReader} made of one file. Immutable.
 *
 * @param hotspots        the well-formed detections, in file order
 * @param rowsRead        data rows (CSV lines after the header, JSON records) seen, including skipped ones
 * @param rowsSkipped     malformed rows left out ({@code rowsRead - hotspots.size()})
 * @param skippedExamples up to {@link FirmsReader#MAX_EXAMPLES} "line N: reason" ("feature N: reason") messages
 * @param format          what the file was read as: "csv", "json", "geojson", "shapefile" (or another GDAL
 *                        driver's name, lower case), then the instruments found, e.g. "csv VIIRS", "json VIIRS", "csv MODIS", "csv VIIRS+MODIS", "csv (no rows)"
 */
public record FirmsFile(List<Hotspot> hotspots, int rowsRead, int rowsSkipped, List<String> skippedExamples,
                        String format) {
    public FirmsFile {
        hotspots = List.copyOf(hotspots);
        skippedExamples = List.copyOf(skippedExamples);
    }
}
