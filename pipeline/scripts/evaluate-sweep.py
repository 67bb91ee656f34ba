#!/usr/bin/env python3
"""Evaluation sweep of CorridorWatch (docs/sweep.md): generates scenes from a seed range, scans each along the true
road line (the corridor the generator drew the road from), evaluates it against its truth, scans the real fire pairs
and the real no-fire pair, and prints a Markdown report. Standard library only. Called by evaluate-sweep.sh."""
import argparse
import json
import os
import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from collections import defaultdict

GROUNDS = ["asphalt", "laterite", "sand", "dry-grass", "green-verge", "woodland"]
LOOKALIKES = ["cloud-shadow", "resurfacing", "wet-soil", "flood", "building-shadow", "harvest", "dried-vegetation"]
SEGMENTS = [("rn1-senegal", 40, 600), ("rn7-cotedivoire", 20, 420), ("kayes-nioro", 10, 220),
            ("rn5-guinea", 10, 110)]
# sensor: (size px, attack ha range); scene sizes keep the whole sweep within ~30 min on 2 cores
SENSORS = {"sentinel2": (320, (0.2, 5.0)), "planetscope": (700, (0.2, 2.0)), "highres": (900, (0.2, 0.35))}


def plan(seed):
    """The scene of one seed: a pure function of the seed."""
    r = random.Random(seed)
    k = seed % 10
    sensor = "sentinel2" if k < 6 else "planetscope" if k < 9 else "highres"
    size, (lo, hi) = SENSORS[sensor]
    ground = GROUNDS[(seed // 10 + seed) % len(GROUNDS)]
    attack = r.random() >= 0.12
    ha = round(lo * (hi / lo) ** r.random(), 2) if attack else 0
    season = r.choice(["wet", "dry"])
    looks = []
    if sensor != "highres":
        looks = [LOOKALIKES[(seed * 3 + i) % len(LOOKALIKES)] for i in range(1 + (r.random() < 0.5))]
    elif r.random() < 0.5:
        looks = [r.choice(["building-shadow", "resurfacing", "wet-soil"])]
    clouds = round(r.choice([0, 0, 0.1, 0.3]), 2)
    bush = r.choice([0, 1, 3]) if sensor == "sentinel2" else 0
    misreg = round(r.uniform(0.1, 1.0), 2)
    radiometry = round(r.uniform(0.01, 0.06), 3)
    corridor, a, b = SEGMENTS[r.randrange(len(SEGMENTS))]
    km = round(r.uniform(a, b), 1)
    case = (f"sweep:ground={ground},season={season},ha={ha},bushfires={bush},clouds={clouds},misreg={misreg},"
            f"radiometry={radiometry},lookalikes={'+'.join(looks) or 'none'}")
    return dict(seed=seed, sensor=sensor, size=size, case=case, ground=ground if attack else "(none)",
                looks=looks, corridor=corridor, km=km)


SCAN_EXTRA = []  # extra scan options (--config FILE), the same for every scene and real pair
STEP_SECONDS = defaultdict(float)  # wall seconds per CLI step (generate, scan, evaluate) in this invocation


def run(cmd, log):
    with open(log, "a") as f:
        f.write("$ " + " ".join(cmd) + "\n")
        f.flush()
        t = time.time()
        rc = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT).returncode
        STEP_SECONDS[cmd[1]] += time.time() - t
        f.write(f"# {cmd[1]}: {time.time() - t:.1f} s wall\n")
        return rc


def scene(cw, s, work, scenes_from=None):
    d = os.path.join(work, f"scene-{s['seed']}")
    log = os.path.join(work, f"scene-{s['seed']}.log")
    if os.path.exists(os.path.join(d, "run", "evaluation.json")):
        return d
    sc = os.path.join(d, "scene")
    other = os.path.join(scenes_from, f"scene-{s['seed']}", "scene") if scenes_from else None
    if not os.path.lexists(sc) and other and generated(s, other):
        os.makedirs(d, exist_ok=True)
        os.symlink(os.path.abspath(other), sc)
    if not generated(s, sc) and run(
            [cw, "samples", "generate", "--overwrite", "--sensor", s["sensor"], "--case", s["case"], "--seed",
             str(s["seed"]), "--corridor", s["corridor"], "--from-km", str(s["km"]), "--to-km", str(s["km"] + 1),
             "--size-px", str(s["size"]), str(s["size"]), "--out", sc], log) != 0:
        return None
    if run([cw, "scan", "--overwrite", "--no-chips", "--threads", "2", "--before", sc + "/before.tif", "--after",
            sc + "/after.tif", "--firms", sc + "/firms.csv", "--corridor", "all", "--out",
            os.path.join(d, "run")] + SCAN_EXTRA, log) != 0:
        return None
    if run([cw, "evaluate", "--run", os.path.join(d, "run"), "--truth", sc + "/truth.geojson"], log) != 0:
        return None
    return d


def generated(s, scene_dir):
    """True when scene_dir already holds this seed's scene (same seed, sensor and case in truth.geojson): the generator
    is deterministic, so a scene made once serves every later scan (--scenes-from, or a resumed --work)."""
    try:
        with open(os.path.join(scene_dir, "truth.geojson")) as f:
            t = json.load(f).get("scene", {})
    except (OSError, ValueError):
        return False
    return (t.get("seed") == s["seed"] and t.get("case") == s["case"] and t.get("sensor") == s["sensor"]
            and all(os.path.exists(os.path.join(scene_dir, x)) for x in ("before.tif", "after.tif", "firms.csv")))


def lookalike_counts(truth_file):
    with open(truth_file) as f:
        t = json.load(f)
    out = defaultdict(int)
    for feat in t["features"]:
        if feat["properties"].get("lookalike"):
            out[feat["properties"]["class"]] += 1
    return out


def real_pairs(cw, datasets, work):
    rows = []
    pairs = os.path.join(datasets, "calfire-s2-burn-pairs", "pairs")
    # every pair in the folder: FIRE_pre.tif with its _post.tif and _mask.tif
    fires = sorted(n[:-len("_pre.tif")] for n in os.listdir(pairs) if n.endswith("_pre.tif")
                   and all(os.path.exists(os.path.join(pairs, n[:-len("_pre.tif")] + x)) for x in ("_post.tif", "_mask.tif")))
    for fire in fires:
        out = os.path.join(work, "real-" + fire)
        log = out + ".log"
        evaluation = os.path.join(out, "evaluation.json")
        if os.path.exists(evaluation) and os.path.exists(os.path.join(out, "run.json")):
            with open(evaluation) as f:
                if "dnbr_reference" not in json.load(f).get("pixels", {}):  # written before evaluate gave it
                    run([cw, "evaluate", "--run", out, "--mask", f"{pairs}/{fire}_mask.tif"], log)
        if not os.path.exists(evaluation):
            if run([cw, "scan", "--overwrite", "--no-chips", "--before", f"{pairs}/{fire}_pre.tif", "--after",
                    f"{pairs}/{fire}_post.tif", "--aoi", "scene", "--out", out] + SCAN_EXTRA, log) != 0:
                rows.append((fire, None, None, None))
                continue
            run([cw, "evaluate", "--run", out, "--mask", f"{pairs}/{fire}_mask.tif"], log)
        with open(evaluation) as f:
            px = json.load(f).get("pixels", {})
        rows.append((fire, px.get("pixel_f1"), px.get("burned_fraction_predicted"), px.get("dnbr_reference")))
    c = os.path.join(datasets, "s2-l2a-real-pair-corrientes")
    out = os.path.join(work, "real-corrientes")
    flagged = None
    if os.path.exists(os.path.join(out, "candidates.geojson")) or run(
            [cw, "scan", "--overwrite", "--no-chips", "--before", c + "/20231217.tif", "--after", c + "/20240101.tif",
             "--aoi", "scene", "--out", out] + SCAN_EXTRA, out + ".log") == 0:
        with open(os.path.join(out, "candidates.geojson")) as f:
            flagged = sum(1 for x in json.load(f)["features"] if x["properties"].get("flagged"))
    return rows, flagged


def compact(seeds):
    """[1, 2, 3, 7] -> '1-3, 7'."""
    out = []
    for x in sorted(seeds):
        if out and out[-1][1] == x - 1:
            out[-1][1] = x
        else:
            out.append([x, x])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in out)


def ratio(a, b):
    return f"{a / b:.2f}" if b else "–"


def report(scenes, results, real, args, seconds):
    by = {"sensor": defaultdict(lambda: defaultdict(float)), "ground": defaultdict(lambda: defaultdict(float))}
    looks = defaultdict(lambda: [0, 0])
    failed = []
    total = defaultdict(float)
    all_causes = defaultdict(int)
    for s in scenes:
        e = results.get(s["seed"])
        if e is None:
            failed.append(s["seed"])
            continue
        ev, lk = e
        for acc in (by["sensor"][s["sensor"]], by["ground"][s["ground"]], total):
            acc["scenes"] += 1
            acc["attacks"] += ev.get("truth_sites") or 0
            acc["found"] += ev.get("found") or 0
            acc["fa"] += ev.get("false_alarms") or 0
            acc["km"] += ev.get("corridor_km_scanned") or 0
            if ev.get("localisation_error_m") is not None:
                acc["loc"] += ev["localisation_error_m"] * (ev.get("found") or 0)
                acc["locn"] += ev.get("found") or 0
            for w in ev.get("wreck_counts") or []:
                t = w.get("wreck_count_truth")
                f = w.get("wreck_count_found")
                if not t or w.get("candidate_id") is None or s["sensor"] == "sentinel2":
                    continue  # 10 m pixels do not resolve vehicles: no count to compare
                acc["wrecks"] += 1
                tol = 0.3 if s["sensor"] == "planetscope" else 0.2
                if f is not None and abs(f - t) <= tol * t:
                    acc["wreck_ok"] += 1
                if f is not None:
                    acc["wreck_err"] += abs(f - t) / t
                    acc["wreck_errn"] += 1
        causes = ev.get("false_alarm_causes") or {}
        for cls, n in causes.items():
            all_causes[cls] += n if isinstance(n, int) else len(n)
        for cls, n in lk.items():
            looks[cls][0] += n
            looks[cls][1] += causes.get(cls, 0) if isinstance(causes.get(cls, 0), int) else len(causes.get(cls))
    lines = [f"Seeds {args.seeds}: {len(scenes) - len(failed)} scenes evaluated, {len(failed)} not run or failed"
             f"{': ' + compact(failed) if failed else ''}; "
             f"{seconds / 60:.1f} min" + (" (wall time summed over the jobs: " + ", ".join(
                 f"{k} {v / 60:.1f} min" for k, v in sorted(STEP_SECONDS.items())) + ")" if STEP_SECONDS else "") + ".",
             "",
             "| by | value | scenes | attacks | found | recall | false alarms | corridor km | FA / 100 km | "
             "mean localisation m | wreck counts within ±30 % (3 m) / ±20 % (≤1 m) | mean wreck-count error |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def row(kind, name, a):
        wr = f"{int(a['wreck_ok'])}/{int(a['wrecks'])}" if a["wrecks"] else "–"
        we = f"{a['wreck_err'] / a['wreck_errn']:.2f}" if a["wreck_errn"] else "–"
        return (f"| {kind} | {name} | {int(a['scenes'])} | {int(a['attacks'])} | {int(a['found'])} | "
                f"{ratio(a['found'], a['attacks'])} | {int(a['fa'])} | {a['km']:.0f} | "
                f"{ratio(100 * a['fa'], a['km'])} | {ratio(a['loc'], a['locn'])} | {wr} | {we} |")
    for kind in ("sensor", "ground"):
        for name in sorted(by[kind]):
            lines.append(row(kind, name, by[kind][name]))
    lines.append(row("all", "all", total))
    lines += ["", "| look-alike | planted | flagged on it |", "|---|---:|---:|"]
    for cls in sorted(looks):
        lines.append(f"| {cls} | {looks[cls][0]} | {looks[cls][1]} |")
    lines += ["", "False alarms by the truth feature they lie on: " + (", ".join(
        f"{c} {n}" for c, n in sorted(all_causes.items(), key=lambda x: -x[1])) or "none") + "."]
    missed, alarms = [], []
    for s in scenes:
        e = results.get(s["seed"])
        if e is None:
            continue
        ev = e[0]
        case = dict(kv.split("=", 1) for kv in s["case"].split(":", 1)[1].split(","))
        if (ev.get("found") or 0) < (ev.get("truth_sites") or 0):
            missed.append(f"{s['seed']} ({s['sensor']}, {case.get('ground')}, {case.get('ha')} ha, {case.get('season')} "
                          f"season, look-alikes {case.get('lookalikes')})")
        if ev.get("false_alarms"):
            causes = ev.get("false_alarm_causes") or {}
            alarms.append(f"{s['seed']} ({s['sensor']}): " + ", ".join(
                f"{c} {n if isinstance(n, int) else len(n)}" for c, n in sorted(causes.items())))
    lines += ["", "Missed attacks: " + ("; ".join(missed) or "none") + ".",
              "", "False alarms by scene: " + ("; ".join(alarms) or "none") + "."]
    rows, flagged = real
    if not rows and flagged is None:
        return "\n".join(lines + ["", "(real pairs not run)"])
    lines += ["", "| real pair | pixel F1 | best single dNBR threshold: F1 (t) | at least it | mean dNBR inside / outside "
              "| burned fraction predicted |", "|---|---:|---:|---|---:|---:|"]
    shown = []
    for fire, f1, frac, ref in rows:
        if ref:
            best = f"{ref['best_f1']} (> {ref['best_threshold']})"
            verdict = "yes" if f1 is not None and f1 >= ref["best_f1"] else "no"
            means = f"{ref['dnbr_inside']} / {ref['dnbr_outside']}" + ("" if ref["shows_burn_signal"] else " (no burn signal)")
            if ref["shows_burn_signal"] and f1 is not None:
                shown.append(f1)
        else:
            best, verdict, means = "–", "–", "–"
        lines.append(f"| {fire} | {f1 if f1 is not None else 'failed'} | {best} | {verdict} | {means} "
                     f"| {frac if frac is not None else '–'} |")
    lines.append(f"| s2-l2a-real-pair-corrientes (no fire) | flagged candidates: "
                 f"{flagged if flagged is not None else 'failed'} | | | | |")
    f1s = [r[1] for r in rows if r[1] is not None]
    if f1s:
        lines += ["", f"Mean pixel F1: {sum(f1s) / len(f1s):.3f} over all {len(f1s)} pairs; "
                  + (f"{sum(shown) / len(shown):.3f} over the {len(shown)} whose images show their fire "
                     "(mean dNBR inside the perimeter at least 0.1 above outside)." if shown else "no pair shows its fire.")]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", default="7000-7065", help="seed range A-B inclusive (tune: 5000-5999, report: 7000-7999)")
    ap.add_argument("--work", default="/tmp/corridorwatch-sweep", help="scratch folder (scenes, runs, logs)")
    ap.add_argument("--datasets", default=os.environ.get("CORRIDORWATCH_DATASETS", ""),
                    help="the shared datasets folder (default: $CORRIDORWATCH_DATASETS, else ../shared/datasets)")
    ap.add_argument("--no-real", action="store_true", help="skip the real pairs")
    ap.add_argument("--jobs", type=int, default=2, help="scenes processed at once (default 2, one per core)")
    ap.add_argument("--report-only", action="store_true",
                    help="run nothing new: report the scenes (and real pairs) already evaluated in --work")
    ap.add_argument("--scenes-from", help="another --work folder whose generated scenes of the same seeds are reused "
                    "(linked, not generated again): re-scan a seed range after a detector change")
    ap.add_argument("--config", help="a configuration file merged over config/corridorwatch.yaml in every scan "
                    "(scan --config), to measure a setting without changing the defaults")
    ap.add_argument("--root", required=True)
    args = ap.parse_args()
    if args.config:
        SCAN_EXTRA.extend(["--config", os.path.abspath(args.config)])
    a, b = (int(x) for x in args.seeds.split("-"))
    cw = os.path.join(args.root, "corridorwatch")
    datasets = args.datasets or os.path.join(args.root, "..", "shared", "datasets")
    os.makedirs(args.work, exist_ok=True)
    t0 = time.time()
    scenes = [plan(s) for s in range(a, b + 1)]
    results = {}

    def work(s):
        done = os.path.exists(os.path.join(args.work, f"scene-{s['seed']}", "run", "evaluation.json"))
        if args.report_only and not done:
            return
        d = scene(cw, s, args.work, args.scenes_from)
        if d:
            with open(os.path.join(d, "run", "evaluation.json")) as f:
                ev = json.load(f)
            results[s["seed"]] = (ev, lookalike_counts(os.path.join(d, "scene", "truth.geojson")))
            ok = f"found {ev.get('found')}/{ev.get('truth_sites')}, false alarms {ev.get('false_alarms')} " \
                 f"{ev.get('false_alarm_causes') or ''}"
        else:
            ok = "FAILED (log: %s/scene-%d.log)" % (args.work, s["seed"])
        print(f"seed {s['seed']} {s['sensor']} {s['case']}: {ok}", file=sys.stderr, flush=True)

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        list(pool.map(work, scenes))
    real = ([], None) if args.no_real or not os.path.isdir(datasets) else real_pairs(cw, datasets, args.work)
    print(report(scenes, results, real, args, time.time() - t0))


if __name__ == "__main__":
    main()
