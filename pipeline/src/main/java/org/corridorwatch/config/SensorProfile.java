package org.corridorwatch.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to find each spectral role in a scene of one sensor and turn its DN into reflectance:
 * {@code reflectance = (DN + offset) * scale}. Immutable.
 *
 * @param name        profile id ("sentinel2")
 * @param description one line for humans
 * @param gsdM        nominal ground sample distance in metres (used to break ties in detection)
 * @param scale       DN to reflectance multiplier
 * @param offset      added to DN before scaling (overridden by Sentinel-2 metadata when {@code s2BoaOffset})
 * @param s2BoaOffset read BOA_ADD_OFFSET / processing baseline from Sentinel-2 L2A metadata
 * @param relative    DN are not reflectance: only relative (change) measures are meaningful
 * @param required    roles that must be present
 * @param bands       lookup rules per role
 */
public record SensorProfile(String name, String description, double gsdM, double scale, double offset,
                            boolean s2BoaOffset, boolean relative, double nodataDn, Set<BandRole> required,
                            Map<BandRole, BandSpec> bands) {

    /**
     * Lookup rule for one role.
     *
     * @param names    band descriptions that identify it (case-insensitive)
     * @param index    1-based band index used when no description matches; 0 for none
     * @param optional the scan works without it
     */
    public record BandSpec(List<String> names, int index, boolean optional) {
        public BandSpec {
            names = List.copyOf(names);
        }
    }

    public SensorProfile {
        required = Set.copyOf(required);
        bands = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(bands));
    }

    /** True when the profile can deliver SWIR2 (dNBR is possible). */
    public boolean hasSwir() {
        return bands.containsKey(BandRole.SWIR2);
    }
}
