package org.corridorwatch.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridorwatch.model.ConfigException;

/** The sensor profiles of {@code config/sensors.yaml}, validated. */
public final class SensorProfiles {
    private final Map<String, SensorProfile> profiles;

    private SensorProfiles(Map<String, SensorProfile> profiles) {
        this.profiles = profiles;
    }

    public static SensorProfiles loadDefault() {
        return load(YamlFiles.home().resolve("config/sensors.yaml"));
    }

    public static SensorProfiles load(Path file) {
        JsonNode profilesNode = YamlFiles.read(file).path("profiles");
        if (!profilesNode.isObject() || profilesNode.isEmpty()) {
            throw new ConfigException(file, "has no 'profiles' mapping", "see config/sensors.yaml");
        }
        Map<String, SensorProfile> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = profilesNode.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), parse(file, e.getKey(), e.getValue()));
        }
        return new SensorProfiles(out);
    }

    private static SensorProfile parse(Path file, String name, JsonNode n) {
        String where = "profile '" + name + "': ";
        double gsd = n.path("gsd_m").asDouble(Double.NaN);
        double scale = n.path("scale").asDouble(Double.NaN);
        if (!(gsd > 0) || !(scale > 0)) {
            throw new ConfigException(file, where + "gsd_m and scale must be positive numbers", "see config/sensors.yaml");
        }
        Map<BandRole, SensorProfile.BandSpec> bands = new EnumMap<>(BandRole.class);
        JsonNode bandsNode = n.path("bands");
        for (Iterator<Map.Entry<String, JsonNode>> it = bandsNode.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> b = it.next();
            BandRole role = role(file, where, b.getKey());
            List<String> names = new ArrayList<>();
            b.getValue().path("names").forEach(v -> names.add(v.asText()));
            int index = b.getValue().path("index").asInt(0);
            if (names.isEmpty() && index <= 0) {
                throw new ConfigException(file, where + "band '" + b.getKey() + "' needs names or an index", "see config/sensors.yaml");
            }
            bands.put(role, new SensorProfile.BandSpec(names, index, b.getValue().path("optional").asBoolean(false)));
        }
        Set<BandRole> required = EnumSet.noneOf(BandRole.class);
        for (JsonNode r : n.path("required")) {
            BandRole role = role(file, where, r.asText());
            if (!bands.containsKey(role)) {
                throw new ConfigException(file, where + "required role '" + r.asText() + "' has no band rule", "add it under bands:");
            }
            required.add(role);
        }
        if (!bands.containsKey(BandRole.RED) || !bands.containsKey(BandRole.NIR) && !n.path("relative").asBoolean(false)) {
            throw new ConfigException(file, where + "needs at least red and nir bands (or relative: true)", "see config/sensors.yaml");
        }
        return new SensorProfile(name, n.path("description").asText(name), gsd, scale, n.path("offset").asDouble(0),
                n.path("s2_boa_offset").asBoolean(false), n.path("relative").asBoolean(false),
                n.path("nodata_dn").asDouble(Double.NaN), required, bands);
    }

    private static BandRole role(Path file, String where, String key) {
        try {
            return BandRole.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, where + "unknown band role '" + key + "'",
                    "roles are blue, green, red, rededge, nir, swir1, swir2, scl");
        }
    }

    public List<SensorProfile> all() {
        return List.copyOf(profiles.values());
    }

    public SensorProfile get(String name) {
        SensorProfile p = profiles.get(name.toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new ConfigException("unknown sensor profile '" + name + "'", "known profiles: " + String.join(", ", profiles.keySet()));
        }
        return p;
    }
}
