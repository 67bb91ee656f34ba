package org.corridorwatch.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.change.vehicles.ClusterChange;
import org.corridorwatch.change.vehicles.PlacedVehicle;
import org.corridorwatch.change.vehicles.Polarity;
import org.corridorwatch.change.vehicles.VehicleCluster;
import org.corridorwatch.change.vehicles.VehicleObject;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.geo.Reproject;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.corridorwatch.model.SiteFeatures;

/**
 * 0.5 m imagery in UTM 29N near RN1 km 126: a road running due north through (601300, 1517700), a
 * burn scar 220 × 40 m whose long axis is 20° off the road (the fire spread obliquely across it), and
 * one new wreck-line cluster holding eight wrecks on the road and the four-piece dark rim of a tree
 * crown 35 m beside it.
 */
class VehicleTermTest {
    private static final SiteParameters.Vehicles PARAMS = ScanConfig.loadDefault().sites().vehicles();
    private static final Projection UTM = Projections.utm(29, true);
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double X0 = 601_300;
    private static final double Y0 = 1_517_700;
    private static final double ROAD_BEARING = 0;
    private static final double SCAR_AXIS = 20;

    private static PlacedVehicle dark(double east, double north, double lengthM) {
        return new PlacedVehicle(X0 + east, Y0 + north, new VehicleObject(0, 0, lengthM, 2.6, 0, Polarity.DARK, 0.02, 8, 150));
    }

    /** Eight wrecks 20 m apart on the road (one pushed 6 m off it) and a tree crown's rim 35 m east. */
    private static List<PlacedVehicle> members() {
        List<PlacedVehicle> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.add(dark(i == 5 ? -6 : 0.8 * (i % 2), -70 + 20 * i, 14));
        }
        out.add(dark(30, 20, 6));
        out.add(dark(40, 20, 6));
        out.add(dark(35, 15, 6));
        out.add(dark(35, 25, 6));
        return out;
    }

    /** The scar: a 220 × 40 m rectangle centred on the road, long axis at {@link #SCAR_AXIS}, in WGS84. */
    private static Geometry scarWgs84() {
        double a = Math.toRadians(SCAR_AXIS);
        double[][] corners = {{-20, -110}, {20, -110}, {20, 110}, {-20, 110}, {-20, -110}};
        Coordinate[] ring = new Coordinate[corners.length];
        for (int i = 0; i < corners.length; i++) {
            double across = corners[i][0];
            double along = corners[i][1];
            ring[i] = new Coordinate(X0 + along * Math.sin(a) + across * Math.cos(a),
                    Y0 + along * Math.cos(a) - across * Math.sin(a));
        }
        return Reproject.apply(GF.createPolygon(ring), UTM::inverse);
    }

    private static int wrecks(double roadBearingDeg) {
        ClusterChange.Match line = new ClusterChange.Match(VehicleCluster.of(members()), ClusterChange.Kind.NEW_WRECK_LINE,
                null, Double.NaN);
        VehicleTerm term = VehicleTerm.of(List.of(line), List.of(), UTM, PARAMS, 0.5);
        SiteFeatures site = new SiteFeatures(8800, 0.9, 1.2, 0.95, 0.7, 5.5, SCAR_AXIS,
                Double.isNaN(roadBearingDeg) ? Double.NaN : SiteFeatures.axisAngle(SCAR_AXIS, roadBearingDeg), roadBearingDeg,
                0, 1, false);
        return (int) term.evaluate(site, scarWgs84()).details().get("wreck_count");
    }

    @Test
    void wrecksAreTheMembersAlongTheRoadNotTheObjectsBesideIt() {
        assertEquals(20, VehicleTerm.longAxisAzimuth(Reproject.apply(scarWgs84(), UTM::forward)), 0.5);
        assertEquals(8, wrecks(ROAD_BEARING));
    }

    @Test
    void withoutACorridorTheScarsLongAxisStandsIn() {
        // 20° off the road, offsets across the scar's axis spread the 140 m line over 47 m: the densest
        // band then holds the tree's rim and the three southernmost wrecks (7 objects, 4 of them no wreck)
        assertEquals(7, wrecks(Double.NaN));
    }

    @Test
    void trimmedEndsAreNamedInWords() {
        org.corridorwatch.change.vehicles.StrayEnds.Trim t = new org.corridorwatch.change.vehicles.StrayEnds.Trim(List.of(),
                List.of(new org.corridorwatch.change.vehicles.StrayEnds.End(org.corridorwatch.change.vehicles.StrayEnds.Rule.GAP,
                                7, 326, 12),
                        new org.corridorwatch.change.vehicles.StrayEnds.End(
                                org.corridorwatch.change.vehicles.StrayEnds.Rule.OFF_LANE, 1, 18, 12)));
        assertEquals("7 dark objects beyond a 326 m gap at an end of the line (its spacing 12 m); "
                + "1 dark object at an end of the line off its lane (up to 18 m across the road from it)", VehicleTerm.endsInWords(t));
    }

    /** A 3 m site: ten wrecks 25 m apart along the road, the fifth not found, on a 300 m scar lying along it. */
    private static org.corridorwatch.sites.EvidenceTerm.Result atThreeMetres(SiteParameters.Vehicles params) {
        List<PlacedVehicle> line = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            if (i != 4) {
                line.add(dark(0, -110 + 25 * i, 14));
            }
        }
        double[][] corners = {{-20, -150}, {20, -150}, {20, 150}, {-20, 150}, {-20, -150}};
        Coordinate[] ring = new Coordinate[corners.length];
        for (int i = 0; i < corners.length; i++) {
            ring[i] = new Coordinate(X0 + corners[i][0], Y0 + corners[i][1]);
        }
        Geometry scar = Reproject.apply(GF.createPolygon(ring), UTM::inverse);
        ClusterChange.Match m = new ClusterChange.Match(VehicleCluster.of(line), ClusterChange.Kind.NEW_WRECK_LINE, null,
                Double.NaN);
        VehicleTerm term = VehicleTerm.of(List.of(m), List.of(), UTM, params, 3.0);
        SiteFeatures site = new SiteFeatures(12000, 0.9, 1.2, 0.95, 0.7, 7.5, 0, 0, 0, 0, 1, false);
        return term.evaluate(site, scar);
    }

    @Test
    void onCoarsePixelsALineFoundWreckByWreckIsCountedAtItsOwnPitch() {
        org.corridorwatch.sites.EvidenceTerm.Result r = atThreeMetres(PARAMS);
        assertEquals(10, r.details().get("wreck_count"));
        assertTrue(r.reasons().get(0).contains("about 10 vehicles at 25 m apart (the line's own spacing: median of 7 gaps "
                + "between consecutive objects)"), r.reasons().toString());
        // at the fixed 19 m pitch (as before sites.vehicles.pitch) the same line counted 13
        SiteParameters.Vehicles fixed = new SiteParameters.Vehicles(PARAMS.maxGsdM(), PARAMS.roadBufferM(),
                PARAMS.siteDistanceM(), PARAMS.wrecksForHalf(), PARAMS.queueMinM(), PARAMS.queueFullM(),
                PARAMS.staticMatchM(), PARAMS.wreckPitchM(), PARAMS.countByLengthAboveGsdM(), PARAMS.wreckOnScarM(),
                PARAMS.wreckLineOffsetM(), PARAMS.loneLineMin(), PARAMS.lanes(), PARAMS.ends(),
                org.corridorwatch.change.vehicles.LinePitch.Parameters.OFF);
        org.corridorwatch.sites.EvidenceTerm.Result old = atThreeMetres(fixed);
        assertEquals(13, old.details().get("wreck_count"));
        assertTrue(old.reasons().get(0).contains("about 13 vehicles at 19 m apart (9 separate"), old.reasons().toString());
    }
}
