package org.corridorwatch.nightly;

import java.util.List;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.TilePlanParameters;

/**
 * What cataloguing a scene needs to know, from the workspace's configuration read once per night: the sensor
 * profiles its bands are detected with, the corridors and the tile plan its cloud fraction is measured over, and
 * the spectral cloud test for scenes without a classification band.
 */
record SurveyParameters(SensorProfiles profiles, List<Corridor> corridors, TilePlanParameters tiles, MaskParameters masks) {
    SurveyParameters {
        corridors = List.copyOf(corridors);
    }

    static SurveyParameters of(SensorProfiles profiles, List<Corridor> corridors, ScanConfig scan, NightlyConfig nightly) {
        return new SurveyParameters(profiles, corridors, scan.tilePlan(nightly.bufferM()), scan.masks().toParameters());
    }
}
