package org.corridorwatch.samples;

import java.util.List;
import java.util.Locale;
import org.corridorwatch.geo.Projection;

/** {@code firms.csv} in the VIIRS CSV column order of NASA FIRMS (version 2.0NRT, instrument VIIRS). */
public final class FirmsCsv {
    public static final String HEADER = "latitude,longitude,bright_ti4,scan,track,acq_date,acq_time,satellite,"
            + "instrument,confidence,version,bright_ti5,frp,daynight";

    private FirmsCsv() {
    }

    public static String toCsv(List<FirmsDetection> rows, Projection p) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (FirmsDetection d : rows) {
            double[] ll = p.inverse(d.x(), d.y());
            sb.append(String.format(Locale.ROOT, "%.5f,%.5f,%.2f,%.2f,%.2f,%s,%s,%s,VIIRS,%s,2.0NRT,%.2f,%.2f,%s%n",
                    ll[1], ll[0], d.brightTi4(), d.scan(), d.track(), d.acqDate(), d.acqTime(), d.satellite(),
                    d.confidence(), d.brightTi5(), d.frp(), d.daynight()));
        }
        return sb.toString();
    }
}
