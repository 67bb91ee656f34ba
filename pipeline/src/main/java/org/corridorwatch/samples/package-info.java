/**
 * Synthetic before/after imagery of the corridors with ground truth ({@code corridorwatch samples generate}).
 *
 * <p><b>Flow.</b> {@link org.corridorwatch.samples.SampleSite} turns a corridor segment or WGS84 box into a
 * north-up UTM {@link org.corridorwatch.model.GridGeometry} and road lines in scene metres (geo API);
 * {@link org.corridorwatch.samples.ScenarioPlanner} decides, from one seeded {@link java.util.SplittableRandom}
 * and a {@link org.corridorwatch.samples.SampleRecipe}, everything planted (attacks with wrecks and queues,
 * bush fires, truck parks, markets, new buildings, villages, clouds, nodata edges, gain/offset,
 * misregistration) as an immutable {@link org.corridorwatch.samples.Scenario};
 * {@link org.corridorwatch.samples.SceneRenderer} renders row strips of either date as float reflectance;
 * {@link org.corridorwatch.samples.SampleGenerator} encodes (sensor DN), writes GeoTIFFs through
 * {@code raster.GeoTiffWriter}, and writes {@code truth.geojson} (Jackson), {@code firms.csv} and a README.
 *
 * <p><b>Units.</b> Geometry in scene-CRS metres until written (truth and FIRMS in WGS84 lon/lat);
 * reflectance 0..1 in the maths; stored DN per {@link org.corridorwatch.samples.Sensor}: Sentinel-2
 * {@code 10000·ρ + 1000} (BOA_ADD_OFFSET −1000), PlanetScope {@code 10000·ρ}, high-res 8-bit {@code 510·ρ}.
 * Pixel (col,row) has its centre at (col+0.5,row+0.5).
 *
 * <p><b>Invariants.</b> Same seed and arguments → identical pixels and truth: per-pixel fields (texture,
 * trees, sensor noise) are counter-based hashes of (seed, position), so the result does not depend on strip
 * size, order or thread count. Every truth geometry lies inside the scene. The after image shows the ground
 * displaced by exactly (shiftCol, shiftRow) pixels and radiometry {@code gain·ρ + offset} per band (both in
 * the truth's {@code scene} member). Memory is bounded by strip rows × width × threads.
 *
 * <p><b>Nodata.</b> DN 0 in every band (and SCL 0) where a swath edge cuts the image; NaN in the
 * rendered float strips. No class in this package except the writers touches files, and none imports
 * {@code org.gdal}.
 */
package org.corridorwatch.samples;
