package org.corridorwatch.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridorwatch.change.TileChangeDetector;
import org.corridorwatch.change.evidence.BurnEvidence;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.change.regions.BurnRegions;
import org.corridorwatch.change.vehicles.ClusterChangeParameters;
import org.corridorwatch.change.vehicles.VehicleClusterParameters;
import org.corridorwatch.change.vehicles.VehicleDetectionParameters;
import org.corridorwatch.model.ConfigException;
import org.corridorwatch.roads.imagery.ImageryRoadParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultsLoadAndValidate() {
        ScanConfig c = ScanConfig.loadDefault();
        assertEquals(512, c.tiles().sizePx());
        assertEquals(0.5, c.sites().reportThreshold());
        assertEquals(1.0, c.sites().weights().get("burn"));
        assertEquals(1500, c.sites().proximity().zeroM());
    }

    @Test
    void userFileOverridesOnlyWhatItNames() throws Exception {
        Path f = Files.writeString(dir.resolve("c.yaml"), "sites:\n  report_threshold: 0.7\n  proximity: {full_m: 50}\n");
        ScanConfig c = ScanConfig.load(f);
        assertEquals(0.7, c.sites().reportThreshold());
        assertEquals(50, c.sites().proximity().fullM());
        assertEquals(1500, c.sites().proximity().zeroM());
        assertEquals(512, c.tiles().sizePx());
    }

    @Test
    void unknownKeysAndBadValuesNameTheFile() throws Exception {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "sites:\n  report_treshold: 0.7\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ScanConfig.load(typo));
        assertTrue(e.getMessage().startsWith(typo.toString()) && e.getMessage().contains("sites.report_treshold"), e.getMessage());
        Path range = Files.writeString(dir.resolve("range.yaml"), "tiles: {size_px: 10}\n");
        assertTrue(assertThrows(ConfigException.class, () -> ScanConfig.load(range)).getMessage().contains("size_px"));
        Path text = Files.writeString(dir.resolve("text.yaml"), "tiles: {size_px: big}\n");
        assertThrows(ConfigException.class, () -> ScanConfig.load(text));
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "tiles: [\n");
        assertTrue(assertThrows(ConfigException.class, () -> ScanConfig.load(broken)).getMessage().contains("not valid YAML"));
    }

    /** The YAML defaults are the algorithms' own DEFAULT records: the two cannot drift apart unnoticed. */
    @Test
    void yamlDefaultsAreTheStagesDefaults() {
        ScanConfig c = ScanConfig.loadDefault();
        assertEquals(VehicleDetectionParameters.DEFAULT, c.vehicleDetection());
        assertEquals(1.5, c.vehicleDetection().pairSplitMaxGsdM());
        assertEquals(org.corridorwatch.change.vehicles.WrecksOnChar.Parameters.DEFAULTS, c.wrecksOnChar());
        assertEquals(org.corridorwatch.change.vehicles.QueueChains.Parameters.DEFAULTS, c.queueChains());
        assertEquals(org.corridorwatch.sites.SiteParameters.LookAlikes.DEFAULTS, c.sites().lookAlikes());
        assertEquals(0.05, c.sites().lookAlikes().cloudBesideMinShare(), 1e-12);
        assertEquals(375, c.sites().lookAlikes().cloudBesideFirmsOnM(), 1e-12);
        assertEquals(0.25, c.sites().lookAlikes().shadowAcrossAroundMinDarkening(), 1e-12);
        assertEquals(0.15, c.sites().lookAlikes().shadeAroundMinDarkening(), 1e-12);
        assertEquals(1, c.sites().lookAlikes().shadowSmallMinHa(), 1e-12);
        assertEquals(0.45, c.sites().lookAlikes().shadowSmallMinDarkening(), 1e-12);
        assertEquals(8, c.sites().lookAlikes().roadLineMaxCharWidthM(), 1e-12);
        assertEquals(2, c.sites().lookAlikes().cloudBesideMaxWrecks());
        assertEquals(0.5, c.sites().lookAlikes().shadowAcrossCloudMinShare(), 1e-12);
        assertTrue(c.sites().lookAlikes().bushfireWreckLineNeedsFire());
        assertEquals(18, c.sites().lookAlikes().roadLineMaxWidthM(), 1e-12);
        assertEquals(4, c.sites().lookAlikes().roadLineMinElongation(), 1e-12);
        assertEquals(20, c.sites().lookAlikes().roadLineMaxRoadAngleDeg(), 1e-12);
        assertTrue(c.sites().lookAlikes().roadLineWithoutSwir());
        assertEquals(0.1, c.sites().lookAlikes().carriagewayUnmixMinBandDarkening(), 1e-12);
        assertTrue(c.sites().lookAlikes().burnAcrossRoad());
        assertEquals(org.corridorwatch.change.vehicles.WreckLanes.Parameters.DEFAULTS, c.sites().vehicles().lanes());
        assertEquals(org.corridorwatch.change.vehicles.StrayEnds.Parameters.DEFAULTS, c.sites().vehicles().ends());
        assertEquals(org.corridorwatch.change.vehicles.LinePitch.Parameters.DEFAULTS, c.sites().vehicles().pitch());
        assertEquals(ImageryRoadParameters.DEFAULT, c.roadsFromImagery());
        assertTrue(c.roadsFromImagery().enabled(), "the road found in the imagery is on by default (issue 15)");
        assertEquals(ImageryRoadParameters.NirCell.MIN, c.roadsFromImagery().nirCell());
        assertEquals(ImageryRoadParameters.BeforeShadow.LIFT, c.roadsFromImagery().beforeShadow());
        assertEquals(30, c.roadsFromImagery().keepConfiguredMaxM(), 1e-12);
        assertEquals(0.8, c.roadsFromImagery().priorOnRoadSupport(), 1e-12);
        assertEquals(30, c.roadsFromImagery().cloudMarginM(), 1e-12);
        assertEquals(200, c.roadsFromImagery().cloudGapMinM(), 1e-12);
        assertEquals(VehicleClusterParameters.DEFAULT, c.vehicleClusters());
        assertEquals(ClusterChangeParameters.DEFAULT, c.clusterChange());
        assertEquals(BurnEvidence.Parameters.DEFAULTS, c.evidence());
        assertEquals(BurnRegions.Parameters.DEFAULTS, c.regions());
        assertEquals(5.0, c.regions().neckMaxGsdM(), "regions joined by a thin neck are split on pixels up to 5 m");
        assertEquals(1000, c.regions().neckMinPartM2());
        assertEquals(30, c.regions().neckMinLengthM());
        assertEquals(0.4, c.regions().rimEvidence(), "the mixed edge of regions on coarse pixels (RegionRim)");
        assertEquals(8, c.regions().rimMinGsdM());
        assertEquals(MaskParameters.DEFAULTS, c.masks().toParameters());
        assertEquals(0.9, c.masks().shadowRoadShare(), "shade-like patches along the road stay unmasked (RoadShade)");
        assertEquals(TileChangeDetector.Parameters.DEFAULTS, c.tileAnalysis().detection());
    }

    @Test
    void aStageRecordsOwnValidationNamesItsKey() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "vehicle_clusters: {eps_metres: -1}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ScanConfig.load(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()) && e.getMessage().contains("epsMetres must be > 0"), e.getMessage());
        Path hug = Files.writeString(dir.resolve("hug.yaml"), "sites: {hug: {zero_fraction: 0.9, full_fraction: 0.5}}\n");
        assertTrue(assertThrows(ConfigException.class, () -> ScanConfig.load(hug)).getMessage().contains("sites.hug"));
        Path type = Files.writeString(dir.resolve("type.yaml"), "masks: {cloud_dilation: wide}\n");
        assertTrue(assertThrows(ConfigException.class, () -> ScanConfig.load(type)).getMessage().contains("masks.cloud_dilation"));
    }

    /** nir_cell and before_shadow are enums read from their lower-case words, written back as them (run.json). */
    @Test
    void enumKeysReadAndWriteTheirWordsAndNameTheChoicesWhenWrong() throws Exception {
        Path mean = Files.writeString(dir.resolve("mean.yaml"), "roads_from_imagery: {nir_cell: mean, before_shadow: none}\n");
        ScanConfig c = ScanConfig.load(mean);
        assertEquals(ImageryRoadParameters.NirCell.MEAN, c.roadsFromImagery().nirCell());
        assertEquals(ImageryRoadParameters.BeforeShadow.NONE, c.roadsFromImagery().beforeShadow());
        assertEquals("mean", c.toTree().at("/roads_from_imagery/nir_cell").textValue());
        assertEquals("none", c.toTree().at("/roads_from_imagery/before_shadow").textValue());
        assertEquals("min", ScanConfig.loadDefault().toTree().at("/roads_from_imagery/nir_cell").textValue());
        assertEquals("lift", ScanConfig.loadDefault().toTree().at("/roads_from_imagery/before_shadow").textValue());

        Path word = Files.writeString(dir.resolve("word.yaml"), "roads_from_imagery: {nir_cell: median}\n");
        String m = assertThrows(ConfigException.class, () -> ScanConfig.load(word)).getMessage();
        assertTrue(m.startsWith(word.toString()) && m.contains(
                "invalid value for 'roads_from_imagery.nir_cell': got \"median\", expected one of min, mean"), m);
        Path number = Files.writeString(dir.resolve("number.yaml"), "roads_from_imagery: {before_shadow: 1}\n");
        m = assertThrows(ConfigException.class, () -> ScanConfig.load(number)).getMessage();
        assertTrue(m.contains("invalid value for 'roads_from_imagery.before_shadow': got 1, expected one of lift, none"), m);
        Path upper = Files.writeString(dir.resolve("upper.yaml"), "roads_from_imagery: {before_shadow: LIFT}\n");
        m = assertThrows(ConfigException.class, () -> ScanConfig.load(upper)).getMessage();
        assertTrue(m.contains("'roads_from_imagery.before_shadow': got \"LIFT\", expected one of lift, none"), m);
        Path none = Files.writeString(dir.resolve("null.yaml"), "roads_from_imagery: {nir_cell: null}\n");
        m = assertThrows(ConfigException.class, () -> ScanConfig.load(none)).getMessage();
        assertTrue(m.contains("roads_from_imagery.nir_cell must be min or mean"), m);
    }

    @Test
    void sensorProfilesLoad() {
        SensorProfiles p = SensorProfiles.loadDefault();
        assertTrue(p.get("sentinel2").hasSwir());
        assertTrue(!p.get("planetscope").hasSwir());
        assertTrue(p.get("highres").relative());
        assertThrows(ConfigException.class, () -> p.get("worldview"));
    }
}
