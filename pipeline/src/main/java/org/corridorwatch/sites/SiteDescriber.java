package org.corridorwatch.sites;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.Gazetteer;
import org.corridorwatch.geo.Geodesic;
import org.corridorwatch.geo.Location;
import org.corridorwatch.geo.Locator;
import org.corridorwatch.geo.MetricCorridor;
import org.corridorwatch.geo.Place;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.geo.Reproject;
import org.corridorwatch.model.GridGeometry;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.algorithm.MinimumDiameter;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.corridorwatch.model.PixelStats;
import org.corridorwatch.model.SiteFeatures;

/**
 * Turns a merged burn region (pixel outline and statistics on the scan's grid) into physical
 * features and a location: outline in WGS84, area, burn metrics, shape relative to the road,
 * distance to the corridor line, chainage and nearest place. Distances are measured in the UTM zone
 * of the site. Thread-safe.
 */
public final class SiteDescriber {
    /** Farther than this from every corridor line, a site is described without a corridor. */
    public static final double MAX_CORRIDOR_OFFSET_M = 20_000;
    /** Farther than this from every place, no place is named. */
    public static final double MAX_PLACE_KM = 60;

    private final GridGeometry grid;
    private final Projection sceneCrs;
    private final List<Corridor> corridors;
    private final Locator locator;
    private final Gazetteer places;
    private final double pixelAreaM2;
    private final boolean swir;
    private final Map<String, MetricCorridor> metric = new ConcurrentHashMap<>();

    /**
     * A described region: its outline in WGS84, features and location ({@code location} may be empty), and its
     * rectangularity (area over the area of its minimum bounding rectangle, 1 = a rectangle; NaN without an outline).
     */
    public record Description(Geometry outlineWgs84, double lon, double lat, SiteFeatures features,
                              Optional<Location> location, String placeLabel, double rectangularity) {
    }

    public SiteDescriber(GridGeometry grid, Projection sceneCrs, List<Corridor> corridors, Gazetteer places,
                         double pixelAreaM2, boolean swir) {
        this.grid = grid;
        this.sceneCrs = sceneCrs;
        this.corridors = List.copyOf(corridors);
        this.locator = corridors.isEmpty() ? null : new Locator(corridors, places);
        this.places = places;
        this.pixelAreaM2 = pixelAreaM2;
        this.swir = swir;
    }

    public Description describe(SiteMerger.MergedRegion region) {
        Geometry wgs84 = toWgs84(region.outline());
        Coordinate c = centroidLonLat(region.stats());
        PixelStats s = region.stats();
        double[] axes = s.principalAxes();
        Optional<Location> loc = Optional.empty();
        double distance = Double.NaN;
        double roadAngle = Double.NaN;
        double roadBearing = Double.NaN;
        double roadFraction = Double.NaN;
        if (locator != null) {
            Location l = locator.locate(c.x, c.y);
            if (Math.abs(l.offsetM()) <= MAX_CORRIDOR_OFFSET_M) {
                loc = Optional.of(l);
                Projection utm = Projections.utmFor(c.x, c.y);
                MetricCorridor mc = metric.computeIfAbsent(l.corridorId() + "@" + utm.epsg(),
                        k -> MetricCorridor.of(corridor(l.corridorId()), utm));
                Geometry siteUtm = project(wgs84, utm);
                distance = mc.line().distance(siteUtm);
                roadFraction = roadFraction(siteUtm, mc.line());
                // along the road used (l.chainageKm() is measured along the prior where the image moved the road)
                double[] xy = utm.forward(c.x, c.y);
                double km = mc.chainageKm(xy[0], xy[1]);
                roadAngle = SiteFeatures.axisAngle(axes[2], mc.bearingDegAt(km));
                // in the scene's grid, the plane the vehicle objects are placed in (the site's UTM zone may differ)
                roadBearing = metric.computeIfAbsent(l.corridorId() + "@" + sceneCrs.epsg(),
                        k -> MetricCorridor.of(corridor(l.corridorId()), sceneCrs)).bearingDegAt(km) % 180;
            }
        }
        SiteFeatures f = new SiteFeatures(s.count() * pixelAreaM2, s.meanBurn(), s.maxBurn(), s.meanEvidence(),
                s.meanDark(), axes[0] / axes[1], axes[2], roadAngle, roadBearing, distance, roadFraction, swir,
                s.components());
        return new Description(wgs84, c.x, c.y, f, loc, placeLabel(loc, c), rectangularity(region.outline()));
    }

    /** Area over the area of the minimum bounding rectangle (any orientation), NaN for an empty outline. */
    static double rectangularity(Geometry outline) {
        if (outline == null || outline.isEmpty() || outline.getArea() <= 0) {
            return Double.NaN;
        }
        double box = new MinimumDiameter(outline).getMinimumRectangle().getArea();
        return box > 0 ? Math.min(1, outline.getArea() / box) : Double.NaN;
    }

    /** Share of the site's area within {@link SiteFeatures#HUG_M} of the road line (both in metres). */
    static double roadFraction(Geometry siteMetric, Geometry roadMetric) {
        double area = siteMetric.getArea();
        if (area <= 0) {
            return 0;
        }
        Envelope near = siteMetric.getEnvelopeInternal();
        near.expandBy(SiteFeatures.HUG_M * 2);
        Geometry local = roadMetric.intersection(roadMetric.getFactory().toGeometry(near));
        if (local.isEmpty()) {
            return 0;
        }
        return Math.min(1, siteMetric.intersection(local.buffer(SiteFeatures.HUG_M, 8)).getArea() / area);
    }

    /** Where a point is: its location on the nearest corridor (when within reach) and the place label. */
    public record Where(Optional<Location> location, String label) {
    }

    public Where locate(double lon, double lat) {
        Optional<Location> loc = Optional.empty();
        if (locator != null) {
            Location l = locator.locate(lon, lat);
            if (Math.abs(l.offsetM()) <= MAX_CORRIDOR_OFFSET_M) {
                loc = Optional.of(l);
            }
        }
        return new Where(loc, placeLabel(loc, new Coordinate(lon, lat)));
    }

    private String placeLabel(Optional<Location> loc, Coordinate c) {
        if (loc.isPresent()) {
            Location l = loc.get();
            return l.labelWith(corridor(l.corridorId()).shortName());
        }
        if (places == null) {
            return "";
        }
        return places.nearest(c.x, c.y).filter(p -> distanceKm(p, c) <= MAX_PLACE_KM)
                .map(p -> String.format(Locale.ROOT, "%.1f km from %s", distanceKm(p, c), p.name())).orElse("");
    }

    private static double distanceKm(Place p, Coordinate c) {
        return Geodesic.distanceM(p.lon(), p.lat(), c.x, c.y) / 1000;
    }

    private Corridor corridor(String id) {
        return corridors.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    private Coordinate centroidLonLat(PixelStats s) {
        double x = grid.x(s.centroidCol(), s.centroidRow());
        double y = grid.y(s.centroidCol(), s.centroidRow());
        double[] ll = sceneCrs.inverse(x, y);
        return new Coordinate(ll[0], ll[1]);
    }

    /** Pixel-coordinate outline → scene CRS → WGS84. */
    public Geometry toWgs84(Geometry pixelOutline) {
        double[] g = grid.geoTransform();
        AffineTransformation toScene = new AffineTransformation(g[1], g[2], g[0], g[4], g[5], g[3]);
        Geometry scene = toScene.transform(pixelOutline);
        return Reproject.apply(scene, sceneCrs::inverse);
    }

    private static Geometry project(Geometry wgs84, Projection p) {
        return Reproject.apply(wgs84, p::forward);
    }
}
