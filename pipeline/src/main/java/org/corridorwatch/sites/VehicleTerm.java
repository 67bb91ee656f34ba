package org.corridorwatch.sites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridorwatch.change.vehicles.ClusterChange;
import org.corridorwatch.change.vehicles.LineCount;
import org.corridorwatch.change.vehicles.LinePitch;
import org.corridorwatch.change.vehicles.LoneWrecks;
import org.corridorwatch.change.vehicles.PlacedVehicle;
import org.corridorwatch.change.vehicles.RoadParallelBand;
import org.corridorwatch.change.vehicles.StrayEnds;
import org.corridorwatch.change.vehicles.VehicleCluster;
import org.corridorwatch.change.vehicles.WreckLanes;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Reproject;
import org.locationtech.jts.algorithm.MinimumDiameter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.corridorwatch.model.SiteFeatures;

/**
 * The vehicle term: new dark, tanker-sized objects (burnt wrecks) in new wreck-line clusters within
 * {@code site_distance_m} of a burn scar that stand along the road ({@link RoadParallelBand}: within
 * {@code wreck_line_offset_m} of a line parallel to the road at the site, or to the scar's long axis for
 * a site away from every corridor), plus lone dark objects on the scar along that line
 * ({@link LoneWrecks}; with no such cluster, at least {@code lone_line_min} lone dark objects on the scar in one band
 * along the road are the line), in [0,1]: {@code 1 − 2^(−wrecks / wrecks_for_half)}. The wrecks
 * are counted by {@link LineCount} (by the line's length on pixels coarser than
 * {@code count_by_length_above_gsd_m}, its stray ends trimmed first ({@link StrayEnds}: {@code wreck_ends_trimmed}), in as
 * many lanes as {@link WreckLanes} finds: {@code wreck_lanes}, each lane at its own pitch where its objects show it,
 * {@link LinePitch}). Vehicle clusters present in both dates (truck
 * parks, markets, checkpoints) are never evidence. On sensors too coarse to resolve vehicles the term
 * is absent: its value is 0 and the reasons say so.
 */
public final class VehicleTerm implements EvidenceTerm {
    private static final GeometryFactory GF = new GeometryFactory();

    private final List<ClusterChange.Match> clusters;
    private final List<PlacedVehicle> unclustered;
    private final Projection sceneCrs;
    private final SiteParameters.Vehicles p;
    private final String unresolved;
    private final double gsdM;

    private VehicleTerm(List<ClusterChange.Match> clusters, List<PlacedVehicle> unclustered, Projection sceneCrs,
                        SiteParameters.Vehicles p, String unresolved, double gsdM) {
        this.clusters = List.copyOf(clusters);
        this.unclustered = List.copyOf(unclustered);
        this.sceneCrs = sceneCrs;
        this.p = p;
        this.unresolved = unresolved;
        this.gsdM = gsdM;
    }

    /**
     * @param clusters    after-date clusters with their verdicts, members placed in the scene CRS (metres)
     * @param unclustered new after-date objects in no cluster, same CRS (lone wrecks of a faint line)
     * @param sceneCrs    WGS84 ↔ scene CRS, to bring site outlines to the clusters
     * @param gsdM        ground sample distance of the imagery, metres
     */
    public static VehicleTerm of(List<ClusterChange.Match> clusters, List<PlacedVehicle> unclustered,
                                 Projection sceneCrs, SiteParameters.Vehicles p, double gsdM) {
        return new VehicleTerm(clusters, unclustered, sceneCrs, p, null, gsdM);
    }

    /** The term on a sensor that cannot see vehicles: always 0, saying why. */
    public static VehicleTerm unresolved(String why) {
        return new VehicleTerm(List.of(), List.of(), null, null, why, Double.NaN);
    }

    @Override
    public String name() {
        return "vehicles";
    }

    @Override
    public Result evaluate(SiteFeatures site) {
        if (unresolved != null) {
            return absent();
        }
        throw new IllegalStateException("the vehicle term needs the site's outline");
    }

    private Result absent() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("vehicle_count", null);
        d.put("wreck_count", null);
        d.put("wreck_lanes", null);
        d.put("wreck_ends_trimmed", null);
        return new Result(name(), 0, List.of("no vehicle evidence: " + unresolved), d);
    }

    @Override
    public Result evaluate(SiteFeatures site, Geometry outlineWgs84) {
        if (unresolved != null) {
            return absent();
        }
        Geometry outline = Reproject.apply(outlineWgs84, sceneCrs::forward);
        int vehicles = 0;
        int persistent = 0;
        List<PlacedVehicle> wreckLine = new ArrayList<>();
        for (ClusterChange.Match m : clusters) {
            if (distance(m, outline) > p.siteDistanceM()) {
                continue;
            }
            if (m.kind() == ClusterChange.Kind.PERSISTENT) {
                persistent += m.after().count();
                continue;
            }
            vehicles += m.after().count();
            if (m.kind() != ClusterChange.Kind.NEW_WRECK_LINE) {
                continue; // dark gaps between the trucks of a queue are not wrecks
            }
            for (PlacedVehicle v : m.after().members()) {
                if (v.object().isWreckCandidate()) {
                    wreckLine.add(v);
                }
            }
        }
        double axis = Double.isFinite(site.roadBearingDeg()) ? site.roadBearingDeg() : longAxisAzimuth(outline);
        java.util.function.Predicate<PlacedVehicle> onScar =
                v -> outline.distance(GF.createPoint(new Coordinate(v.x(), v.y()))) <= p.wreckOnScarM();
        // burnt tankers stand on their own char: dark objects of the line off the scar (dark gaps of a queue,
        // shadows further along the road) are not counted
        wreckLine = RoadParallelBand.keep(wreckLine.stream().filter(onScar).toList(), axis, p.wreckLineOffsetM());
        wreckLine = wreckLine.isEmpty()
                ? LoneWrecks.lineOfLone(unclustered, onScar, axis, p.wreckLineOffsetM(), p.loneLineMin())
                : LoneWrecks.join(wreckLine, unclustered, onScar, axis, p.wreckLineOffsetM());
        boolean byLength = gsdM > p.countByLengthAboveGsdM();
        // counted by length, a stray object past the convoy's end adds its distance: the ends are trimmed first
        StrayEnds.Trim ends = byLength ? StrayEnds.trim(wreckLine, axis, p.ends()) : null;
        if (ends != null) {
            wreckLine = ends.kept();
        }
        // two abreast: counted by length lane by lane, each lane by the span of its own objects (WreckLanes), at the
        // lane's own pitch where its consecutive objects show it (LinePitch)
        WreckLanes.Split lanes = byLength ? WreckLanes.split(wreckLine, axis, p.lanes()) : null;
        List<LinePitch.Pitch> pitches = new ArrayList<>();
        int wrecks;
        if (byLength) {
            List<List<PlacedVehicle>> laneObjects = WreckLanes.lanes(wreckLine, axis, lanes);
            for (List<PlacedVehicle> lane : laneObjects) {
                pitches.add(LinePitch.of(lane, axis, p.pitch(), p.wreckPitchM()));
            }
            wrecks = LineCount.inLanes(laneObjects, pitches.stream().mapToDouble(LinePitch.Pitch::pitchM).toArray());
        } else {
            wrecks = LineCount.vehicles(wreckLine, p.wreckPitchM(), false);
        }
        double lineLength = wreckLine.isEmpty() ? 0 : VehicleCluster.of(wreckLine).lengthM();
        List<String> reasons = new ArrayList<>();
        if (wrecks > 0) {
            String inLanes = lanes != null && lanes.lanes() > 1
                    ? String.format(Locale.ROOT, " in %d lanes (its dark objects in two bands %.0f m apart across the road)",
                            lanes.lanes(), lanes.separationM())
                    : "";
            reasons.add(wreckLine.size() == wrecks
                    ? String.format(Locale.ROOT, "line of %d dark vehicle-sized objects (burnt tankers?) over %.0f m, new since the before date",
                            wrecks, lineLength)
                    : String.format(Locale.ROOT, "line of dark vehicle-sized objects (burnt tankers?) over %.0f m, new since the before date: "
                            + "about %d vehicles at %s%s (%d separate objects at %.1f m pixels)",
                            lineLength, wrecks, pitchesInWords(pitches), inLanes, wreckLine.size(), gsdM));
        } else if (vehicles > 0) {
            reasons.add(vehicles + " new vehicle-sized objects beside it, none dark");
        } else {
            reasons.add("no new vehicles beside it");
        }
        if (ends != null && !ends.ends().isEmpty()) {
            reasons.add("not counted: " + endsInWords(ends) + " (stray ends of its line)");
        }
        if (persistent > 0) {
            reasons.add(persistent + " vehicles arrived where vehicles already stood before (truck park or market): not evidence");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("vehicle_count", vehicles);
        d.put("wreck_count", wrecks);
        d.put("wreck_lanes", wrecks > 0 && lanes != null ? lanes.lanes() : null);
        d.put("wreck_ends_trimmed", ends == null ? null : ends.ends().isEmpty() ? null : endsInWords(ends));
        double value = wrecks == 0 ? 0 : 1 - Math.pow(2, -wrecks / p.wrecksForHalf());
        return new Result(name(), value, reasons, d);
    }

    /**
     * The pitch of each lane in words: "19 m apart", "25 m apart (the line's own spacing: median of 12 gaps between
     * consecutive objects)", "25 and 19 m apart (each lane's own spacing where measured: ...)".
     */
    static String pitchesInWords(List<LinePitch.Pitch> pitches) {
        String values = String.join(" and ", pitches.stream()
                .map(x -> String.format(Locale.ROOT, "%.0f", x.pitchM())).toList()) + " m apart";
        int measured = pitches.stream().mapToInt(LinePitch.Pitch::gaps).sum();
        if (measured == 0) {
            return values;
        }
        String which = pitches.size() == 1 ? "the line's own spacing" : "each lane's own spacing where measured";
        return String.format(Locale.ROOT, "%s (%s: median of %d gaps between consecutive objects)", values, which, measured);
    }

    /** The trimmed ends of a wreck line in words: "7 dark objects beyond a 326 m gap at an end of the line (its spacing 12 m)". */
    static String endsInWords(StrayEnds.Trim t) {
        List<String> parts = new ArrayList<>();
        for (StrayEnds.End e : t.ends()) {
            String objects = e.objects() == 1 ? "1 dark object" : e.objects() + " dark objects";
            parts.add(e.rule() == StrayEnds.Rule.GAP
                    ? String.format(Locale.ROOT, "%s beyond a %.0f m gap at an end of the line (its spacing %.0f m)",
                            objects, e.gapM(), e.spacingM())
                    : String.format(Locale.ROOT, "%s at an end of the line off its lane (up to %.0f m across the road from it)",
                            objects, e.gapM()));
        }
        return String.join("; ", parts);
    }

    /** Direction of an outline's long axis (the longer side of its minimum-width rectangle), degrees clockwise from +y. */
    static double longAxisAzimuth(Geometry outline) {
        Coordinate[] r = MinimumDiameter.getMinimumRectangle(outline).getCoordinates();
        if (r.length < 4) {
            return r.length < 2 ? 0 : azimuth(r[0], r[1]);
        }
        return r[0].distance(r[1]) >= r[1].distance(r[2]) ? azimuth(r[0], r[1]) : azimuth(r[1], r[2]);
    }

    private static double azimuth(Coordinate a, Coordinate b) {
        double az = Math.toDegrees(Math.atan2(b.x - a.x, b.y - a.y));
        return ((az % 180) + 180) % 180;
    }

    /** Smallest distance from a cluster's members to an outline (scene CRS units, metres). */
    static double distance(ClusterChange.Match m, Geometry outline) {
        double best = Double.POSITIVE_INFINITY;
        for (PlacedVehicle v : m.after().members()) {
            best = Math.min(best, outline.distance(GF.createPoint(new Coordinate(v.x(), v.y()))));
        }
        return best;
    }
}
