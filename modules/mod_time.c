/* modules/mod_time.c: _time, the C half of the time module (clocks, sleep, calendar conversions).
 * SPDX-License-Identifier: MIT
 *
 * modules/py/time.py re-exports these and defines struct_time.  Broken-down
 * times cross this boundary as plain 9-tuples in Python's convention
 * (tm_mon 1-12, tm_wday 0 = Monday, tm_yday 1-366).
 *
 * sleep() releases the GIL and sleeps in slices of at most 5 ms so that the
 * main thread notices Ctrl-C promptly and raises KeyboardInterrupt.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dict.h"
#include "exc.h"
#include "float.h"
#include "gil.h"
#include "int.h"
#include "signals.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "modules.h"
#include "modules/import.h"

static Value
clock_float(ThreadState *ts, clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return float_new(ts, (double)t.tv_sec + (double)t.tv_nsec * 1e-9);
}

static Value
clock_ns(ThreadState *ts, clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return int_from_i64(ts, (int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
}

#define CLOCK_FUNCS(name, id) \
    static Value time_##name(ThreadState *ts, Value *args, int nargs, Value kwnames) \
    { \
        if (arg_check_count(ts, #name, nargs, 0, 0) < 0) \
            return VNULL; \
        return clock_float(ts, id); \
    } \
    static Value time_##name##_ns(ThreadState *ts, Value *args, int nargs, Value kwnames) \
    { \
        if (arg_check_count(ts, #name "_ns", nargs, 0, 0) < 0) \
            return VNULL; \
        return clock_ns(ts, id); \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static int
seconds_arg(ThreadState *ts, Value v, double *out)
{
    if (int_check(v)) {
        int ov = 0;
        *out = int_as_double(ts, v, &ov);
        return ov ? -1 : 0;
    }
    if (float_check(v)) {
        *out = float_as_double(v);
        return 0;
    }
    exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
              obj_type_name(v));
    return -1;
}

static Value
time_sleep(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    double secs;
    if (arg_no_kwargs(ts, "sleep", kwnames) < 0 || arg_check_count(ts, "sleep", nargs, 1, 1) < 0 ||
        seconds_arg(ts, args[0], &secs) < 0)
        return VNULL;
    if (isnan(secs))
        return exc_raise(ts, &ValueErrorType, "Invalid value NaN (not a number)");
    if (secs < 0)
        return exc_raise(ts, &ValueErrorType, "sleep length must be non-negative");
    /* one sleep without the GIL; only the main thread wakes between
     * slices, to run signal handlers (signals.c), and without the GIL */
    return signals_sleep(ts, secs) < 0 ? VNULL : V_NONE;
}

/* The `seconds` argument of localtime/gmtime/ctime: now when None or missing. */
static int
time_t_arg(ThreadState *ts, Value *args, int nargs, time_t *out)
{
    if (nargs == 0 || args[0] == V_NONE) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (seconds_arg(ts, args[0], &d) < 0)
        return -1;
    if (!isfinite(d)) {
        exc_raise(ts, isnan(d) ? &ValueErrorType : &OverflowErrorType,
                  isnan(d) ? "Invalid value NaN (not a number)" : "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static Value
tm_to_tuple(ThreadState *ts, const struct tm *t)
{
    Value v[11] = {
        val_from_int(t->tm_year + 1900), val_from_int(t->tm_mon + 1), val_from_int(t->tm_mday),
        val_from_int(t->tm_hour), val_from_int(t->tm_min), val_from_int(t->tm_sec),
        val_from_int((t->tm_wday + 6) % 7), val_from_int(t->tm_yday + 1), val_from_int(t->tm_isdst),
        VNULL, val_from_int(t->tm_gmtoff),
    };
    v[9] = str_from_cstr(ts, t->tm_zone ? t->tm_zone : "");
    return v[9] ? tuple_from_array(ts, v, 11) : VNULL;
}

static Value
time_localtime(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    time_t t;
    struct tm tm;
    if (arg_check_count(ts, "localtime", nargs, 0, 1) < 0 || time_t_arg(ts, args, nargs, &t) < 0)
        return VNULL;
    if (!localtime_r(&t, &tm))
        return exc_raise_errno(ts, errno ? errno : EOVERFLOW, VNULL);
    return tm_to_tuple(ts, &tm);
}

static Value
time_gmtime(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    time_t t;
    struct tm tm;
    if (arg_check_count(ts, "gmtime", nargs, 0, 1) < 0 || time_t_arg(ts, args, nargs, &t) < 0)
        return VNULL;
    if (!gmtime_r(&t, &tm))
        return exc_raise_errno(ts, errno ? errno : EOVERFLOW, VNULL);
    return tm_to_tuple(ts, &tm);
}

/* A 9-sequence (Python convention) to struct tm. */
static int
tuple_to_tm(ThreadState *ts, const char *fname, Value seq, struct tm *tm)
{
    Value t = tuple_from_iterable(ts, seq);
    if (!t)
        return -1;
    if (tuple_as(t)->len != 9) {
        exc_raise(ts, &TypeErrorType, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        Value x = tuple_as(t)->items[i];
        if (!int_check(x)) {
            exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                      obj_type_name(x));
            return -1;
        }
        int ov = 0;
        f[i] = int_as_i64(ts, x, &ov);
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)(f[1] - 1);
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)(f[7] - 1);
    tm->tm_isdst = (int)f[8];
    return 0;
}

static Value
time_strftime(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "strftime", nargs, 1, 2) < 0)
        return VNULL;
    if (!str_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "strftime() argument 1 must be str, not %s",
                         obj_type_name(args[0]));
    struct tm tm;
    if (nargs < 2) {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    } else if (tuple_to_tm(ts, "strftime", args[1], &tm) < 0) {
        return VNULL;
    } else {
        /* Fill tm_zone/tm_gmtoff for %Z/%z like CPython's localtime-based conversion. */
        struct tm probe = tm;
        time_t tt = mktime(&probe);
        if (tt != (time_t)-1) {
            tm.tm_gmtoff = probe.tm_gmtoff;
            tm.tm_zone = probe.tm_zone;
        }
    }
    const char *fmt = str_cstr(args[0]);
    if (!*fmt)
        return str_from_cstr(ts, "");
    for (size_t cap = 256; cap < (1u << 20); cap *= 4) {
        char *buf = malloc(cap);
        if (!buf)
            return exc_no_memory(ts);
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap > 16 * strlen(fmt)) {
            Value r = str_new(ts, buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
    return str_from_cstr(ts, "");
}

static Value
time_mktime(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    struct tm tm;
    if (arg_check_count(ts, "mktime", nargs, 1, 1) < 0 || tuple_to_tm(ts, "mktime", args[0], &tm) < 0)
        return VNULL;
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return exc_raise(ts, &OverflowErrorType, "mktime argument out of range");
    return float_new(ts, (double)t);
}

static const MethodDef time_functions[] = {
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_perf_counter, 0},
    {"perf_counter_ns", time_perf_counter_ns, 0},
    {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0},
    {"thread_time", time_thread_time, 0},
    {"thread_time_ns", time_thread_time_ns, 0},
    {"sleep", time_sleep, 0},
    {"localtime", time_localtime, 0},
    {"gmtime", time_gmtime, 0},
    {"strftime", time_strftime, 0},
    {"mktime", time_mktime, 0},
    {NULL},
};

Value
mod_time_init(ThreadState *ts)
{
    Value m = module_new(ts, "_time");
    if (!m || module_add_functions(ts, m, time_functions) < 0)
        return VNULL;
    tzset();
    Value d = *obj_dict_slot(m);
    Value std = str_from_cstr(ts, tzname[0]);
    Value dst = std ? str_from_cstr(ts, tzname[1]) : VNULL;
    Value names = dst ? tuple_pack(ts, 2, std, dst) : VNULL;
    if (!names || dict_set_cstr(ts, d, "tzname", names) < 0 ||
        dict_set_cstr(ts, d, "timezone", val_from_int(timezone)) < 0 ||
        dict_set_cstr(ts, d, "daylight", val_from_int(daylight)) < 0)
        return VNULL;
    return m;
}
