package org.corridorwatch.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.model.InputDataException;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;

/**
 * A Sentinel-2 Level-2A product (its {@code .SAFE} folder, the folder's {@code MTD_MSIL2A.xml}, or the
 * zipped product) made scannable. GDAL's SENTINEL2 driver opens a product as a container of
 * subdatasets, one per resolution, and GDAL 3.6 puts only the native bands of a resolution in each: the
 * {@code 10m} one has B2 B3 B4 B8, the {@code 20m} one B11 B12 SCL (and B5…B8A, AOT, WVP…), so neither
 * alone has every band the scan reads. This writes one VRT on the 10 m grid whose bands are sources in
 * those subdatasets (B11, B12 and SCL at 10 m by nearest neighbour), keeping the driver's band
 * descriptions ("B4, central wavelength 665 nm") and the product's metadata (date, processing baseline,
 * from which the L2A offset of −1000 follows), so the bands are found by description.
 */
public final class Sentinel2Product {
    /** Bands taken from the 10 m subdataset, by the driver's BANDNAME, in stack order. */
    static final List<String> FROM_10M = List.of("B2", "B3", "B4", "B8");
    /** Bands taken from the 20 m subdataset. */
    static final List<String> FROM_20M = List.of("B11", "B12", "SCL");

    private Sentinel2Product() {
    }

    /**
     * Whether {@code input} names a Sentinel-2 product rather than a raster: a {@code .SAFE} folder, an
     * {@code MTD_MSIL*.xml} product file, or a zip named like a product ({@code …_MSIL2A_….zip}).
     */
    public static boolean isProduct(Path input) {
        String name = input.getFileName() == null ? "" : input.getFileName().toString().toUpperCase(Locale.ROOT);
        if (Files.isDirectory(input)) {
            return name.endsWith(".SAFE") || Files.exists(input.resolve("MTD_MSIL2A.xml"))
                    || Files.exists(input.resolve("MTD_MSIL1C.xml"));
        }
        return name.startsWith("MTD_MSIL") && name.endsWith(".XML") || name.contains("_MSIL") && name.endsWith(".ZIP");
    }

    /**
     * The raster to read for {@code scene}: the scene itself, or for a product its stack, written beside it
     * as a hidden {@code .NAME.stack.vrt} (hidden files are never catalogued; written afresh on every call,
     * so a moved product never leaves a stale stack behind).
     */
    public static Path readable(Path scene) {
        Path abs = scene.toAbsolutePath();
        return readable(scene, abs.resolveSibling("." + abs.getFileName() + ".stack.vrt"));
    }

    /** The scene itself, or for a product its stack written to {@code stackFile}. */
    public static Path readable(Path scene, Path stackFile) {
        return isProduct(scene) ? stack(scene, stackFile) : scene;
    }

    /**
     * The file whose content identifies a product: a {@code .SAFE} folder's {@code MTD_MSIL2A.xml} (it
     * names the product and lists its band files), the path itself otherwise.
     */
    public static Path identityFile(Path scene) {
        return Files.isDirectory(scene) ? Path.of(productFile(scene.toAbsolutePath())) : scene;
    }

    /**
     * Writes the stack VRT of product {@code input} to {@code vrt} (through a temporary name) and returns
     * it. Fails with an {@link InputDataException} naming the product when GDAL does not open it as a
     * Level-2A product or a band is missing.
     */
    public static Path stack(Path input, Path vrt) {
        GdalRuntime.ensureLoaded();
        String product = productFile(input.toAbsolutePath());
        Dataset container = open(input, product);
        String[] names;
        try {
            String driver = container.GetDriver().getShortName();
            if (!"SENTINEL2".equals(driver)) {
                throw new InputDataException(input, "is not a Sentinel-2 product to GDAL (opened by its " + driver
                        + " driver)", "give the .SAFE folder, its MTD_MSIL2A.xml or the product's .zip");
            }
            names = resolutions(input, subdatasets(container));
        } finally {
            container.delete();
        }
        Dataset s10 = open(input, names[0]);
        Dataset s20 = open(input, names[1]);
        try {
            return AtomicFiles.writeString(vrt.toAbsolutePath(), stackXml(input, s10, names[0], s20, names[1]));
        } finally {
            s10.delete();
            s20.delete();
        }
    }

    /** The file GDAL opens for {@code input}: a {@code .SAFE} folder's {@code MTD_MSIL2A.xml} (or L1C file). */
    private static String productFile(Path input) {
        if (Files.isDirectory(input)) {
            for (String f : List.of("MTD_MSIL2A.xml", "MTD_MSIL1C.xml")) {
                if (Files.exists(input.resolve(f))) {
                    return input.resolve(f).toString();
                }
            }
            throw new InputDataException(input, "is a folder without MTD_MSIL2A.xml", "give a complete .SAFE product folder");
        }
        return input.toString();
    }

    private static Dataset open(Path input, String name) {
        Dataset ds;
        try {
            ds = gdal.OpenEx(name, gdalconst.OF_RASTER | gdalconst.OF_READONLY);
        } catch (RuntimeException e) {
            throw new InputDataException(input, "GDAL cannot open " + name + " (" + e.getMessage().trim() + ")",
                    "check that the product is complete (`gdalinfo` on its MTD_MSIL2A.xml lists its subdatasets)", e);
        }
        if (ds == null) {
            throw new InputDataException(input, "GDAL cannot open " + name, "`gdalinfo` on it shows why");
        }
        return ds;
    }

    private static List<String> subdatasets(Dataset container) {
        @SuppressWarnings("unchecked")
        Map<String, String> md = container.GetMetadata_Dict("SUBDATASETS");
        List<String> out = new ArrayList<>();
        new TreeMap<>(md).forEach((k, v) -> {
            if (k.endsWith("_NAME")) {
                out.add(v);
            }
        });
        return out;
    }

    /**
     * The {@code 10m} and {@code 20m} subdataset names of one CRS (the first 10 m one's), e.g.
     * {@code SENTINEL2_L2A:/…/MTD_MSIL2A.xml:10m:EPSG_32629}.
     */
    static String[] resolutions(Path input, List<String> subdatasets) {
        if (subdatasets.stream().anyMatch(s -> s.startsWith("SENTINEL2_L1C"))) {
            throw new InputDataException(input, "is a Level-1C product (top-of-atmosphere reflectance, no scene "
                    + "classification)", "scan the Level-2A product (MSIL2A) of the same date");
        }
        String tenM = subdatasets.stream().filter(s -> s.startsWith("SENTINEL2_L2A:") && s.contains(":10m:"))
                .findFirst().orElseThrow(() -> new InputDataException(input, "has no 10 m subdataset (GDAL lists "
                        + subdatasets + ")", "give a complete Level-2A product"));
        String crs = tenM.substring(tenM.lastIndexOf(':'));
        String twentyM = tenM.substring(0, tenM.lastIndexOf(":10m:")) + ":20m" + crs;
        if (!subdatasets.contains(twentyM)) {
            throw new InputDataException(input, "has no 20 m subdataset in " + crs.substring(1) + " (GDAL lists "
                    + subdatasets + ")", "give a complete Level-2A product");
        }
        return new String[] {tenM, twentyM};
    }

    private static String stackXml(Path input, Dataset s10, String name10, Dataset s20, String name20) {
        int w = s10.getRasterXSize();
        int h = s10.getRasterYSize();
        double[] gt = s10.GetGeoTransform();
        StringBuilder x = new StringBuilder();
        x.append("<VRTDataset rasterXSize=\"").append(w).append("\" rasterYSize=\"").append(h).append("\">\n");
        x.append("  <SRS>").append(escape(s10.GetProjectionRef())).append("</SRS>\n");
        x.append("  <GeoTransform>").append(gt[0]).append(", ").append(gt[1]).append(", 0, ").append(gt[3])
                .append(", 0, ").append(gt[5]).append("</GeoTransform>\n  <Metadata>\n");
        @SuppressWarnings("unchecked")
        Map<String, String> md = new TreeMap<>(s10.GetMetadata_Dict(""));
        md.forEach((k, v) -> x.append("    <MDI key=\"").append(escape(k)).append("\">").append(escape(v)).append("</MDI>\n"));
        x.append("  </Metadata>\n");
        int n = bands(x, input, s10, name10, FROM_10M, w, h, 0);
        bands(x, input, s20, name20, FROM_20M, w, h, n);
        return x.append("</VRTDataset>\n").toString();
    }

    /** Appends a VRT band per wanted BANDNAME of {@code ds}, the whole source scaled onto the 10 m grid. */
    private static int bands(StringBuilder x, Path input, Dataset ds, String name, List<String> wanted, int w, int h, int n) {
        for (String want : wanted) {
            int found = 0;
            for (int b = 1; b <= ds.getRasterCount() && found == 0; b++) {
                if (want.equals(ds.GetRasterBand(b).GetMetadataItem("BANDNAME"))) {
                    found = b;
                }
            }
            if (found == 0) {
                throw new InputDataException(input, "has no band " + want + " in " + name, "give a complete Level-2A product");
            }
            Band band = ds.GetRasterBand(found);
            n++;
            x.append("  <VRTRasterBand dataType=\"").append(gdal.GetDataTypeName(band.getDataType()))
                    .append("\" band=\"").append(n).append("\">\n")
                    .append("    <Description>").append(escape(band.GetDescription())).append("</Description>\n")
                    .append("    <SimpleSource>\n      <SourceFilename relativeToVRT=\"0\">").append(escape(name))
                    .append("</SourceFilename>\n      <SourceBand>").append(found).append("</SourceBand>\n")
                    .append("      <SrcRect xOff=\"0\" yOff=\"0\" xSize=\"").append(ds.getRasterXSize()).append("\" ySize=\"")
                    .append(ds.getRasterYSize()).append("\"/>\n      <DstRect xOff=\"0\" yOff=\"0\" xSize=\"").append(w)
                    .append("\" ySize=\"").append(h).append("\"/>\n    </SimpleSource>\n  </VRTRasterBand>\n");
        }
        return n;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
