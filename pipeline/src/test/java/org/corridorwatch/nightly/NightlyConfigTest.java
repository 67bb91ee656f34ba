package org.corridorwatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/nightly.yaml read through the shared YAML loader: defaults, merging, retired and unknown keys, types. */
class NightlyConfigTest {
    @TempDir
    Path dir;

    private NightlyConfig load(String yaml) throws Exception {
        return NightlyConfig.load(Files.writeString(dir.resolve("nightly.yaml"), yaml));
    }

    @Test
    void theShippedFileHoldsTheCodeDefaults() throws Exception {
        NightlyConfig c = load(NightlyConfig.defaultYaml());
        assertEquals(PairingParameters.DEFAULT, c.pairing());
        assertEquals("all", c.corridor());
        assertTrue(Double.isNaN(c.bufferM()));
        assertEquals(0, c.threads());
        assertTrue(c.chips());
        assertNull(c.stacUrl());
        assertEquals("firms", c.firmsFolder());
        assertTrue(c.notes().isEmpty());
    }

    @Test
    void aPartialFileIsMergedOverTheDefaults() throws Exception {
        NightlyConfig c = load("pairing:\n  max_gap_days: 20\nthreads: 2\nstac:\n  url: http://localhost:9/stac\n");
        assertEquals(20, c.pairing().maxGapDays());
        assertEquals(PairingParameters.DEFAULT_MAX_CLOUD_FRACTION, c.pairing().maxCloudFraction());
        assertEquals(2, c.threads());
        assertEquals("http://localhost:9/stac", c.stacUrl());
        assertNull(c.stacCollection());
    }

    @Test
    void theRetiredOverlapKeyIsAcceptedWithANote() throws Exception {
        NightlyConfig c = load("pairing:\n  min_overlap_fraction: 0.3\n");
        assertEquals(1, c.notes().size());
        assertTrue(c.notes().get(0).contains("min_overlap_fraction is no longer used"), c.notes().get(0));
    }

    @Test
    void unknownKeysAndWrongTypesNameTheirKey() {
        ConfigException unknown = assertThrows(ConfigException.class, () -> load("stac:\n  collectoin: x\n"));
        assertTrue(unknown.getMessage().contains("unknown key 'stac.collectoin'"), unknown.getMessage());
        ConfigException type = assertThrows(ConfigException.class, () -> load("pairing:\n  max_gap_days: soon\n"));
        assertTrue(type.getMessage().contains("'pairing.max_gap_days' must be a number"), type.getMessage());
        ConfigException range = assertThrows(ConfigException.class, () -> load("buffer_m: -5\n"));
        assertTrue(range.getMessage().contains("buffer_m must be > 0"), range.getMessage());
    }
}
