package org.corridorwatch.samples;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/** Positions along one road centre line in scene metres: distance along it, left offset, direction. */
final class RoadPath {
    private final LineString line;
    private final LengthIndexedLine index;

    RoadPath(LineString line) {
        this.line = line;
        this.index = new LengthIndexedLine(line);
    }

    LineString line() {
        return line;
    }

    double length() {
        return line.getLength();
    }

    /** Point {@code along} metres from the start, {@code left} metres to the left of travel. */
    double[] point(double along, double left) {
        double s = clamp(along);
        Coordinate c = index.extractPoint(s);
        double a = angle(s);
        return new double[] {c.x - Math.sin(a) * left, c.y + Math.cos(a) * left};
    }

    /** Direction of travel at {@code along}, radians counter-clockwise from east. */
    double angle(double along) {
        double s0 = clamp(along - 15);
        double s1 = clamp(along + 15);
        Coordinate a = index.extractPoint(s0);
        Coordinate b = index.extractPoint(s1);
        return Math.atan2(b.y - a.y, b.x - a.x);
    }

    /** The part of the line between two distances along it. */
    LineString part(double from, double to) {
        return (LineString) index.extractLine(clamp(Math.min(from, to)), clamp(Math.max(from, to)));
    }

    private double clamp(double s) {
        return Math.max(0, Math.min(line.getLength(), s));
    }
}
