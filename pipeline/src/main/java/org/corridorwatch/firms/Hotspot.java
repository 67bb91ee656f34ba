package org.corridorwatch.firms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One FIRMS active-fire detection (the centre of a fire pixel). Immutable.
 *
 * @param lon          WGS84 longitude of the pixel centre, degrees
 * @param lat          WGS84 latitude of the pixel centre, degrees
 * @param acquired     acquisition time, UTC ({@code acq_date} + {@code acq_time} HHMM)
 * @param satellite    FIRMS satellite code as written ("N", "N20", "N21", "T", "A"...), "" when absent
 * @param instrument   VIIRS or MODIS
 * @param confidence   detection confidence in [0,1]: VIIRS low/nominal/high → 0.3/0.6/0.9, MODIS percent / 100;
 *                     NaN when the file has no confidence
 * @param brightnessK  fire-channel brightness temperature (VIIRS I-4, MODIS channel 21/22), kelvin; NaN when absent
 * @param frpMw        fire radiative power, MW; NaN when absent
 * @param daynight     "D" or "N" ("" when absent)
 * @param pixelM       nominal pixel size, metres (VIIRS 375, MODIS 1000)
 * @param sourceFile   file name the detection was read from
 */
public record Hotspot(double lon, double lat, Instant acquired, String satellite, Instrument instrument,
                      double confidence, double brightnessK, double frpMw, String daynight, double pixelM,
                      String sourceFile) {

    /** The UTC acquisition date (FIRMS {@code acq_date}). */
    public LocalDate date() {
        return LocalDate.ofInstant(acquired, ZoneOffset.UTC);
    }
}
