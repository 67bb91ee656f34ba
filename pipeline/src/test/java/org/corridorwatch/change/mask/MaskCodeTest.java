package org.corridorwatch.change.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskCodeTest {
    @Test
    void cloudCirrusAndShadowAreCloudOrShadeAndNothingElseIs() {
        StringBuilder yes = new StringBuilder();
        for (byte c = 0; c < MaskCode.count(); c++) {
            if (MaskCode.cloudOrShade(c)) {
                yes.append(MaskCode.name(c)).append(' ');
            }
        }
        assertEquals("cloud cirrus shadow ", yes.toString());
    }
}
