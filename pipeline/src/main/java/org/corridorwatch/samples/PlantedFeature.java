package org.corridorwatch.samples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One ground-truth feature: class, outline in scene-CRS metres, in which image(s) it is visible, and
 * attributes (vehicle_count, wreck_count, date, ...). Immutable.
 */
public record PlantedFeature(String id, FeatureClass featureClass, Geometry geometry, When visible,
                             Map<String, Object> attributes) {
    public PlantedFeature {
        geometry = geometry.copy();
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    @Override
    public Geometry geometry() {
        return geometry.copy();
    }

    /** A copy with one more attribute. */
    public PlantedFeature with(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(attributes);
        m.put(key, value);
        return new PlantedFeature(id, featureClass, geometry, visible, m);
    }
}
