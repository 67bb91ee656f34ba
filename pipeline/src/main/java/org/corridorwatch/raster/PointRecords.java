package org.corridorwatch.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Vector;
import org.corridorwatch.model.InputDataException;
import org.gdal.gdal.gdal;
import org.gdal.ogr.DataSource;
import org.gdal.ogr.Feature;
import org.gdal.ogr.FeatureDefn;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.ogr.ogrConstants;
import org.gdal.osr.CoordinateTransformation;

/**
 * Reads the point features of a vector file through GDAL/OGR as plain records: a shapefile ({@code .shp}, or
 * zipped as FIRMS and most portals deliver it: {@code .zip} holding one {@code .shp}, in a folder or not), a
 * GeoPackage or FlatGeobuf. Each record is its attribute fields (names as in the file, values as text, dates
 * as {@code YYYY-MM-DD}) and the longitude/latitude of its point in WGS84. What the records mean is the caller's
 * business (FIRMS: {@code firms/files/}).
 */
public final class PointRecords {
    /** Extensions read by this class rather than as text. */
    public static final List<String> EXTENSIONS = List.of(".shp", ".zip", ".gpkg", ".fgb");

    /**
     * One feature.
     *
     * @param number   1-based position in the layer (for "feature N" messages)
     * @param fields   field name → text; "" for unset fields
     * @param lon      the point's WGS84 longitude (NaN when there is a problem)
     * @param lat      the point's WGS84 latitude (NaN when there is a problem)
     * @param problem  why the feature has no usable point ("geometry is a Polygon, not a Point"), null if none
     */
    public record Record(int number, Map<String, String> fields, double lon, double lat, String problem) {
    }

    /** The records of the file's first point layer, the driver and the layer's field names. */
    public record Result(String driver, String layer, List<String> fieldNames, List<Record> records) {
    }

    private PointRecords() {
    }

    /** True when {@code file} is read by this class (by extension). */
    public static boolean handles(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** Reads {@code file}; an {@link InputDataException} (exit 3) when GDAL cannot open it or it has no point layer. */
    public static Result read(Path file, String hint) {
        GdalRuntime.ensureLoaded();
        String source = source(file, hint);
        gdal.ErrorReset();
        DataSource ds = ogr.Open(source, 0);
        if (ds == null) {
            String why = gdal.GetLastErrorMsg();
            throw new InputDataException(file, "is not a vector file GDAL can read"
                    + (why == null || why.isBlank() ? "" : " (" + why.trim() + ")"), hint);
        }
        try {
            for (int i = 0; i < ds.GetLayerCount(); i++) {
                Layer layer = ds.GetLayer(i);
                if (ogr.GT_Flatten(layer.GetGeomType()) == ogrConstants.wkbPoint) {
                    Result r = readLayer(file, ds.GetDriver().GetName(), layer, hint);
                    String failure = GdalRuntime.takeFailure();
                    if (failure != null) {
                        throw new InputDataException(file, "is damaged: GDAL said while reading it: " + failure, hint);
                    }
                    return r;
                }
            }
            throw new InputDataException(file, "has no point layer (" + ds.GetDriver().GetName() + ", "
                    + ds.GetLayerCount() + " layers)", hint);
        } finally {
            ds.delete();
        }
    }

    /** The GDAL name to open: the file itself, or for a zip the one shapefile inside it. */
    private static String source(Path file, String hint) {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file, "no such file", hint);
        }
        if (!Files.isReadable(file)) {
            throw new InputDataException(file, "cannot be read (permissions)", "check the file's permissions");
        }
        String abs = file.toAbsolutePath().toString();
        if (!abs.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return abs;
        }
        String zip = "/vsizip/" + abs;
        @SuppressWarnings("unchecked")
        Vector<String> entries = gdal.ReadDirRecursive(zip);
        List<String> shapefiles = new ArrayList<>();
        if (entries != null) {
            for (String e : entries) {
                if (e.toLowerCase(Locale.ROOT).endsWith(".shp")) {
                    shapefiles.add(e);
                }
            }
        }
        if (shapefiles.isEmpty()) {
            throw new InputDataException(file, "holds no shapefile (.shp)" + (entries == null || entries.isEmpty()
                    ? "; GDAL lists no file in it: it is not a zip archive, or an empty one"
                    : "; it holds " + String.join(", ", entries.subList(0, Math.min(5, entries.size())))
                    + (entries.size() > 5 ? ", ..." : "")), hint);
        }
        if (shapefiles.size() > 1) {
            throw new InputDataException(file, "holds " + shapefiles.size() + " shapefiles (" + String.join(", ", shapefiles)
                    + "); give one of them, unzipped, or a zip with one", hint);
        }
        return zip + "/" + shapefiles.get(0);
    }

    private static Result readLayer(Path file, String driver, Layer layer, String hint) {
        CoordinateTransformation toWgs84 = Wgs84.transformFrom(layer.GetSpatialRef());
        FeatureDefn defn = layer.GetLayerDefn();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < defn.GetFieldCount(); i++) {
            names.add(defn.GetFieldDefn(i).GetName());
        }
        List<Record> records = new ArrayList<>();
        layer.ResetReading();
        int number = 1;
        for (Feature f = layer.GetNextFeature(); f != null; f = layer.GetNextFeature(), number++) {
            try {
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    fields.put(names.get(i), text(f, i, defn.GetFieldDefn(i).GetFieldType()));
                }
                org.gdal.ogr.Geometry g = f.GetGeometryRef();
                if (g == null || ogr.GT_Flatten(g.GetGeometryType()) != ogrConstants.wkbPoint) {
                    String problem = g == null ? "no geometry" : "geometry is a " + g.GetGeometryName() + ", not a Point";
                    records.add(new Record(number, fields, Double.NaN, Double.NaN, problem));
                    continue;
                }
                g = g.Clone();
                if (toWgs84 != null && g.Transform(toWgs84) != 0) {
                    throw new InputDataException(file, "layer " + layer.GetName() + " cannot be reprojected to WGS84", hint);
                }
                records.add(new Record(number, fields, g.GetX(), g.GetY(), null));
            } finally {
                f.delete();
            }
        }
        return new Result(driver, layer.GetName(), names, records);
    }

    private static String text(Feature f, int i, int type) {
        if (!f.IsFieldSetAndNotNull(i)) {
            return "";
        }
        if (type == ogrConstants.OFTDate || type == ogrConstants.OFTDateTime) {
            int[] y = new int[1];
            int[] mo = new int[1];
            int[] d = new int[1];
            int[] h = new int[1];
            int[] mi = new int[1];
            float[] s = new float[1];
            int[] tz = new int[1];
            f.GetFieldAsDateTime(i, y, mo, d, h, mi, s, tz);
            return String.format(Locale.ROOT, "%04d-%02d-%02d", y[0], mo[0], d[0]);
        }
        String v = f.GetFieldAsString(i);
        return v == null ? "" : v.trim();
    }
}
