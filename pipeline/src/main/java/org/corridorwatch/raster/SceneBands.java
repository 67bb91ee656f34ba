package org.corridorwatch.raster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.config.SensorProfile;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.model.InputDataException;

/**
 * Where each spectral role sits in one scene and how its DN become reflectance
 * ({@code (DN + offset) * scale}), resolved from a {@link SensorProfile}: band descriptions first,
 * then configured indices. Immutable.
 *
 * @param profile the profile used
 * @param bands   0-based band index per role found
 * @param offsets DN offset per role (Sentinel-2 BOA_ADD_OFFSET applied here)
 * @param how     one line per role saying how it was found, for run.json
 */
public record SceneBands(SensorProfile profile, Map<BandRole, Integer> bands, Map<BandRole, Double> offsets,
                         List<String> how) {

    public SceneBands {
        bands = Collections.unmodifiableMap(new EnumMap<>(bands));
        offsets = Collections.unmodifiableMap(new EnumMap<>(offsets));
        how = List.copyOf(how);
    }

    public boolean has(BandRole role) {
        return bands.containsKey(role);
    }

    public int index(BandRole role) {
        return bands.get(role);
    }

    /** The 0-based band indexes of {@code roles} (each must be present), in their order. */
    public int[] indexes(List<BandRole> roles) {
        return roles.stream().mapToInt(this::index).toArray();
    }

    /**
     * These bands as seen in a copy of the scene that holds only {@code roles}, in their order (band 0 the
     * first role): what {@link GridWarp#toVrt(java.nio.file.Path, int[], org.corridorwatch.model.GridGeometry,
     * java.nio.file.Path, String)} writes for {@link #indexes}.
     */
    public SceneBands only(List<BandRole> roles) {
        Map<BandRole, Integer> renumbered = new EnumMap<>(BandRole.class);
        Map<BandRole, Double> kept = new EnumMap<>(BandRole.class);
        for (int i = 0; i < roles.size(); i++) {
            renumbered.put(roles.get(i), i);
            kept.put(roles.get(i), offsets.get(roles.get(i)));
        }
        return new SceneBands(profile, renumbered, kept, how);
    }

    /** Reflectance of a DN of this role. */
    public float reflectance(BandRole role, float dn) {
        return (float) ((dn + offsets.get(role)) * profile.scale());
    }

    /**
     * The conversion {@link GdalScene#read} applies to this role while unpacking: DN → reflectance, with the
     * profile's conventional no-data DN masked; SCL classes are kept as they are.
     */
    public GdalScene.Linear linear(BandRole role) {
        return role == BandRole.SCL ? GdalScene.Linear.IDENTITY
                : new GdalScene.Linear(offsets.get(role).floatValue(), (float) profile.scale(), profile.nodataDn());
    }

    /**
     * Picks the profile for a scene: {@code forced} when given, else among profiles whose required
     * roles are all found by band description, the one whose nominal GSD is closest to the pixel size.
     */
    public static SceneBands detect(GdalScene scene, SensorProfiles profiles, String forced) {
        if (forced != null && !forced.isBlank()) {
            return resolve(scene, profiles.get(forced));
        }
        SceneBands best = null;
        double bestScore = Double.MAX_VALUE;
        double gsd = groundPixelSize(scene);
        for (SensorProfile p : profiles.all()) {
            if (!p.required().stream().allMatch(r -> byName(scene, p.bands().get(r).names()) >= 0)) {
                continue;
            }
            double score = Math.abs(Math.log(gsd / p.gsdM()));
            if (score < bestScore) {
                bestScore = score;
                best = resolve(scene, p);
            }
        }
        if (best == null) {
            throw new InputDataException(scene.path(), "cannot tell the sensor from the band descriptions "
                    + scene.bandNames(), "pass --sensor with one of the profiles in config/sensors.yaml, "
                    + "or set band descriptions (e.g. B04, B08, B12)");
        }
        return best;
    }

    /** Resolves every role of a profile; fails naming the file and the missing role. */
    public static SceneBands resolve(GdalScene scene, SensorProfile profile) {
        Map<BandRole, Integer> found = new EnumMap<>(BandRole.class);
        Map<BandRole, Double> offsets = new EnumMap<>(BandRole.class);
        List<String> how = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<BandRole, SensorProfile.BandSpec> e : profile.bands().entrySet()) {
            SensorProfile.BandSpec spec = e.getValue();
            int idx = byName(scene, spec.names());
            String via = "description '" + (idx >= 0 ? scene.bandNames().get(idx) : "") + "'";
            if (idx < 0 && spec.index() > 0 && spec.index() <= scene.bandCount() && !namedForOtherRole(scene, profile, spec.index() - 1)) {
                idx = spec.index() - 1;
                via = "index " + spec.index();
            }
            if (idx < 0) {
                if (!spec.optional()) {
                    missing.add(e.getKey().key() + " " + spec.names());
                }
                continue;
            }
            found.put(e.getKey(), idx);
            offsets.put(e.getKey(), e.getKey() == BandRole.SCL ? 0.0 : dnOffset(scene, profile, idx));
            how.add(e.getKey().key() + " = band " + (idx + 1) + " (" + via + ")");
        }
        if (!missing.isEmpty()) {
            throw new InputDataException(scene.path(), "lacks bands for sensor profile '" + profile.name() + "': "
                    + String.join(", ", missing) + " (its bands: " + scene.bandNames() + ")",
                    "set band descriptions as listed, or pass --sensor with the right profile");
        }
        return new SceneBands(profile, found, offsets, how);
    }

    /**
     * Whether a band's description already says what it is, so the index fallback must not give it a
     * role: a name of the profile, or a Sentinel-2 band name (B1…B12, B8A; GDAL's SENTINEL2 driver
     * writes "B7, central wavelength 783 nm"). Its 20 m subdataset has B5 B6 B7 first: without this,
     * forcing sentinel2 on it took B6 as green and B7 as red.
     */
    private static boolean namedForOtherRole(GdalScene scene, SensorProfile profile, int idx) {
        String name = key(scene.bandNames().get(idx));
        return name.matches("b\\d{1,2}a?")
                || profile.bands().values().stream().anyMatch(s -> s.names().stream().anyMatch(name::equalsIgnoreCase));
    }

    private static int byName(GdalScene scene, List<String> names) {
        List<String> bandNames = scene.bandNames();
        for (String n : names) {
            for (int i = 0; i < bandNames.size(); i++) {
                if (key(bandNames.get(i)).equals(n.toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * A band description reduced to the name it starts with: GDAL's SENTINEL2 driver describes bands as
     * "B4, central wavelength 665 nm", a VRT of it keeps that text.
     */
    static String key(String description) {
        String d = description.trim().toLowerCase(Locale.ROOT);
        int comma = d.indexOf(',');
        return (comma > 0 ? d.substring(0, comma) : d).trim();
    }

    /**
     * The DN offset of a band. For Sentinel-2: an explicit BOA_ADD_OFFSET in band or dataset
     * metadata, else GDAL's band offset (converted from reflectance units), else -1000 for processing
     * baseline 04.00 and later, else the profile's offset.
     */
    static double dnOffset(GdalScene scene, SensorProfile profile, int band) {
        if (!profile.s2BoaOffset()) {
            return profile.offset();
        }
        Double explicit = findOffset(scene.bandMetadata(band), scene.bandNames().get(band));
        if (explicit == null) {
            explicit = findOffset(scene.metadata(""), scene.bandNames().get(band));
        }
        if (explicit != null) {
            return explicit;
        }
        double gdalOffset = scene.bandOffset(band);
        double gdalScale = scene.bandScale(band);
        if (!Double.isNaN(gdalOffset) && gdalOffset != 0) {
            return gdalOffset / (Double.isNaN(gdalScale) || gdalScale == 0 ? profile.scale() : gdalScale);
        }
        String baseline = scene.metadata("").get("PROCESSING_BASELINE");
        if (baseline != null) {
            try {
                return Double.parseDouble(baseline) >= 4.0 ? -1000 : 0;
            } catch (NumberFormatException ignored) {
                // fall through to the profile's offset
            }
        }
        return profile.offset();
    }

    private static Double findOffset(Map<String, String> md, String bandName) {
        String generic = null;
        for (Map.Entry<String, String> e : md.entrySet()) {
            String key = e.getKey().toUpperCase(Locale.ROOT);
            if (!key.startsWith("BOA_ADD_OFFSET")) {
                continue;
            }
            if (key.equals("BOA_ADD_OFFSET")) {
                generic = e.getValue();
            } else if (key.endsWith("_" + bandName.toUpperCase(Locale.ROOT))) {
                return parse(e.getValue());
            }
        }
        return generic == null ? null : parse(generic);
    }

    private static Double parse(String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Pixel size in metres (degrees converted at the scene's latitude for geographic CRSs). */
    static double groundPixelSize(GdalScene scene) {
        double px = scene.grid().pixelWidth();
        if (scene.grid().epsg() == 4326) {
            double lat = scene.grid().y(scene.grid().width() / 2.0, scene.grid().height() / 2.0);
            return px * 111_320 * Math.cos(Math.toRadians(lat));
        }
        return px;
    }
}
