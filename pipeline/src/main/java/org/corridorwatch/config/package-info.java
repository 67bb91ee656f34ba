/**
 * Typed, validated configuration, read once and passed down (stages never see picocli types):
 * {@link org.corridorwatch.config.ScanConfig} from {@code config/corridorwatch.yaml} with an optional
 * user file merged over it (unknown keys and out-of-range values are {@code ConfigException}s naming
 * the file and the key; schema version 1; saved in every run.json), and the
 * {@link org.corridorwatch.config.SensorProfiles} of {@code config/sensors.yaml}: how each spectral role
 * is found in a scene and how DN become reflectance. Units are in the key names (_px, _m, _ha, _deg).
 */
package org.corridorwatch.config;
