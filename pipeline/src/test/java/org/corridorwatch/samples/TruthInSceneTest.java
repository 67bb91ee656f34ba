package org.corridorwatch.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TruthInSceneTest {
    static List<String> cases() {
        return SampleRecipe.CASE_NAMES;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyTruthFeatureLiesInsideTheScene(String name) {
        Scenario s = SampleFixtures.scenario(Sensor.SENTINEL2, 500, SampleRecipe.forCase(name), 7);
        double side = 500 * 10;
        Envelope e = new Envelope(SampleFixtures.X0, SampleFixtures.X0 + side, SampleFixtures.Y0 - side,
                SampleFixtures.Y0);
        e.expandBy(1e-6);
        Geometry scene = new GeometryFactory().toGeometry(e);
        assertFalse(s.features().isEmpty());
        for (PlantedFeature f : s.features()) {
            assertTrue(scene.covers(f.geometry()), f.id() + " leaves the scene: " + f.geometry().getEnvelopeInternal());
        }
        long attacks = s.features().stream().filter(f -> f.featureClass() == FeatureClass.ATTACK).count();
        org.junit.jupiter.api.Assertions.assertEquals(SampleRecipe.forCase(name).attacks(), attacks);
    }
}
