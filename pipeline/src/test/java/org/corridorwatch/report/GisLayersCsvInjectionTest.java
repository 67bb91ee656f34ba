package org.corridorwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.raster.VectorLayers;
import org.junit.jupiter.api.Test;

/** candidates.csv: text cells from data (place names, reasons, paths) cannot start a formula. */
class GisLayersCsvInjectionTest {
    @Test
    void csvLayerTextCellsAreNeutralisedNumbersKept() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("place", "=HYPERLINK(\"http://evil.example\")");
        v.put("score", -0.5);
        VectorLayers.LayerSpec layer = new VectorLayers.LayerSpec("candidates", "NONE",
                List.of(new VectorLayers.Field("place", VectorLayers.FieldType.STRING),
                        new VectorLayers.Field("score", VectorLayers.FieldType.REAL)),
                List.of(new VectorLayers.Row(null, v)), List.of());
        VectorLayers.LayerSpec safe = GisLayers.neutralised(layer);
        assertEquals("'=HYPERLINK(\"http://evil.example\")", safe.rows().get(0).values().get("place"));
        assertEquals(-0.5, safe.rows().get(0).values().get("score"));
        assertEquals(layer.fields(), safe.fields());
    }
}
