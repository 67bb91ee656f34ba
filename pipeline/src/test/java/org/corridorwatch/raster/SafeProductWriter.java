package org.corridorwatch.raster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import java.util.stream.Stream;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.TranslateOptions;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;

/**
 * Writes a synthetic Sentinel-2 L2A product in the real on-disk format (compact-naming {@code .SAFE}
 * folder: {@code MTD_MSIL2A.xml}, {@code GRANULE/L2A_…/MTD_TL.xml}, lossless JPEG2000 band files in
 * {@code IMG_DATA/R10m} and {@code R20m}) from a committed sample GeoTIFF whose bands are
 * B02 B03 B04 B08 B11 B12 SCL (DN = 10000·ρ + 1000, processing baseline 05.09). GDAL's SENTINEL2 driver
 * opens the result. The XML carries only what the driver reads (modelled on the structure of GDAL's
 * autotest products, written from scratch). 20 m bands are 2×2 averages (SCL: nearest).
 */
public final class SafeProductWriter {
    /** Sample band index (1-based) of each product band written. */
    private static final Map<String, Integer> R10 = orderedMap("B02", 1, "B03", 2, "B04", 3, "B08", 4);
    private static final Map<String, Integer> R20 = orderedMap("B02", 1, "B03", 2, "B04", 3, "B8A", 4, "B11", 5,
            "B12", 6, "SCL", 7);

    private SafeProductWriter() {
    }

    /**
     * A written product.
     *
     * @param safe   the {@code .SAFE} folder
     * @param date   acquisition date, yyyy-MM-dd
     * @param epsg   the tile's EPSG code
     * @param imgData the granule's {@code IMG_DATA} folder
     * @param prefix band file name prefix, e.g. {@code T29PQQ_20250908T103900_}
     */
    public record Product(Path safe, String date, int epsg, Path imgData, String prefix) {
        public Path mtd() {
            return safe.resolve("MTD_MSIL2A.xml");
        }

        /** GDAL's subdataset name, e.g. {@code SENTINEL2_L2A:/…/MTD_MSIL2A.xml:20m:EPSG_32629}. */
        public String subdataset(String resolution) {
            return "SENTINEL2_L2A:" + mtd() + ":" + resolution + ":EPSG_" + epsg;
        }

        /** A band file, e.g. {@code band("B11", 20)}. */
        public Path band(String name, int resolution) {
            return imgData.resolve("R" + resolution + "m").resolve(prefix + name + "_" + resolution + "m.jp2");
        }
    }

    /** Writes the product of one sample date into {@code dir}; returns where it is. */
    public static Product write(Path sample, Path dir) throws IOException {
        return write(sample, dir, 0);
    }

    /**
     * As {@link #write(Path, Path)}, each band file in JPEG2000 tiles of {@code tilePx}² (0: one tile, GDAL's
     * default for a small image). A real product's band files are tiled (1024² at 10 m), and GDAL decodes the
     * tiles of one read on several threads only when a read meets more than one.
     */
    public static Product write(Path sample, Path dir, int tilePx) throws IOException {
        GdalRuntime.ensureLoaded();
        Dataset src = gdal.Open(sample.toString(), gdalconst.GA_ReadOnly);
        if (src == null) {
            throw new IOException("GDAL cannot open " + sample + ": " + gdal.GetLastErrorMsg());
        }
        try {
            String date = src.GetMetadataItem("ACQUISITION_DATE");
            String time = src.GetMetadataItem("ACQUISITION_TIME_UTC");
            String baseline = src.GetMetadataItem("PROCESSING_BASELINE");
            int epsg = GdalScene.epsgOf(src.GetProjectionRef());
            if (date == null || time == null || baseline == null || epsg < 32601 || epsg > 32660) {
                throw new IOException(sample + " lacks ACQUISITION_DATE/TIME, PROCESSING_BASELINE or a UTM N CRS");
            }
            String ymd = date.replace("-", "");
            String hms = time.replace(":", "") + "00";
            String tile = "T" + (epsg - 32600) + "PQQ";
            String sensing = ymd + "T" + hms;
            String nBaseline = "N" + baseline.replace(".", "");
            Path safe = dir.resolve("S2B_MSIL2A_" + sensing + "_" + nBaseline + "_R008_" + tile + "_" + ymd
                    + "T120000.SAFE");
            String granule = "L2A_" + tile + "_A044123_" + sensing;
            Path imgData = safe.resolve("GRANULE").resolve(granule).resolve("IMG_DATA");
            Product p = new Product(safe, date, epsg, imgData, tile + "_" + sensing + "_");
            int w = src.getRasterXSize();
            int h = src.getRasterYSize();
            for (Map.Entry<String, Integer> e : R10.entrySet()) {
                jp2(src, e.getValue(), p.band(e.getKey(), 10), w, h, "nearest", tilePx);
            }
            for (Map.Entry<String, Integer> e : R20.entrySet()) {
                jp2(src, e.getValue(), p.band(e.getKey(), 20), w / 2, h / 2, e.getKey().equals("SCL") ? "nearest" : "average",
                        tilePx);
            }
            removeSidecars(imgData);
            double[] gt = src.GetGeoTransform();
            write(p.mtd(), productXml(p, granule, sensing, date, time, baseline));
            write(safe.resolve("GRANULE").resolve(granule).resolve("MTD_TL.xml"), tileXml(epsg, gt, w, h, date, time));
            return p;
        } finally {
            src.delete();
        }
    }

    private static void jp2(Dataset src, int band, Path out, int w, int h, String resampling, int tilePx)
            throws IOException {
        Files.createDirectories(out.getParent());
        Vector<String> opts = new Vector<>(List.of("-of", "JP2OpenJPEG", "-b", String.valueOf(band),
                "-outsize", String.valueOf(w), String.valueOf(h), "-r", resampling, "-a_nodata", "none",
                "-co", "REVERSIBLE=YES", "-co", "QUALITY=100", "-co", "YCBCR420=NO"));
        if (tilePx > 0) {
            opts.addAll(List.of("-co", "BLOCKXSIZE=" + tilePx, "-co", "BLOCKYSIZE=" + tilePx));
        }
        Dataset d = gdal.Translate(out.toString(), src, new TranslateOptions(opts));
        if (d == null) {
            throw new IOException("writing " + out + " failed: " + gdal.GetLastErrorMsg());
        }
        d.delete();
    }

    /** GDAL keeps the sample's metadata in .aux.xml sidecars; a real product has none. */
    private static void removeSidecars(Path imgData) throws IOException {
        try (Stream<Path> files = Files.walk(imgData)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".aux.xml")).toList()) {
                Files.delete(f);
            }
        }
    }

    private static String productXml(Product p, String granule, String sensing, String date, String time,
                                     String baseline) {
        String start = date + "T" + time + ":00.024Z";
        StringBuilder files = new StringBuilder();
        for (String b : R10.keySet()) {
            files.append("            <IMAGE_FILE>GRANULE/").append(granule).append("/IMG_DATA/R10m/").append(p.prefix())
                    .append(b).append("_10m</IMAGE_FILE>\n");
        }
        for (String b : R20.keySet()) {
            files.append("            <IMAGE_FILE>GRANULE/").append(granule).append("/IMG_DATA/R20m/").append(p.prefix())
                    .append(b).append("_20m</IMAGE_FILE>\n");
        }
        StringBuilder offsets = new StringBuilder();
        for (int i = 0; i <= 12; i++) {
            offsets.append("        <BOA_ADD_OFFSET band_id=\"").append(i).append("\">-1000</BOA_ADD_OFFSET>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <n1:Level-2A_User_Product xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd">
                  <n1:General_Info>
                    <Product_Info>
                      <PRODUCT_START_TIME>%1$s</PRODUCT_START_TIME>
                      <PRODUCT_STOP_TIME>%1$s</PRODUCT_STOP_TIME>
                      <PRODUCT_URI>%2$s</PRODUCT_URI>
                      <PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>
                      <PRODUCT_TYPE>S2MSI2A</PRODUCT_TYPE>
                      <PROCESSING_BASELINE>%3$s</PROCESSING_BASELINE>
                      <GENERATION_TIME>%4$sT12:00:00.000000Z</GENERATION_TIME>
                      <Datatake datatakeIdentifier="GS2B_%5$s_044123_N%3$s">
                        <SPACECRAFT_NAME>Sentinel-2B</SPACECRAFT_NAME>
                        <DATATAKE_TYPE>INS-NOBS</DATATAKE_TYPE>
                        <DATATAKE_SENSING_START>%1$s</DATATAKE_SENSING_START>
                        <SENSING_ORBIT_NUMBER>8</SENSING_ORBIT_NUMBER>
                        <SENSING_ORBIT_DIRECTION>DESCENDING</SENSING_ORBIT_DIRECTION>
                      </Datatake>
                      <Query_Options completeSingleTile="true">
                        <PRODUCT_FORMAT>SAFE_COMPACT</PRODUCT_FORMAT>
                      </Query_Options>
                      <Product_Organisation>
                        <Granule_List>
                          <Granule datastripIdentifier="SYNTHETIC_DS" granuleIdentifier="SYNTHETIC_TL" imageFormat="JPEG2000">
                %6$s          </Granule>
                        </Granule_List>
                      </Product_Organisation>
                    </Product_Info>
                    <Product_Image_Characteristics>
                      <Special_Values>
                        <SPECIAL_VALUE_TEXT>NODATA</SPECIAL_VALUE_TEXT>
                        <SPECIAL_VALUE_INDEX>0</SPECIAL_VALUE_INDEX>
                      </Special_Values>
                      <Special_Values>
                        <SPECIAL_VALUE_TEXT>SATURATED</SPECIAL_VALUE_TEXT>
                        <SPECIAL_VALUE_INDEX>65535</SPECIAL_VALUE_INDEX>
                      </Special_Values>
                      <QUANTIFICATION_VALUES_LIST>
                        <BOA_QUANTIFICATION_VALUE unit="none">10000</BOA_QUANTIFICATION_VALUE>
                        <AOT_QUANTIFICATION_VALUE unit="none">1000.0</AOT_QUANTIFICATION_VALUE>
                        <WVP_QUANTIFICATION_VALUE unit="cm">1000.0</WVP_QUANTIFICATION_VALUE>
                      </QUANTIFICATION_VALUES_LIST>
                      <BOA_ADD_OFFSET_VALUES_LIST>
                %7$s      </BOA_ADD_OFFSET_VALUES_LIST>
                    </Product_Image_Characteristics>
                  </n1:General_Info>
                </n1:Level-2A_User_Product>
                """.formatted(start, p.safe().getFileName(), baseline, date, sensing, files, offsets);
    }

    private static String tileXml(int epsg, double[] gt, int w, int h, String date, String time) {
        StringBuilder geo = new StringBuilder();
        for (int res : new int[] {10, 20, 60}) {
            int f = res / 10;
            geo.append("      <Size resolution=\"").append(res).append("\"><NROWS>").append((h + f - 1) / f)
                    .append("</NROWS><NCOLS>").append((w + f - 1) / f).append("</NCOLS></Size>\n");
        }
        for (int res : new int[] {10, 20, 60}) {
            geo.append("      <Geoposition resolution=\"").append(res).append("\"><ULX>").append(fmt(gt[0]))
                    .append("</ULX><ULY>").append(fmt(gt[3])).append("</ULY><XDIM>").append(res)
                    .append("</XDIM><YDIM>").append(-res).append("</YDIM></Geoposition>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <n1:Level-2A_Tile_ID xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/S2_PDI_Level-2A_Tile_Metadata.xsd">
                  <n1:General_Info>
                    <TILE_ID metadataLevel="Brief">SYNTHETIC_TL</TILE_ID>
                    <SENSING_TIME metadataLevel="Standard">%sT%s:00.024Z</SENSING_TIME>
                  </n1:General_Info>
                  <n1:Geometric_Info>
                    <Tile_Geocoding metadataLevel="Brief">
                      <HORIZONTAL_CS_NAME>WGS84 / UTM zone %dN</HORIZONTAL_CS_NAME>
                      <HORIZONTAL_CS_CODE>EPSG:%d</HORIZONTAL_CS_CODE>
                %s    </Tile_Geocoding>
                  </n1:Geometric_Info>
                </n1:Level-2A_Tile_ID>
                """.formatted(date, time, epsg - 32600, epsg, geo);
    }

    /** The scan's own stack of the product's SENTINEL2 subdatasets ({@link Sentinel2Product#stack}). */
    public static Path driverStack(Product p, Path vrt) {
        return Sentinel2Product.stack(p.safe(), vrt);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> orderedMap(Object... kv) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return m;
    }
}
