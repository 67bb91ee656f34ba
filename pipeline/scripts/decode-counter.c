/* Deterministic decode counters for the benchmark (pipeline/scripts/benchmark-scan.sh), preloaded into any process
 * (the scan's JVM, gdal_calc.py, otbcli_BandMath, decode-bands.py): counts the JPEG2000 decodes OpenJPEG performs
 * (opj_decode after opj_set_decode_area, opj_get_decoded_tile) with the pixels each produced, and the DEFLATE
 * blocks libdeflate inflates for GDAL's GTiff driver with their bytes. At exit it appends one line
 *   pid=N jp2_decodes=N jp2_pixels=N deflate_blocks=N deflate_bytes=N
 * to $CW_DECODE_COUNT_FILE (nothing when unset). Build: gcc -O2 -shared -fPIC -o decode-counter.so decode-counter.c -ldl
 * Usage: LD_PRELOAD=decode-counter.so CW_DECODE_COUNT_FILE=counts.txt COMMAND
 * With CW_DECODE_TRACE_FILE set, every JPEG2000 decode is also appended there as one line
 *   EPOCH_SECONDS WIDTH HEIGHT
 * (wall-clock time at its end): decode-stages.py splits them by the scan's stages (run.json timings). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <openjpeg-2.5/openjpeg.h>
#include <libdeflate.h>

static atomic_llong jp2_decodes, jp2_pixels, deflate_blocks, deflate_bytes;

/* The real function: the next definition in the global scope, else in the library itself (Python loads GDAL
 * with RTLD_LOCAL, where RTLD_NEXT does not see it). */
static void *real_fn(const char *lib, const char *name) {
    void *f = dlsym(RTLD_NEXT, name);
    if (!f) {
        void *h = dlopen(lib, RTLD_NOW | RTLD_NOLOAD);
        f = h ? dlsym(h, name) : NULL;
    }
    if (!f) {
        fprintf(stderr, "decode-counter: %s not found in %s\n", name, lib);
        abort();
    }
    return f;
}

static pthread_mutex_t trace_lock = PTHREAD_MUTEX_INITIALIZER;
static FILE *trace;

static void add_image(opj_image_t *img) {
    atomic_fetch_add(&jp2_decodes, 1);
    unsigned w = 0, h = 0;
    if (img && img->numcomps > 0 && img->comps) {
        w = img->comps[0].w;
        h = img->comps[0].h;
        atomic_fetch_add(&jp2_pixels, (long long) w * h);
    }
    const char *f = getenv("CW_DECODE_TRACE_FILE");
    if (f && *f) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        pthread_mutex_lock(&trace_lock);
        if (!trace) trace = fopen(f, "a");
        if (trace) fprintf(trace, "%ld.%03ld %u %u\n", (long) ts.tv_sec, ts.tv_nsec / 1000000, w, h);
        pthread_mutex_unlock(&trace_lock);
    }
}

OPJ_BOOL OPJ_CALLCONV opj_decode(opj_codec_t *codec, opj_stream_t *stream, opj_image_t *image) {
    static OPJ_BOOL (*real)(opj_codec_t *, opj_stream_t *, opj_image_t *);
    if (!real) real = real_fn("libopenjp2.so.7", "opj_decode");
    OPJ_BOOL ok = real(codec, stream, image);
    add_image(image);
    return ok;
}

OPJ_BOOL OPJ_CALLCONV opj_get_decoded_tile(opj_codec_t *codec, opj_stream_t *stream, opj_image_t *image, OPJ_UINT32 tile) {
    static OPJ_BOOL (*real)(opj_codec_t *, opj_stream_t *, opj_image_t *, OPJ_UINT32);
    if (!real) real = real_fn("libopenjp2.so.7", "opj_get_decoded_tile");
    OPJ_BOOL ok = real(codec, stream, image, tile);
    add_image(image);
    return ok;
}

enum libdeflate_result libdeflate_zlib_decompress(struct libdeflate_decompressor *d, const void *in, size_t in_n,
                                                  void *out, size_t out_n, size_t *actual) {
    static enum libdeflate_result (*real)(struct libdeflate_decompressor *, const void *, size_t, void *, size_t, size_t *);
    if (!real) real = real_fn("libdeflate.so.0", "libdeflate_zlib_decompress");
    enum libdeflate_result r = real(d, in, in_n, out, out_n, actual);
    atomic_fetch_add(&deflate_blocks, 1);
    atomic_fetch_add(&deflate_bytes, (long long) (actual ? *actual : out_n));
    return r;
}

__attribute__((destructor)) static void report(void) {
    if (trace) fclose(trace);
    const char *f = getenv("CW_DECODE_COUNT_FILE");
    if (!f || !*f || (jp2_decodes == 0 && deflate_blocks == 0)) return;
    FILE *o = fopen(f, "a");
    if (!o) return;
    fprintf(o, "pid=%d jp2_decodes=%lld jp2_pixels=%lld deflate_blocks=%lld deflate_bytes=%lld\n", (int) getpid(),
            (long long) jp2_decodes, (long long) jp2_pixels, (long long) deflate_blocks, (long long) deflate_bytes);
    fclose(o);
}
