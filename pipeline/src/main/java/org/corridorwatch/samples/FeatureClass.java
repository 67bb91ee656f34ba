package org.corridorwatch.samples;

import java.util.Locale;

/** Classes of planted features as written to {@code truth.geojson} (property {@code class}). */
public enum FeatureClass {
    /** Compact burn scar on the road from a convoy attack between the two dates. */
    ATTACK,
    /** One burnt-out tanker of an attack (after date only). */
    WRECK,
    /** Kilometre-long line of intact stranded trucks behind an attack (after date only). */
    QUEUE,
    /** One intact vehicle (in a queue, a truck park or a market). */
    TRUCK,
    /** Dry-season bush-fire scar that appeared between the dates. */
    BUSHFIRE,
    /** Burn scar already present before the first date (in both images: not a change). */
    OLD_BURN,
    /** Truck park beside the road: vehicles in both dates (not all the same ones). */
    TRUCK_PARK,
    /** Roadside market: stalls and vehicles in both dates. */
    MARKET,
    /** Building with a bright metal roof that appeared between the dates. */
    NEW_BUILDING,
    /** Village (roofs in both dates). */
    VILLAGE,
    CLOUD,
    CLOUD_SHADOW,
    /** Thin cirrus veil. */
    CIRRUS,
    /** Pixels without data at a swath edge in one of the dates. */
    NODATA,
    /** Look-alike (sweep cases only): fresh asphalt on a long road-wide strip. */
    RESURFACING,
    /** Look-alike (sweep cases only): wet soil and puddles after rain. */
    WET_SOIL,
    /** Look-alike (sweep cases only): standing water across the road. */
    FLOOD,
    /** Look-alike (sweep cases only): the shadow of a new building. */
    BUILDING_SHADOW,
    /** Look-alike (sweep cases only): a harvested and ploughed field. */
    HARVEST,
    /** Look-alike (sweep cases only): vegetation that dried between the dates. */
    DRIED_VEGETATION,
    /** Centre line of the road as drawn (with a road course: its own course, not the configured line). */
    ROAD,
    /** Centre line of a second, unpaved track beside the road. */
    TRACK,
    /** Centre line of a straight new road segment present in the after date only. */
    BYPASS;

    /** The name used in GeoJSON: lower case. */
    public String geojsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
