#!/usr/bin/env bash
# The bad-input corpus: builds damaged and wrong inputs under a temp dir (truncated and corrupt TIFFs, wrong bands,
# no overlap, bad dates, bad config keys/values/types, bad FIRMS, roads and decision stores, bad options, unwritable
# and existing --out, evaluate against the wrong truth...), runs the CLI jar on each and checks the exit code and a
# fragment of the message. A case passes when the exit code is the expected one, stderr holds the fragment, no Java
# internals show (stack trace, "Exception", "[Source:", "[SQLITE_"), and a scan's fresh --out is not left behind.
#   pipeline/scripts/bad-inputs.sh            all cases; prints a table; exits 1 on any mismatch (any exit 0 is one)
#   pipeline/scripts/bad-inputs.sh -k WORD    only the cases whose name contains WORD
# Run by pipeline/scripts/run-tests.sh; docs/exit-codes.md lists the codes it observes.
set -uo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
source "$ROOT/pipeline/scripts/common.sh"
only=""
[ "${1:-}" = -k ] && only=${2:-}
ensure_java_maven
JNI_DIR=$("$ROOT/pipeline/scripts/gdal-jni.sh") || exit 5
build_jar_if_stale
JAR="$ROOT/pipeline/target/corridorwatch.jar"
for tool in gdal_translate od dd; do
  command -v "$tool" >/dev/null || { cw_log "ERROR: $tool is missing (gdal-bin, coreutils)"; exit 5; }
done
T=$(mktemp -d "${TMPDIR:-/tmp}/cw-bad-inputs.XXXXXX")
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
SAMPLE="$ROOT/imagery-samples/no-change"          # RN1 km 60-64, 320 x 320 px: the smallest scan
B="$SAMPLE/before.tif" A="$SAMPLE/after.tif"
OTHER="$ROOT/imagery-samples/rn7-bougouni-bushfires"  # another corridor, another place

cw() {
  java -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -Djava.library.path="$JNI_DIR" \
    -Dcorridorwatch.home="$ROOT" -jar "$JAR" "$@"
}

# --- the bad files --------------------------------------------------------------------------------------------
q() { gdal_translate -q "$@" >/dev/null 2>&1 || { cw_log "ERROR: gdal_translate $*"; exit 1; }; }
# set a 32-bit or 16-bit value of the first IFD's tag (classic little-endian TIFF) in place
patch_tag() {
  local f=$1 tag=$2 value=$3 ifd n i e t typ
  ifd=$(od -An -tu4 -j4 -N4 "$f" | tr -d ' ')
  n=$(od -An -tu2 -j"$ifd" -N2 "$f" | tr -d ' ')
  for ((i = 0; i < n; i++)); do
    e=$((ifd + 2 + 12 * i))
    t=$(od -An -tu2 -j$e -N2 "$f" | tr -d ' ')
    if [ "$t" = "$tag" ]; then
      typ=$(od -An -tu2 -j$((e + 2)) -N2 "$f" | tr -d ' ')
      if [ "$typ" = 3 ]; then
        printf "$(printf '\\%03o\\%03o' $((value & 255)) $((value >> 8 & 255)))" | dd of="$f" bs=1 seek=$((e + 8)) conv=notrunc status=none
      else
        printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $((value & 255)) $((value >> 8 & 255)) $((value >> 16 & 255)) $((value >> 24 & 255)))" \
          | dd of="$f" bs=1 seek=$((e + 8)) conv=notrunc status=none
      fi
    fi
  done
}
mkdir -p "$T/in" "$T/runs"
cd "$T/in"
size=$(stat -c %s "$A")
head -c $((size * 6 / 10)) "$A" > truncated.tif
head -c 300 "$A" > header-only.tif
: > empty.tif
echo "this is not a raster" > text.tif
head -c 4096 /dev/urandom > random.tif
cp "$A" patched-size.tif && patch_tag patched-size.tif 256 3000 && patch_tag patched-size.tif 257 3000
q -b 1 "$A" one-band.tif
q -b 1 -b 2 -b 3 "$A" three-bands.tif
q -co PROFILE=BASELINE "$A" no-georef.tif && rm -f no-georef.tif.aux.xml
q -a_ullr 2614020 1456860 2617220 1453660 "$A" far-away.tif          # 2000 km east: no corridor
q -a_ullr 2614020 1456860 2617220 1453660 "$B" far-away-before.tif
q -scale 0 65535 0 0 "$A" all-nodata.tif
q -mo ACQUISITION_DATE=2026-02-31 "$A" impossible-date.tif
# the same grid for both dates, but rotated or south-up (VRTs of the sample with another geotransform)
for d in before after; do
  q -of VRT "$SAMPLE/$d.tif" "$d.vrt"
  sed 's|<GeoTransform>.*</GeoTransform>|<GeoTransform>614020, 10, 2, 1456860, 2, -10</GeoTransform>|' "$d.vrt" > "rotated-$d.vrt"
  sed 's|<GeoTransform>.*</GeoTransform>|<GeoTransform>614020, 10, 0, 1453660, 0, 10</GeoTransform>|' "$d.vrt" > "south-up-$d.vrt"
done
q -mo ACQUISITION_DATE=2025-01-01 "$A" after-dated-before.tif
mkdir -p fake.SAFE
printf 'type,features\n' > not-geojson.geojson
printf '{"type": "FeatureCollection", "features": [' > malformed.geojson
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[30,10],[30.1,10],[30.1,10.1],[30,10.1],[30,10]]]}}]}' > aoi-elsewhere.geojson
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","class":"attack"},"geometry":{"type":"Polygon","coordinates":[[[30,10],[30.001,10],[30.001,10.001],[30,10.001],[30,10]]]}}]}' > truth-elsewhere.geojson
printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"p"},"geometry":{"type":"Point","coordinates":[-7.93,13.15]}}]}' > points.geojson
# config files (merged over config/corridorwatch.yaml)
printf 'tiles:\n  size_px: [1\n  overlap_px: 3\n' > yaml-syntax.yaml
printf -- '- a\n- b\n' > yaml-list.yaml
: > yaml-empty.yaml
printf 'colour: blue\n' > key-unknown.yaml
printf 'tiles:\n  size: 512\n' > key-unknown-nested.yaml
printf 'tiles:\n  size_px: big\n' > type-string.yaml
printf 'tiles:\n  size_px: 512.7\n' > type-fraction.yaml
printf 'tiles: 5\n' > type-section.yaml
printf 'tiles:\n  overlap_px: null\n' > type-null.yaml
printf 'scan:\n  coregistration: perhaps\n' > type-boolean.yaml
printf 'sites:\n  weights:\n    burn: lots\n' > type-weight.yaml
printf 'sites:\n  report_threshold: 7\n' > range-threshold.yaml
printf 'scan:\n  max_masked_fraction: -1\n' > range-masked.yaml
printf 'schema_version: 99\n' > schema-version.yaml
printf 'tiles:\n  size_px: 256\n  overlap_px: 200\n' > range-overlap.yaml
printf 'sites:\n  weights:\n    vehicle: 0.5\n' > key-weight-misspelt.yaml
printf 'tiles:\n  size_px: 512\n  size_px: 256\n' > key-twice.yaml
# corridors, places
printf '{"type": "FeatureCollection", "features": [' > corridors-malformed.geojson
printf '{"type": "Feature"}' > corridors-not-collection.geojson
printf '{"type":"FeatureCollection","features":[]}' > corridors-empty.geojson
printf '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><LineString>' > corridors-truncated.kml
printf '{"type": "FeatureCollection", "features": [' > places-malformed.geojson
# FIRMS
printf 'a,b,c\n1,2,3\n' > firms-wrong-columns.csv
printf '{"type": [' > firms-malformed.json
: > firms-empty.csv
printf '[1, 2, 3]' > firms-array-of-numbers.json
printf 'latitude,longitude,acq_date,acq_time\nabc,def,2026-02-09,1200\n13.1,-7.9,not-a-date,1200\n' > firms-all-rows-bad.csv
head -c 2048 /dev/urandom > firms-binary.csv
printf 'not a zip archive' > firms-not-a-zip.zip
mkdir -p firms-zip-src && printf 'readme only\n' > firms-zip-src/readme.txt \
  && (cd firms-zip-src && python3 -c 'import zipfile; zipfile.ZipFile("../firms-no-shapefile.zip", "w").write("readme.txt")')
# decision stores, roads
echo "not a database at all" > decisions-garbage.sqlite
: > decisions-empty.sqlite
sqlite3 decisions-other.sqlite 'CREATE TABLE t (x);' 2>/dev/null || cp decisions-garbage.sqlite decisions-other.sqlite
echo "<osm> broken" > roads-garbage.osm
head -c 1000 /dev/urandom > roads-random.gpkg
# outputs
touch out-is-a-file
mkdir -p holds-previous && echo '{}' > holds-previous/run.json
# a finished run for evaluate
GOOD="$T/runs/good"
cw scan --before "$B" --after "$A" --out "$GOOD" --no-chips --threads 2 >/dev/null 2>"$T/good.err" \
  || { cat "$T/good.err"; cw_log "ERROR: the scan of the good sample failed"; exit 1; }
for ws in ws ws2; do
  cw workspace init "$T/$ws" >/dev/null 2>&1 || { cw_log "ERROR: workspace init $T/$ws failed"; exit 1; }
done
sed -i 's/^threads:.*/threads: 2.5/' "$T/ws/config/nightly.yaml"
sed -i 's/^chips:.*/chips: maybe/' "$T/ws2/config/nightly.yaml"
mkdir -p run-garbage && echo "{ not json" > run-garbage/run.json
cp "$GOOD/evidence/burn.tif" mask-here.tif
q -a_ullr 2614020 1456860 2617220 1453660 mask-here.tif mask-elsewhere.tif

# --- the cases ------------------------------------------------------------------------------------------------
mkdir -p "$T/res"
count=0
JOBS=${CW_BAD_INPUTS_JOBS:-$(nproc)}
# bad NAME CODE FRAGMENT ARGS... (@OUT@ = a fresh --out that must not exist afterwards); JOBS cases at a time
bad() {
  local name=$1 want=$2 frag=$3; shift 3
  [ -n "$only" ] && [[ "$name" != *"$only"* ]] && return 0
  count=$((count + 1))
  local out="$T/runs/$name" args=() a r
  r="$T/res/$(printf %03d $count)"
  for a in "$@"; do args+=("${a//@OUT@/$out}"); done
  (
    cw "${args[@]}" >"$r.out" 2>"$r.err" </dev/null
    got=$? why=""
    [ "$got" = "$want" ] || why="exit $got"
    grep -qF -- "$frag" "$r.err" || why="${why:+$why, }no \"$frag\""
    grep -qE 'Exception|\[Source:|\[SQLITE_|^\s+at [a-z]' "$r.err" && why="${why:+$why, }Java internals"
    [[ " $* " == *"@OUT@"* ]] && [ -e "$out" ] && why="${why:+$why, }left $out"
    if [ -n "$why" ]; then
      touch "$r.fail"
      printf '%-34s %4s %4s  MISMATCH: %s | %s\n' "$name" "$want" "$got" "$why" "$(head -1 "$r.err" | cut -c1-160)" > "$r.row"
    else
      printf '%-34s %4s %4s  ok  %s\n' "$name" "$want" "$got" "$(head -1 "$r.err" | cut -c1-120)" > "$r.row"
    fi
  ) &
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; done
}
scan() { bad "$1" "$2" "$3" scan --out @OUT@ --no-chips --threads 2 "${@:4}"; }
I="$T/in"

# scenes (3: bad input data; 7: nothing to process)
scan scene-missing            3 "no such file"                 --before "$I/missing.tif" --after "$A"
scan scene-empty-file         3 "empty.tif"                    --before "$I/empty.tif" --after "$A"
scan scene-text-file          3 "GDAL cannot open"             --before "$B" --after "$I/text.tif"
scan scene-random-bytes       3 "random.tif"                   --before "$B" --after "$I/random.tif"
scan scene-truncated          3 "truncated.tif"                --before "$B" --after "$I/truncated.tif"
scan scene-header-only        3 "header-only.tif"              --before "$B" --after "$I/header-only.tif"
scan scene-corrupt-header     3 "damaged"                      --before "$B" --after "$I/patched-size.tif"
scan scene-directory          3 "$I/fake.SAFE"                 --before "$I/fake.SAFE" --after "$A"
scan scene-one-band           3 "one-band.tif"                 --before "$B" --after "$I/one-band.tif"
scan scene-three-bands        3 "three-bands.tif"              --before "$I/three-bands.tif" --after "$A"
scan scene-no-georef          3 "no georeferencing"            --before "$B" --after "$I/no-georef.tif"
scan scene-geojson            3 "not-geojson.geojson"          --before "$B" --after "$I/not-geojson.geojson"
scan scenes-no-overlap        7 "does not overlap the other scene"             --before "$OTHER/before.tif" --after "$A"
scan scenes-no-corridor       7 "corridor"                     --before "$I/far-away-before.tif" --after "$I/far-away.tif"
scan scene-all-nodata         7 "no valid pixels"              --before "$B" --after "$I/all-nodata.tif"
scan scenes-rotated-grid      3 "rotated-after.vrt: its grid is not north-up" --before "$I/rotated-before.vrt" --after "$I/rotated-after.vrt"
scan scenes-south-up-grid     3 "south-up-after.vrt: its grid is not north-up" --before "$I/south-up-before.vrt" --after "$I/south-up-after.vrt"
scan scenes-same-file         3 "is the same file as --before" --before "$A" --after "$A"
scan dates-swapped            3 "swap --before and --after"    --before "$A" --after "$B"
scan date-after-before-date   3 "swap --before and --after"    --before "$B" --after "$I/after-dated-before.tif"
scan date-impossible          3 "ACQUISITION_DATE=2026-02-31"  --before "$B" --after "$I/impossible-date.tif"
scan aoi-missing              3 "aoi-missing.geojson"          --before "$B" --after "$A" --aoi "$I/aoi-missing.geojson"
scan aoi-malformed            3 "malformed.geojson"            --before "$B" --after "$A" --aoi "$I/malformed.geojson"
scan aoi-elsewhere            7 "aoi"                          --before "$B" --after "$A" --aoi "$I/aoi-elsewhere.geojson"
# configuration (4)
scan config-missing           4 "not found"                    --before "$B" --after "$A" --config "$I/nothing.yaml"
scan config-yaml-syntax       4 "line 3, column"               --before "$B" --after "$A" --config "$I/yaml-syntax.yaml"
scan config-yaml-list         4 "not a YAML mapping"           --before "$B" --after "$A" --config "$I/yaml-list.yaml"
scan config-yaml-empty        4 "is empty"                     --before "$B" --after "$A" --config "$I/yaml-empty.yaml"
scan config-key-unknown       4 "unknown key 'colour'"         --before "$B" --after "$A" --config "$I/key-unknown.yaml"
scan config-key-nested        4 "unknown key 'tiles.size'"     --before "$B" --after "$A" --config "$I/key-unknown-nested.yaml"
scan config-key-weight-term   4 "unknown key 'sites.weights.vehicle'" --before "$B" --after "$A" --config "$I/key-weight-misspelt.yaml"
scan config-key-twice         4 "Duplicate field 'size_px'"    --before "$B" --after "$A" --config "$I/key-twice.yaml"
scan config-type-string       4 "'tiles.size_px': got \"big\"" --before "$B" --after "$A" --config "$I/type-string.yaml"
scan config-type-fraction     4 "got 512.7, expected a whole"  --before "$B" --after "$A" --config "$I/type-fraction.yaml"
scan config-type-section      4 "'tiles': got 5"               --before "$B" --after "$A" --config "$I/type-section.yaml"
scan config-type-null         4 "tiles.overlap_px"             --before "$B" --after "$A" --config "$I/type-null.yaml"
scan config-type-boolean      4 "scan.coregistration"          --before "$B" --after "$A" --config "$I/type-boolean.yaml"
scan config-type-weight       4 "sites.weights.burn"           --before "$B" --after "$A" --config "$I/type-weight.yaml"
scan config-range-threshold   4 "sites.report_threshold"       --before "$B" --after "$A" --config "$I/range-threshold.yaml"
scan config-range-masked      4 "scan.max_masked_fraction"     --before "$B" --after "$A" --config "$I/range-masked.yaml"
scan config-range-overlap     4 "overlap"                      --before "$B" --after "$A" --config "$I/range-overlap.yaml"
scan config-schema-version    4 "schema_version"               --before "$B" --after "$A" --config "$I/schema-version.yaml"
scan corridors-missing        4 "corridor file not found"      --before "$B" --after "$A" --corridors "$I/nothing.geojson"
scan corridors-malformed      4 "corridors-malformed.geojson"  --before "$B" --after "$A" --corridors "$I/corridors-malformed.geojson"
scan corridors-truncated-kml  4 "is not KML"                   --before "$B" --after "$A" --corridors "$I/corridors-truncated.kml"
scan corridors-not-collection 4 "corridors-not-collection"     --before "$B" --after "$A" --corridors "$I/corridors-not-collection.geojson"
scan corridors-empty          4 "corridors-empty.geojson"      --before "$B" --after "$A" --corridors "$I/corridors-empty.geojson"
scan places-malformed         4 "places-malformed.geojson"     --before "$B" --after "$A" --places "$I/places-malformed.geojson"
scan corridor-unknown         4 "no-such-road"                 --before "$B" --after "$A" --corridor no-such-road
scan sensor-unknown           4 "no-such-sensor"               --before "$B" --after "$A" --sensor no-such-sensor
# options (2: usage; 4: out of range)
bad  threads-zero             4 "--threads 0 is out of range"  scan --out @OUT@ --before "$B" --after "$A" --threads 0
bad  threads-negative         4 "out of range"                 scan --out @OUT@ --before "$B" --after "$A" --threads -1
bad  threads-huge             4 "out of range"                 scan --out @OUT@ --before "$B" --after "$A" --threads 10000
bad  threads-word             2 "--threads"                    scan --out @OUT@ --before "$B" --after "$A" --threads many
scan buffer-negative          4 "--buffer-m"                   --before "$B" --after "$A" --buffer-m -5
scan buffer-huge              4 "--buffer-m"                   --before "$B" --after "$A" --buffer-m 1e9
scan option-unknown           2 "--colour"                     --before "$B" --after "$A" --colour blue
scan option-missing-after     2 "--after"                      --before "$B"
scan options-exclusive        2 "mutually exclusive"           --before "$B" --after "$A" --corridor rn1-senegal --aoi scene
bad  command-unknown          2 "frobnicate"                   frobnicate
bad  evaluate-nothing-to-do   2 "--truth, --mask"              evaluate --run "$GOOD"
bad  tiles-size-small         4 "--tile-size"                  tiles --scene "$A" --tile-size 10
bad  tiles-overlap-half       4 "--overlap"                    tiles --scene "$A" --tile-size 512 --overlap 600
# FIRMS, decisions, roads (3), all refused before the first tile
scan firms-wrong-columns      3 "not a FIRMS export"           --before "$B" --after "$A" --firms "$I/firms-wrong-columns.csv"
scan firms-malformed-json     3 "not valid JSON"               --before "$B" --after "$A" --firms "$I/firms-malformed.json"
scan firms-empty              3 "the file is empty"            --before "$B" --after "$A" --firms "$I/firms-empty.csv"
scan firms-missing            3 "firms-missing.csv"            --before "$B" --after "$A" --firms "$I/firms-missing.csv"
scan firms-array-of-numbers   3 "firms-array-of-numbers.json"  --before "$B" --after "$A" --firms "$I/firms-array-of-numbers.json"
scan firms-all-rows-bad       3 "none of its 2 rows"           --before "$B" --after "$A" --firms "$I/firms-all-rows-bad.csv"
scan firms-binary             3 "firms-binary.csv"             --before "$B" --after "$A" --firms "$I/firms-binary.csv"
scan firms-not-a-zip          3 "not a zip archive"            --before "$B" --after "$A" --firms "$I/firms-not-a-zip.zip"
scan firms-zip-no-shapefile   3 "holds no shapefile"           --before "$B" --after "$A" --firms "$I/firms-no-shapefile.zip"
scan decisions-garbage        3 "not a CorridorWatch decision store" --before "$B" --after "$A" --decisions "$I/decisions-garbage.sqlite"
scan decisions-empty          3 "decisions-empty.sqlite"       --before "$B" --after "$A" --decisions "$I/decisions-empty.sqlite"
scan decisions-other-db       3 "not a CorridorWatch decision store" --before "$B" --after "$A" --decisions "$I/decisions-other.sqlite"
scan decisions-missing        3 "does not exist"               --before "$B" --after "$A" --decisions "$I/nothing.sqlite"
scan roads-missing            3 "roads-missing.osm.pbf"        --before "$B" --after "$A" --roads "$I/roads-missing.osm.pbf"
scan roads-garbage            3 "roads-garbage.osm"            --before "$B" --after "$A" --roads "$I/roads-garbage.osm"
scan roads-random-gpkg        3 "roads-random.gpkg"            --before "$B" --after "$A" --roads "$I/roads-random.gpkg"
scan roads-only-points        3 "points.geojson"               --before "$B" --after "$A" --roads "$I/points.geojson"
# outputs (6)
bad  out-is-a-file            6 "out-is-a-file"                scan --before "$B" --after "$A" --out "$I/out-is-a-file" --no-chips
bad  out-under-a-file         6 "not a directory"              scan --before "$B" --after "$A" --out "$I/out-is-a-file/run" --no-chips
bad  out-not-writable         6 "is not writable"              scan --before "$B" --after "$A" --out /proc/cw-bad-inputs --no-chips
bad  out-holds-previous-run   6 "holds a previous run"         scan --before "$B" --after "$A" --out "$I/holds-previous" --no-chips
bad  review-export-db-missing 3 "does not exist"               review export --db "$I/nothing.sqlite" --format csv --out "$T/runs/export0.csv"
bad  review-export-format     2 "--format"                     review export --db "$I/decisions-garbage.sqlite" --format xls --out "$T/runs/export1.csv"
# evaluate (3)
bad  evaluate-not-a-run       3 "has no run.json"              evaluate --run "$I" --truth "$OTHER/truth.geojson"
bad  evaluate-run-garbage     3 "is not valid JSON"            evaluate --run "$I/run-garbage" --truth "$OTHER/truth.geojson"
bad  evaluate-truth-elsewhere 3 "does not overlap the run"     evaluate --run "$GOOD" --truth "$I/truth-elsewhere.geojson"
bad  evaluate-truth-other-sample 3 "does not overlap the run"  evaluate --run "$GOOD" --truth "$OTHER/truth.geojson"
bad  evaluate-truth-malformed 3 "malformed.geojson"            evaluate --run "$GOOD" --truth "$I/malformed.geojson"
bad  evaluate-mask-elsewhere  3 "does not overlap the run"     evaluate --run "$GOOD" --mask "$I/mask-elsewhere.tif"
bad  evaluate-mask-text       3 "text.tif"                     evaluate --run "$GOOD" --mask "$I/text.tif"
bad  review-export-garbage    3 "not a CorridorWatch decision store" review export --db "$I/decisions-garbage.sqlite" --format csv --out "$T/runs/export.csv"

# other commands
bad  corridors-list-malformed 4 "corridors-malformed.geojson"  corridors --corridors "$I/corridors-malformed.geojson"
bad  samples-case-unknown     4 "unknown sample case 'nope'"   samples generate --sensor sentinel2 --case nope --out @OUT@
bad  samples-size-huge        4 "out of range"                 samples generate --sensor sentinel2 --size-px 100000 100000 --out @OUT@
bad  samples-bbox-three       4 "--bbox needs 4 numbers"       samples generate --sensor sentinel2 --bbox 1,2,3 --out @OUT@
bad  samples-km-beyond-end    4 "beyond the end of rn1-senegal" samples generate --sensor sentinel2 --corridor rn1-senegal --from-km 5000 --to-km 5004 --out @OUT@
bad  nightly-config-threads   4 "'threads' must be a whole number" nightly --workspace "$T/ws"
bad  nightly-config-chips     4 "'chips' must be true or false" nightly --workspace "$T/ws2"
bad  nightly-not-a-workspace  11 "is not a CorridorWatch workspace" nightly --workspace "$I"
bad  workspace-init-under-file 6 "out-is-a-file"               workspace init "$I/out-is-a-file"
bad  review-serve-garbage     3 "not a CorridorWatch decision store" review serve --db "$I/decisions-garbage.sqlite" --run "$GOOD"
wait
printf '%-34s %4s %4s  %s\n' case want got result
cat "$T"/res/*.row 2>/dev/null
failures=$(find "$T/res" -name '*.fail' | wc -l)
echo "$count cases, $((count - failures)) as expected, $failures mismatches"
[ -f "$GOOD/evaluation.json" ] && { echo "MISMATCH: a refused evaluate wrote $GOOD/evaluation.json"; exit 1; }
[ "$failures" = 0 ]
