package org.corridorwatch.raster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import org.corridorwatch.model.EnvironmentException;
import org.corridorwatch.model.OutputException;
import org.gdal.ogr.DataSource;
import org.gdal.ogr.Driver;
import org.gdal.ogr.Feature;
import org.gdal.ogr.FieldDefn;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.ogr.ogrConstants;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osrConstants;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes WGS84 vector layers through GDAL/OGR (GeoPackage, KML, CSV… any driver that can create):
 * plain records in, a file out, written under a temporary name in the same directory (same
 * extension, so the driver is happy) and moved into place. Coordinates are lon/lat.
 */
public final class VectorLayers {

    /** Attribute types. */
    public enum FieldType { STRING, INTEGER, REAL, BOOLEAN, DATE }

    /** One attribute column. */
    public record Field(String name, FieldType type) {
    }

    /** One feature: a WGS84 geometry (or null) and values by field name (String, Integer/Long, Double, Boolean, LocalDate or null). */
    public record Row(Geometry geometryWgs84, Map<String, Object> values) {
    }

    /**
     * One layer.
     *
     * @param geometryType OGR geometry type constant name: "POINT", "POLYGON", "MULTIPOLYGON",
     *                     "LINESTRING", "GEOMETRY" or "NONE"
     * @param options      layer creation options, e.g. "GEOMETRY=AS_WKT" for CSV
     */
    public record LayerSpec(String name, String geometryType, List<Field> fields, List<Row> rows, List<String> options) {
    }

    private VectorLayers() {
    }

    /** Writes all layers into one new file with the named OGR driver ("GPKG", "KML", "CSV"). */
    public static Path write(Path target, String driverName, List<LayerSpec> layers, List<String> datasetOptions) {
        GdalRuntime.ensureLoaded();
        Driver driver = ogr.GetDriverByName(driverName);
        if (driver == null) {
            throw new EnvironmentException("GDAL has no OGR driver " + driverName, "install a GDAL build with the "
                    + driverName + " driver (check with: ogrinfo --formats)");
        }
        Path abs = target.toAbsolutePath();
        String file = abs.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String ext = dot >= 0 ? file.substring(dot) : "";
        Path temp = abs.resolveSibling("." + (dot >= 0 ? file.substring(0, dot) : file) + ".partial-"
                + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ext);
        try {
            Files.createDirectories(abs.getParent());
            Files.deleteIfExists(temp);
            org.gdal.gdal.gdal.ErrorReset();
            DataSource ds = driver.CreateDataSource(temp.toString(), new Vector<>(datasetOptions));
            if (ds == null) {
                throw new IOException(org.gdal.gdal.gdal.GetLastErrorMsg());
            }
            try {
                SpatialReference wgs84 = new SpatialReference();
                wgs84.ImportFromEPSG(4326);
                wgs84.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
                for (LayerSpec spec : layers) {
                    writeLayer(ds, spec, wgs84);
                }
                ds.SyncToDisk();
            } finally {
                ds.delete();
            }
            // drivers that write on close (KML, GeoJSON) report a failed write only as GDAL's error state
            String failure = GdalRuntime.takeFailure();
            if (failure != null) {
                throw new IOException(failure);
            }
            Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return abs;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // hidden and marked partial
            }
            throw new OutputException(target, "cannot be written with OGR " + driverName + " (" + e.getMessage() + ")",
                    "check that the directory is writable and the disk has free space");
        }
    }

    private static void writeLayer(DataSource ds, LayerSpec spec, SpatialReference wgs84) throws IOException {
        int gtype = geometryType(spec.geometryType());
        Layer layer = ds.CreateLayer(spec.name(), gtype == ogrConstants.wkbNone ? null : wgs84, gtype,
                new Vector<>(spec.options()));
        if (layer == null) {
            throw new IOException("cannot create layer " + spec.name() + ": " + org.gdal.gdal.gdal.GetLastErrorMsg());
        }
        for (Field f : spec.fields()) {
            FieldDefn fd = new FieldDefn(f.name(), switch (f.type()) {
                case STRING -> ogrConstants.OFTString;
                case INTEGER -> ogrConstants.OFTInteger64;
                case REAL -> ogrConstants.OFTReal;
                case BOOLEAN -> ogrConstants.OFTInteger;
                case DATE -> ogrConstants.OFTDate;
            });
            if (f.type() == FieldType.BOOLEAN) {
                fd.SetSubType(ogrConstants.OFSTBoolean);
            }
            layer.CreateField(fd);
        }
        layer.StartTransaction();
        for (Row row : spec.rows()) {
            Feature feature = new Feature(layer.GetLayerDefn());
            for (Field f : spec.fields()) {
                Object v = row.values().get(f.name());
                if (v == null || (v instanceof Double d && d.isNaN())) {
                    feature.SetFieldNull(f.name());
                } else if (v instanceof java.time.LocalDate d) {
                    feature.SetField(feature.GetFieldIndex(f.name()), d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                            0, 0, 0f, 0);
                } else if (v instanceof Boolean b) {
                    feature.SetField(f.name(), b ? 1 : 0);
                } else if (v instanceof Integer || v instanceof Long) {
                    feature.SetFieldInteger64(feature.GetFieldIndex(f.name()), ((Number) v).longValue());
                } else if (v instanceof Number n) {
                    feature.SetField(f.name(), n.doubleValue());
                } else {
                    feature.SetField(f.name(), v.toString());
                }
            }
            if (row.geometryWgs84() != null && gtype != ogrConstants.wkbNone) {
                org.gdal.ogr.Geometry g = ogr.CreateGeometryFromWkt(row.geometryWgs84().toText());
                feature.SetGeometry(g);
            }
            if (layer.CreateFeature(feature) != 0) {
                throw new IOException("cannot write a feature of " + spec.name() + ": " + org.gdal.gdal.gdal.GetLastErrorMsg());
            }
            feature.delete();
        }
        layer.CommitTransaction();
    }

    private static int geometryType(String name) {
        return switch (name) {
            case "POINT" -> ogrConstants.wkbPoint;
            case "POLYGON" -> ogrConstants.wkbPolygon;
            case "MULTIPOLYGON" -> ogrConstants.wkbMultiPolygon;
            case "LINESTRING" -> ogrConstants.wkbLineString;
            case "MULTILINESTRING" -> ogrConstants.wkbMultiLineString;
            case "GEOMETRY" -> ogrConstants.wkbUnknown;
            case "NONE" -> ogrConstants.wkbNone;
            default -> throw new IllegalArgumentException("unknown geometry type " + name);
        };
    }
}
