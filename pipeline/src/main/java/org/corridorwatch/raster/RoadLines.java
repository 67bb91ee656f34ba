package org.corridorwatch.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorwatch.model.InputDataException;
import org.gdal.ogr.DataSource;
import org.gdal.ogr.Feature;
import org.gdal.ogr.FeatureDefn;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.ogr.ogrConstants;
import org.gdal.osr.CoordinateTransformation;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads road lines through GDAL/OGR: the {@code lines} layer of an OpenStreetMap extract ({@code .osm.pbf},
 * {@code .osm}; {@code ref} from its {@code other_tags}) or every line layer of any other vector file (GPKG,
 * Shapefile, GeoJSON, FlatGeobuf; fields {@code ref}, {@code highway}/{@code fclass}/{@code class}, id), reprojected
 * to WGS84 lon/lat. Multi-lines become their parts. Only lines whose envelope meets {@code reachWgs84} are returned.
 */
public final class RoadLines {
    private static final Pattern OSM_REF = Pattern.compile("\"ref\"=>\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String HINT = "give an OpenStreetMap extract (.osm.pbf, .osm) or a line layer GDAL reads "
            + "(GPKG, Shapefile, GeoJSON, FlatGeobuf); check it with: ogrinfo -so FILE";

    /**
     * One line.
     *
     * @param id        OSM id or feature id
     * @param ref       the {@code ref} value as written ("RN1;N1"), "" if none
     * @param highway   the road class, "" if none
     * @param lineWgs84 x = longitude, y = latitude
     */
    public record Line(String id, String ref, String highway, LineString lineWgs84) {
    }

    /** The lines read and the GDAL driver that read them. */
    public record Result(String driver, List<Line> lines) {
    }

    private RoadLines() {
    }

    /** Reads {@code file}; an {@link InputDataException} (exit 3) when it is missing, unreadable or has no line layer. */
    public static Result read(Path file, Envelope reachWgs84) {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file, "roads file not found", "check the path given to --roads (or roads.file)");
        }
        if (!Files.isReadable(file)) {
            throw new InputDataException(file, "roads file cannot be read (permissions)", "check the file's permissions");
        }
        GdalRuntime.ensureLoaded();
        org.gdal.gdal.gdal.ErrorReset();
        DataSource ds = ogr.Open(file.toString(), 0);
        if (ds == null) {
            String why = org.gdal.gdal.gdal.GetLastErrorMsg();
            throw new InputDataException(file, "is not road data GDAL can read"
                    + (why == null || why.isBlank() ? "" : " (" + why.trim() + ")"), HINT);
        }
        try {
            String driver = ds.GetDriver().GetName();
            List<Line> out = new ArrayList<>();
            boolean osm = driver.equals("OSM");
            int lineLayers = 0;
            for (int i = 0; i < ds.GetLayerCount(); i++) {
                Layer layer = ds.GetLayer(i);
                if (osm ? !layer.GetName().equals("lines") : !isLineLayer(layer)) {
                    continue;
                }
                lineLayers++;
                readLayer(file, layer, osm, reachWgs84, out);
            }
            if (lineLayers == 0) {
                throw new InputDataException(file, "has no line layer (" + driver + ", " + ds.GetLayerCount() + " layers)", HINT);
            }
            // a driver that opens a broken file lazily (OSM XML) reports the damage while its features are read
            String failure = GdalRuntime.takeFailure();
            if (failure != null) {
                throw new InputDataException(file, "is damaged: GDAL said while reading it: " + failure, HINT);
            }
            return new Result(driver, out);
        } finally {
            ds.delete();
        }
    }

    private static boolean isLineLayer(Layer layer) {
        int t = ogr.GT_Flatten(layer.GetGeomType());
        return t == ogrConstants.wkbLineString || t == ogrConstants.wkbMultiLineString || t == ogrConstants.wkbUnknown;
    }

    private static void readLayer(Path file, Layer layer, boolean osm, Envelope reach, List<Line> out) {
        CoordinateTransformation toWgs84 = Wgs84.transformFrom(layer.GetSpatialRef());
        if (toWgs84 == null && reach != null) {
            layer.SetSpatialFilterRect(reach.getMinX(), reach.getMinY(), reach.getMaxX(), reach.getMaxY());
        }
        if (osm) {
            layer.SetAttributeFilter("highway IS NOT NULL");
        }
        FeatureDefn defn = layer.GetLayerDefn();
        int ref = osm ? -1 : field(defn, "ref");
        int cls = osm ? defn.GetFieldIndex("highway") : field(defn, "highway", "fclass", "class");
        int id = osm ? defn.GetFieldIndex("osm_id") : field(defn, "osm_id", "id");
        int tags = osm ? defn.GetFieldIndex("other_tags") : -1;
        WKBReader wkb = new WKBReader();
        layer.ResetReading();
        for (Feature f = layer.GetNextFeature(); f != null; f = layer.GetNextFeature()) {
            try {
                org.gdal.ogr.Geometry g = f.GetGeometryRef();
                if (g == null) {
                    continue;
                }
                g = g.Clone();
                g.FlattenTo2D();
                if (toWgs84 != null && g.Transform(toWgs84) != 0) {
                    throw new InputDataException(file, "layer " + layer.GetName() + " cannot be reprojected to WGS84", HINT);
                }
                Geometry geom = wkb.read(g.ExportToWkb());
                String refValue = osm ? osmRef(text(f, tags)) : text(f, ref);
                String fid = id >= 0 ? text(f, id) : Long.toString(f.GetFID());
                for (int k = 0; k < geom.getNumGeometries(); k++) {
                    if (geom.getGeometryN(k) instanceof LineString l && l.getNumPoints() >= 2
                            && (reach == null || reach.intersects(l.getEnvelopeInternal()))) {
                        out.add(new Line(fid, refValue, text(f, cls), l));
                    }
                }
            } catch (ParseException e) {
                throw new InputDataException(file, "has a geometry that cannot be decoded (" + e.getMessage() + ")", HINT);
            } finally {
                f.delete();
            }
        }
    }

    private static int field(FeatureDefn defn, String... names) {
        for (String n : names) {
            for (int i = 0; i < defn.GetFieldCount(); i++) {
                if (defn.GetFieldDefn(i).GetName().toLowerCase(Locale.ROOT).equals(n)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String text(Feature f, int index) {
        if (index < 0 || !f.IsFieldSetAndNotNull(index)) {
            return "";
        }
        String s = f.GetFieldAsString(index);
        return s == null ? "" : s.trim();
    }

    /** The {@code ref} of OSM {@code other_tags} ({@code "ref"=>"RN1;N1","surface"=>"asphalt"}), "" if none. */
    static String osmRef(String otherTags) {
        Matcher m = OSM_REF.matcher(otherTags);
        return m.find() ? m.group(1) : "";
    }
}
