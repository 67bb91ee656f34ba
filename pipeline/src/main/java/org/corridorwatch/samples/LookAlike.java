package org.corridorwatch.samples;

import java.util.Locale;

/**
 * Darkenings that are not fire, planted by the sweep's opt-in realism ({@link SweepOptions}) beside or on the
 * road between the two dates; each is a labelled truth feature of its own {@link FeatureClass} that a scan must
 * NOT flag.
 */
public enum LookAlike {
    /** A cloud shadow the scene classification missed (no cloud, no SCL flag): every band darker, blue least. */
    CLOUD_SHADOW(FeatureClass.CLOUD_SHADOW),
    /** Fresh asphalt: long, exactly road-wide, uniform, no wrecks. */
    RESURFACING(FeatureClass.RESURFACING),
    /** Wet soil and puddles after rain: darker, most of all in SWIR. */
    WET_SOIL(FeatureClass.WET_SOIL),
    /** Standing water across the road. */
    FLOOD(FeatureClass.FLOOD),
    /** A new building with a bright roof and the shadow it casts. */
    BUILDING_SHADOW(FeatureClass.BUILDING_SHADOW),
    /** A crop field harvested and ploughed: NIR falls, visible brightens. */
    HARVEST(FeatureClass.HARVEST),
    /** Vegetation that merely dried: NBR falls but it stays bright (red rises). */
    DRIED_VEGETATION(FeatureClass.DRIED_VEGETATION);

    private final FeatureClass featureClass;

    LookAlike(FeatureClass featureClass) {
        this.featureClass = featureClass;
    }

    /** The truth class written for this look-alike. */
    public FeatureClass featureClass() {
        return featureClass;
    }

    /** The name in case strings: lower case with hyphens. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The look-alike called {@code label}, or null. */
    public static LookAlike of(String label) {
        for (LookAlike l : values()) {
            if (l.label().equals(label)) {
                return l;
            }
        }
        return null;
    }
}
