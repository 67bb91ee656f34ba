package org.corridorwatch.firms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one FIRMS row, as canonical column name → text, into a {@link Hotspot}, or says why it cannot.
 * Shared by the CSV and JSON paths so both accept exactly the same values.
 */
final class HotspotParser {
    /** Columns a file must have (under one of their spellings) to be read at all. */
    static final List<String> REQUIRED = List.of("latitude", "longitude", "acq_date");
    /** Everything else the reader uses when present. */
    static final List<String> OPTIONAL = List.of("acq_time", "bright_ti4 or brightness", "confidence", "satellite",
            "instrument", "frp", "daynight");

    /** Other spellings seen in re-exported files, mapped to FIRMS's names. */
    private static final Map<String, String> ALIASES = Map.of("lat", "latitude", "lon", "longitude", "lng", "longitude",
            "long", "longitude");
    private static final Set<String> VIIRS_SATELLITES = Set.of("n", "npp", "suomi npp", "suomi-npp", "n20", "n21", "1",
            "j1", "j2", "noaa-20", "noaa-21", "noaa20", "noaa21");
    private static final Set<String> MODIS_SATELLITES = Set.of("t", "a", "terra", "aqua");

    /** A row that cannot become a hotspot; the message is the reason shown to the user. */
    static final class BadRow extends Exception {
        BadRow(String message) {
            super(message, null, false, false);
        }
    }

    private final String sourceFile;
    /** Instrument implied by the columns when a row says nothing more specific: bright_ti4 → VIIRS, else MODIS. */
    private final Instrument columnsImply;
    private final boolean hasTime;

    /**
     * @param sourceFile  file name recorded in each hotspot
     * @param columns     canonical column names present in the file (see {@link #canonical})
     */
    HotspotParser(String sourceFile, Set<String> columns) {
        this.sourceFile = sourceFile;
        this.columnsImply = columns.contains("bright_ti4") || columns.contains("bright_ti5") ? Instrument.VIIRS : Instrument.MODIS;
        this.hasTime = columns.contains("acq_time");
    }

    /** Lower-case, trimmed, aliases resolved ("Lat" → "latitude"). */
    static String canonical(String column) {
        String c = column.strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(c, c);
    }

    /** The required columns missing from a file's columns. */
    static List<String> missing(Set<String> columns) {
        return REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
    }

    Hotspot parse(Map<String, String> row) throws BadRow {
        double lat = number(row, "latitude", true);
        double lon = number(row, "longitude", true);
        if (lat < -90 || lat > 90) {
            throw new BadRow("latitude out of range: " + row.get("latitude"));
        }
        if (lon < -180 || lon > 180) {
            throw new BadRow("longitude out of range: " + row.get("longitude"));
        }
        LocalDate date;
        String d = text(row, "acq_date");
        try {
            date = LocalDate.parse(d.length() > 10 && d.charAt(10) == 'T' || d.length() > 10 && d.charAt(10) == ' '
                    ? d.substring(0, 10) : d);
        } catch (DateTimeException e) {
            throw new BadRow(d.isEmpty() ? "no acq_date" : "bad acq_date (want YYYY-MM-DD): '" + d + "'");
        }
        LocalTime time = hasTime || row.containsKey("acq_time") ? hhmm(text(row, "acq_time")) : LocalTime.MIDNIGHT;
        String satellite = text(row, "satellite");
        String conf = text(row, "confidence");
        Instrument instrument = instrument(text(row, "instrument"), satellite, conf);
        double brightness = row.containsKey("bright_ti4") ? number(row, "bright_ti4", false) : number(row, "brightness", false);
        return new Hotspot(lon, lat, date.atTime(time).toInstant(ZoneOffset.UTC), satellite, instrument, confidence(conf),
                brightness, number(row, "frp", false), text(row, "daynight").toUpperCase(Locale.ROOT),
                instrument.nominalPixelM(), sourceFile);
    }

    /** "5", "45", "130", "0130", "1:30", "01:30" → the time; HHMM is zero-padded on the left. */
    static LocalTime hhmm(String s) throws BadRow {
        String t = s.strip();
        int h;
        int m;
        try {
            if (t.contains(":")) {
                String[] p = t.split(":");
                h = Integer.parseInt(p[0]);
                m = Integer.parseInt(p[1]);
            } else {
                if (t.isEmpty() || t.length() > 4 || !t.chars().allMatch(Character::isDigit)) {
                    throw new NumberFormatException();
                }
                int v = Integer.parseInt(t);
                h = v / 100;
                m = v % 100;
            }
            return LocalTime.of(h, m);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException | DateTimeException e) {
            throw new BadRow(t.isEmpty() ? "no acq_time" : "bad acq_time (want HHMM): '" + t + "'");
        }
    }

    /** l/n/h (or low/nominal/high) → 0.3/0.6/0.9; a number 0–100 → percent / 100; blank → NaN. */
    static double confidence(String s) throws BadRow {
        String c = s.strip().toLowerCase(Locale.ROOT);
        switch (c) {
            case "":
                return Double.NaN;
            case "l", "low":
                return 0.3;
            case "n", "nominal":
                return 0.6;
            case "h", "high":
                return 0.9;
            default:
                try {
                    double v = Double.parseDouble(c);
                    if (v >= 0 && v <= 100) {
                        return v / 100;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new BadRow("bad confidence (want l/n/h or 0-100): '" + s.strip() + "'");
        }
    }

    /** The instrument column when present, else the satellite code, else the confidence's form, else the columns. */
    private Instrument instrument(String instrument, String satellite, String conf) throws BadRow {
        String i = instrument.strip().toUpperCase(Locale.ROOT);
        if (!i.isEmpty()) {
            if (i.contains("VIIRS")) {
                return Instrument.VIIRS;
            }
            if (i.contains("MODIS")) {
                return Instrument.MODIS;
            }
            throw new BadRow("instrument is neither VIIRS nor MODIS: '" + instrument.strip() + "'");
        }
        if (columnsImply == Instrument.VIIRS) {
            return Instrument.VIIRS;
        }
        String sat = satellite.strip().toLowerCase(Locale.ROOT);
        if (VIIRS_SATELLITES.contains(sat)) {
            return Instrument.VIIRS;
        }
        if (MODIS_SATELLITES.contains(sat)) {
            return Instrument.MODIS;
        }
        String c = conf.strip();
        if (!c.isEmpty() && Character.isLetter(c.charAt(0))) {
            return Instrument.VIIRS;
        }
        return Instrument.MODIS;
    }

    private static String text(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }

    /** A finite number; blank is NaN for optional columns and an error for required ones. */
    private static double number(Map<String, String> row, String column, boolean required) throws BadRow {
        String v = text(row, column);
        if (v.isEmpty()) {
            if (required) {
                throw new BadRow("no " + column);
            }
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRow("bad number in " + column + ": '" + v + "'");
    }
}
