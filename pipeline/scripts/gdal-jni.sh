#!/usr/bin/env bash
# gdal-jni.sh — make sure the GDAL Java bindings' native library (libgdalalljni.so) is available
# for the system GDAL, and print the directory that holds it on stdout (and nothing else there).
#
# Order of precedence:
#   1. CORRIDORWATCH_GDAL_JNI_DIR=/dir  — use an existing install (a distribution's gdal-java
#      package, a self-built GDAL). Nothing is built; the directory must hold libgdalalljni.so.
#   2. the cache ${XDG_CACHE_HOME:-~/.cache}/corridorwatch/gdal-jni/<gdal version>/ when its stamp is valid.
#   3. a build: system GDAL (gdal-bin, libgdal-dev), SWIG and Debian's own GDAL source package
#      (interface files only), compiled against -lgdal with the JDK's JNI headers. ~1 minute.
#
# Exit codes: 0 ok; 5 environment problem (message on stderr names exactly what to install or set).
set -euo pipefail

log() { echo "gdal-jni: $*" >&2; }
die() { echo "gdal-jni: ERROR: $*" >&2; exit 5; }

if [ -n "${CORRIDORWATCH_GDAL_JNI_DIR:-}" ]; then
  [ -f "$CORRIDORWATCH_GDAL_JNI_DIR/libgdalalljni.so" ] \
    || die "CORRIDORWATCH_GDAL_JNI_DIR=$CORRIDORWATCH_GDAL_JNI_DIR does not contain libgdalalljni.so; point it at the directory holding that file, or unset it to let CorridorWatch build one."
  echo "$CORRIDORWATCH_GDAL_JNI_DIR"
  exit 0
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null \
    || die "this machine has no apt. Install GDAL >= 3.6 with development headers (gdal-config, gdal.h, libgdal), SWIG >= 4, a C++ compiler and a JDK 17; or set CORRIDORWATCH_GDAL_JNI_DIR to a directory holding libgdalalljni.so."
  if [ -z "$APT_UPDATED" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
      || die "apt-get update failed (needs root or passwordless sudo). Run as root: apt-get update && apt-get install -y $*"
    APT_UPDATED=1
  fi
  log "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2 \
    || die "apt-get install failed. Run as root: apt-get install -y $*"
}

need=()
command -v gdal-config >/dev/null || need+=(libgdal-dev)
command -v gdalinfo   >/dev/null || need+=(gdal-bin)
command -v swig       >/dev/null || need+=(swig)
command -v g++        >/dev/null || need+=(g++)
command -v dpkg-source >/dev/null || need+=(dpkg-dev)
command -v xz         >/dev/null || need+=(xz-utils)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

GDAL_VERSION=$(gdal-config --version)
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/corridorwatch/gdal-jni"
OUT="$CACHE_ROOT/$GDAL_VERSION"
LIBGDAL=$(gdal-config --libs | tr ' ' '\n' | sed -n 's/^-L//p' | head -1)
STAMP="gdal=$GDAL_VERSION libgdal=$(ls -l --time-style=+%s "$(gdal-config --prefix)"/lib/*/libgdal.so* 2>/dev/null | awk '{print $6}' | sort | tail -1) script=2"
if [ -f "$OUT/libgdalalljni.so" ] && [ "$(cat "$OUT/stamp" 2>/dev/null)" = "$STAMP" ]; then
  echo "$OUT"; exit 0
fi

JAVAC=$(readlink -f "$(command -v javac || true)" 2>/dev/null || true)
[ -n "$JAVAC" ] || die "no JDK found (javac missing). Install openjdk-17-jdk-headless."
JDK_HOME=${JAVA_HOME:-$(dirname "$(dirname "$JAVAC")")}
[ -f "$JDK_HOME/include/jni.h" ] || die "no jni.h under $JDK_HOME/include. Install a full JDK (openjdk-17-jdk-headless) or set JAVA_HOME to one."

log "building libgdalalljni.so for GDAL $GDAL_VERSION into $OUT (one time, about a minute)"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cw-gdal-jni.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# Debian's own GDAL source for the installed version: only the SWIG interface files are used.
SRC_VERSION=$(dpkg-query -W -f '${source:Version}' libgdal-dev 2>/dev/null || true)
[ -n "$SRC_VERSION" ] || die "libgdal-dev is not installed as a Debian package; install it, or set CORRIDORWATCH_GDAL_JNI_DIR."
if ! (cd "$WORK" && apt-get source --download-only -qq "gdal=$SRC_VERSION" >/dev/null 2>&1); then
  log "adding a deb-src entry for the configured Debian suites"
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      | as_root tee /etc/apt/sources.list.d/corridorwatch-deb-src.sources >/dev/null
  else
    grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | sed 's/^deb /deb-src /' \
      | as_root tee /etc/apt/sources.list.d/corridorwatch-deb-src.list >/dev/null
  fi
  as_root apt-get update -qq >&2 || die "apt-get update failed after adding deb-src entries"
  (cd "$WORK" && apt-get source --download-only -qq "gdal=$SRC_VERSION" >&2) \
    || die "could not download Debian's GDAL source package gdal=$SRC_VERSION (apt-get source). Check the deb-src entries, or set CORRIDORWATCH_GDAL_JNI_DIR."
fi
ORIG=$(ls "$WORK"/gdal_*.orig.tar.* | head -1)
tar -C "$WORK" -xf "$ORIG" --wildcards '*/swig/include/*' '*.h'
SWIGINC=$(ls -d "$WORK"/*/swig/include | head -1)
mkdir -p "$SWIGINC/../java" && cd "$SWIGINC/../java"   # the .i files include headers as ../../<dir>/x.h

mkdir -p "$WORK/java" "$WORK/obj"
CXXFLAGS="-O2 -fPIC -fno-strict-aliasing -w $(gdal-config --cflags) -I$JDK_HOME/include -I$JDK_HOME/include/linux"
objs=(); pids=()
for mod in gdal gdalconst ogr osr; do
  mkdir -p "$WORK/java/$mod"
  lang=-c++; ext=cpp
  [ "$mod" = gdalconst ] && { lang=; ext=c; }
  swig $lang -java -DSWIGJAVA -package "org.gdal.$mod" -outdir "$WORK/java/$mod" \
       -I"$SWIGINC" -I"$SWIGINC/java" -o "$WORK/obj/${mod}_wrap.$ext" "$SWIGINC/$mod.i" \
       >"$WORK/swig-$mod.log" 2>&1 || { cat "$WORK/swig-$mod.log" >&2; die "swig failed on $mod.i"; }
  compiler=g++; [ "$ext" = c ] && compiler=gcc
  $compiler ${CXXFLAGS} -c "$WORK/obj/${mod}_wrap.$ext" -o "$WORK/obj/$mod.o" &
  pids+=($!)
  objs+=("$WORK/obj/$mod.o")
done
for pid in "${pids[@]}"; do wait "$pid" || die "compiling the JNI wrappers failed (see the compiler messages above)"; done
g++ -shared -o "$WORK/obj/libgdalalljni.so" "${objs[@]}" $(gdal-config --libs) >&2
mkdir -p "$OUT"
mv -f "$WORK/obj/libgdalalljni.so" "$OUT/libgdalalljni.so.tmp" && mv -f "$OUT/libgdalalljni.so.tmp" "$OUT/libgdalalljni.so"
echo "$STAMP" > "$OUT/stamp"
log "done: $OUT/libgdalalljni.so"
echo "$OUT"
