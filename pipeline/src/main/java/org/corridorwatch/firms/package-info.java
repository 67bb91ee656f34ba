/**
 * NASA FIRMS active-fire detections ("hotspots"): reading the exports users download and finding the
 * detections near a site.
 *
 * <p><b>Inputs</b>: FIRMS files ({@link org.corridorwatch.firms.FirmsReader}): VIIRS CSV ({@code bright_ti4},
 * {@code bright_ti5}, confidence l/n/h), MODIS CSV ({@code brightness}, {@code bright_t31}, confidence 0–100),
 * with or without the {@code instrument} and {@code type} columns, in any column order and header case,
 * quoted fields allowed; FIRMS JSON (a top-level array of row objects, or an object holding one, as in
 * {@code {"gm": [...]}}; note that FIRMS JSON names VIIRS's I-4/I-5 temperatures {@code brightness} /
 * {@code bright_t31}), GeoJSON FeatureCollections of Points carrying the same properties, and FIRMS
 * shapefiles, zipped as downloaded or not (read through GDAL by {@code firms/files/FirmsFiles}, which
 * callers use for every FIRMS file; DBF dates become {@code YYYY-MM-DD}, the point is the location). Required
 * columns: {@code latitude}, {@code longitude} (also {@code lat}, {@code lon}/{@code lng}) and
 * {@code acq_date}. <b>Outputs</b>: {@link org.corridorwatch.firms.Hotspot} records per
 * {@link org.corridorwatch.firms.FirmsFile}, and a {@link org.corridorwatch.firms.HotspotIndex} answering
 * "which detections lie within d metres of this outline between these dates".
 *
 * <p><b>Units and conventions</b>: WGS84 degrees (x = longitude); acquisition instants in UTC from
 * {@code acq_date} + {@code acq_time} HHMM, zero-padded on the left ("5" = 00:05, "130" = 01:30; no
 * {@code acq_time} column = midnight); confidence normalised to [0,1] (VIIRS low/nominal/high = 0.3/0.6/0.9,
 * MODIS percent / 100); brightness temperatures in kelvin, FRP in MW; nominal pixel 375 m (VIIRS) or
 * 1000 m (MODIS). The instrument comes from the {@code instrument} column when there is one, else
 * {@code bright_ti4} means VIIRS, else a VIIRS satellite code (N, N20, N21, 1) or a letter confidence means
 * VIIRS, else MODIS. Distances are metres from the detection (pixel centre) to the site's outline, 0 inside
 * it, computed in the UTM zone of the site.
 *
 * <p><b>Bad input</b>: a malformed row (a bad number, latitude/longitude out of range, a bad date or time,
 * a confidence that is neither l/n/h nor 0–100, a wrong field count, an instrument other than VIIRS/MODIS)
 * is skipped and counted, with up to five examples naming their line; it is never fatal. An empty file,
 * a file without the required columns, JSON without an array of records, or invalid JSON is an
 * {@link org.corridorwatch.model.InputDataException} naming the file and the expected columns. A header-only
 * CSV or an empty JSON array is a valid file with no detections (FIRMS writes those for quiet areas).
 *
 * <p><b>Invariants</b>: every type is immutable; the index is thread-safe once built. No GDAL here.
 */
package org.corridorwatch.firms;
