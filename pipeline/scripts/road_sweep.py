#!/usr/bin/env python3
"""Helpers of road-sweep.sh (standard library only; gdaltransform for the scene's corners).

  splice CORRIDORS ID TRUTH OUT   the corridor's configured line with the truth road put in place of the stretch it
                                  spans, as a one-way GeoJSON roads file (ref of the corridor, highway=trunk)
  row SEED OFFSET WAY RUN TRUTH SECONDS   one results.tsv row from RUN/evaluation.json, run.json and roads.geojson
  table RESULTS                   the per-band table (markdown)
  visible RUN TRUTH               the share of the road used within 30 m of the true road, all of it and over the
                                  visible road only (samples whose nearest true-road point lies under the before date's
                                  cloud or no data left out: issue 15's "on >= 95 % of its visible length")
  refused RUN TRUTH               km of the road used in segments the image refused whose nearest true-road point lies
                                  under the before date's cloud or no data, and elsewhere (issue 15: "the segments it
                                  refuses are the clouded ones")
"""
import json
import math
import subprocess
import sys

BANDS = [(10, 100), (100, 1000), (1000, 5000), (5000, 12000)]


def lines_of(geom):
    if geom["type"] == "LineString":
        return [geom["coordinates"]]
    if geom["type"] == "MultiLineString":
        return geom["coordinates"]
    return []


def truth_road(truth):
    for f in truth["features"]:
        if f["properties"].get("class") == "road":
            parts = lines_of(f["geometry"])
            return [p for part in parts for p in part]
    raise SystemExit("no road in the truth file")


def metres(lat):
    return 111320.0 * math.cos(math.radians(lat)), 110574.0


def foot(p, a, b, kx, ky):
    ax, ay = (a[0] - p[0]) * kx, (a[1] - p[1]) * ky
    bx, by = (b[0] - p[0]) * kx, (b[1] - p[1]) * ky
    dx, dy = bx - ax, by - ay
    l2 = dx * dx + dy * dy
    t = 0.0 if l2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / l2))
    return math.hypot(ax + t * dx, ay + t * dy), t


def distance(p, line, kx, ky):
    return min(foot(p, line[i], line[i + 1], kx, ky)[0] for i in range(len(line) - 1))


def nearest(p, line, kx, ky):
    """The distance from p to the line (metres) and the line's nearest point (lon, lat)."""
    best = None
    for i in range(len(line) - 1):
        d, t = foot(p, line[i], line[i + 1], kx, ky)
        if best is None or d < best[0]:
            a, b = line[i], line[i + 1]
            best = (d, (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    return best


def hidden_before(truth):
    """Outer rings of the truth's polygons the before date cannot see through (its cloud and no data)."""
    rings = []
    for f in truth["features"]:
        pr = f["properties"]
        if pr.get("class") in ("cloud", "nodata") and pr.get("visible") == "before":
            g = f["geometry"]
            polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"] if g["type"] == "MultiPolygon" else []
            rings += [[tuple(c[:2]) for c in poly[0]] for poly in polys]
    return rings


def splice(corridors, cid, truth_file, out):
    cs = json.load(open(corridors))
    c = next(f for f in cs["features"] if f["properties"].get("id") == cid or f.get("id") == cid)
    line = lines_of(c["geometry"])[0]
    refs = c["properties"].get("refs") or [""]
    road = truth_road(json.load(open(truth_file)))
    kx, ky = metres(road[0][1])

    def seg(p):
        return min(range(len(line) - 1), key=lambda i: foot(p, line[i], line[i + 1], kx, ky)[0])

    i0, i1 = seg(road[0]), seg(road[-1])
    if i0 > i1 or (i0 == i1 and foot(road[0], line[i0], line[i0 + 1], kx, ky)[1]
                   > foot(road[-1], line[i0], line[i0 + 1], kx, ky)[1]):
        road = road[::-1]
        i0, i1 = i1, i0
    spliced = line[: i0 + 1] + road + line[i1 + 1:]
    fc = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {
        "ref": refs[0], "highway": "trunk", "name": "true road of the generated scene"},
        "geometry": {"type": "LineString", "coordinates": spliced}}]}
    json.dump(fc, open(out, "w"))


def scene_polygon(truth):
    s = truth["scene"]
    gt, w, h = s["geotransform"], s["width_px"], s["height_px"]
    pts = [(gt[0], gt[3]), (gt[0] + w * gt[1], gt[3]), (gt[0] + w * gt[1], gt[3] + h * gt[5]), (gt[0], gt[3] + h * gt[5])]
    r = subprocess.run(["gdaltransform", "-s_srs", "EPSG:%d" % s["epsg"], "-t_srs", "+proj=longlat +datum=WGS84",
                        "-output_xy"], input="\n".join("%f %f" % p for p in pts), capture_output=True, text=True,
                       check=True)
    return [tuple(map(float, l.split()[:2])) for l in r.stdout.strip().splitlines()]


def inside(p, poly):
    x, y = p
    n = len(poly)
    c = False
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            c = not c
    return c


def samples(run, truth, cid, step_m=10.0):
    """(feature, point) every step_m along the corridor's segments of RUN/roads.geojson, inside the scene only."""
    road = truth_road(truth)
    poly = scene_polygon(truth)
    kx, ky = metres(road[0][1])
    used = json.load(open(run + "/roads.geojson"))
    for f in used["features"]:
        if f["properties"].get("corridor") != cid:
            continue
        for part in lines_of(f["geometry"]):
            for i in range(len(part) - 1):
                a, b = part[i], part[i + 1]
                L = math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * ky)
                for k in range(max(1, int(L / step_m))):
                    t = k * step_m / L if L > 0 else 0
                    p = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
                    if inside(p, poly):
                        yield f, p


def share_within(run, truth, cid, limit_m=30.0, step_m=10.0, source=None, visible_only=False):
    road = truth_road(truth)
    hidden = hidden_before(truth) if visible_only else []
    kx, ky = metres(road[0][1])
    n = ok = 0
    for f, p in samples(run, truth, cid, step_m):
        if source and f["properties"].get("source") != source:
            continue
        if hidden:
            d, q = nearest(p, road, kx, ky)
            if any(inside(q, ring) for ring in hidden):
                continue
        else:
            d = distance(p, road, kx, ky)
        n += 1
        ok += d <= limit_m
    return ok / n if n else float("nan")


def refused(run, truth, cid, step_m=10.0):
    """Length (km) of the road used in segments the image refused (note "image refused"), whose nearest true-road
    point lies under the before date's cloud or no data, and elsewhere (issue 15: "the segments it refuses are the
    clouded ones")."""
    road = truth_road(truth)
    hidden = hidden_before(truth)
    kx, ky = metres(road[0][1])
    under = clear = 0
    for f, p in samples(run, truth, cid, step_m):
        if "image refused" not in f["properties"].get("note", ""):
            continue
        q = nearest(p, road, kx, ky)[1]
        if any(inside(q, ring) for ring in hidden):
            under += 1
        else:
            clear += 1
    return under * step_m / 1000, clear * step_m / 1000


def row(seed, offset, way, run, truth_file, seconds):
    ev = json.load(open(run + "/evaluation.json"))
    rj = json.load(open(run + "/run.json"))
    truth = json.load(open(truth_file))
    att = ev.get("classes", {}).get("attack", {})
    share = share_within(run, truth, "rn1-senegal")
    found = share_within(run, truth, "rn1-senegal", source="imagery")
    print("\t".join(str(v) for v in [seed, offset, way, att.get("truth_sites", 0), att.get("found", 0),
                                     ev.get("false_alarms", 0), round(ev.get("corridor_km_scanned", 0), 2),
                                     round(share, 3), round(found, 3), rj.get("timings_s", {}).get("roads", 0), round(float(seconds), 1)]))


def table(results):
    rows = [l.rstrip("\n").split("\t") for l in open(results)][1:]
    print("| offset band | way | scenes | attacks found / attacks | false alarms (per 100 km) | share of the road "
          "used within 30 m of the true road (mean, min) | of the imagery segments alone (mean) | roads stage s (mean) |")
    print("|---|---|---|---|---|---|---|---|")
    names = {"a": "a: true road as --roads", "b": "b: no road file, snapping on", "c": "c: no road file, snapping off"}
    for lo, hi in BANDS:
        for way in "abc":
            rs = [r for r in rows if r[2] == way and lo <= float(r[1]) < hi + 1]
            if not rs:
                continue
            att = sum(int(r[3]) for r in rs)
            found = sum(int(r[4]) for r in rs)
            fa = sum(int(r[5]) for r in rs)
            km = sum(float(r[6]) for r in rs)
            sh = [float(r[7]) for r in rs if r[7] != "nan"]
            sf = [float(r[8]) for r in rs if r[8] != "nan"]
            rt = [float(r[9]) for r in rs]
            print("| %s–%s m | %s | %d | %d / %d | %d (%.1f) | %s | %s | %.2f |" % (
                lo, hi, names[way], len(rs), found, att, fa, 100.0 * fa / km if km else float("nan"),
                "%.2f, %.2f" % (sum(sh) / len(sh), min(sh)) if sh else "–",
                "%.2f" % (sum(sf) / len(sf)) if sf else "–", sum(rt) / len(rt)))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "splice":
        splice(*sys.argv[2:6])
    elif cmd == "row":
        row(*sys.argv[2:8])
    elif cmd == "table":
        table(sys.argv[2])
    elif cmd == "visible":
        t = json.load(open(sys.argv[3]))
        print("%.3f\t%.3f" % (share_within(sys.argv[2], t, "rn1-senegal"),
                              share_within(sys.argv[2], t, "rn1-senegal", visible_only=True)))
    elif cmd == "refused":
        under, clear = refused(sys.argv[2], json.load(open(sys.argv[3])), "rn1-senegal")
        print("%.2f\t%.2f" % (under, clear))
    else:
        raise SystemExit(__doc__)
