/* modules/gil.c: the `gil` module, gilpy's own window on its GIL.
 * SPDX-License-Identifier: MIT
 *
 * stats() returns plain dicts so a learner can print them, sort them or
 * compute ratios without knowing any gilpy type.  Times are in seconds.
 * holder() and switches() read the GIL's state; policy()/setpolicy(name)
 * choose how it switches ('cpython', 'io', 'ticks:N', runtime/gil.c note
 * 11); trace_start(path)/trace_stop() record a Chrome trace (giltrace.c);
 * print_stats() prints the -X gilstats table now.  docs/GIL.md documents
 * them for learners.
 */
#include <errno.h>

#include "../runtime/dict.h"
#include "../runtime/exc.h"
#include "../runtime/float.h"
#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/tstate.h"
#include "modules.h"
#include "thread_mod.h"

static int
put(ThreadState *ts, Value d, const char *key, Value v)
{
    return v ? dict_set_cstr(ts, d, key, v) : -1;
}

static Value
stats_dict(ThreadState *ts, const GilStats *s)
{
    Value d = dict_new(ts);
    if (!d)
        return VNULL;
    if (put(ts, d, "acquisitions", int_from_u64(ts, s->acquisitions)) < 0 ||
        put(ts, d, "forced_drops", int_from_u64(ts, s->forced_drops)) < 0 ||
        put(ts, d, "blocking_drops", int_from_u64(ts, s->blocking_drops)) < 0 ||
        put(ts, d, "drop_requests", int_from_u64(ts, s->drop_requests)) < 0 ||
        put(ts, d, "wait_total", float_new(ts, (double)s->wait_total / 1e9)) < 0 ||
        put(ts, d, "wait_max", float_new(ts, (double)s->wait_max / 1e9)) < 0 ||
        put(ts, d, "hold_total", float_new(ts, (double)s->hold_total / 1e9)) < 0 ||
        put(ts, d, "hold_max", float_new(ts, (double)s->hold_max / 1e9)) < 0)
        return VNULL;
    return d;
}

/* stats() -> {'total': {...}, 'threads': {ident: {...}, ...}}; the caller's
 * own current hold is not counted until it drops the GIL. */
static Value
gil_stats(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "stats", nargs, 0, 0) < 0)
        return VNULL;
    Value r = dict_new(ts), threads = dict_new(ts);
    if (!r || !threads || put(ts, r, "total", stats_dict(ts, &ts->interp->gil->total)) < 0 ||
        put(ts, r, "threads", threads) < 0)
        return VNULL;
    for (ThreadState *t = ts->interp->threads; t; t = t->next) {
        Value key = int_from_u64(ts, t->ident);
        Value v = stats_dict(ts, &t->gil_stats);
        if (!key || !v || dict_set(ts, threads, key, v) < 0)
            return VNULL;
    }
    return r;
}

static Value
gil_holder(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    ThreadState *h = atomic_load(&ts->interp->gil->holder);
    return h ? int_from_u64(ts, h->ident) : V_NONE;
}

static Value
gil_switch_number(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return int_from_u64(ts, atomic_load(&ts->interp->gil->switch_number));
}

static Value
gil_policy(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "policy", nargs, 0, 0) < 0)
        return VNULL;
    char buf[32];
    gil_policy_name(ts->interp->gil, buf, sizeof buf);
    return str_from_cstr(ts, buf);
}

static int
str_arg(ThreadState *ts, const char *fname, Value *args, int nargs, const char **out)
{
    if (arg_check_count(ts, fname, nargs, 1, 1) < 0)
        return -1;
    if (!val_is(args[0], &StrType)) {
        exc_raise(ts, &TypeErrorType, "%s() argument must be str, not %s", fname,
                  val_type(args[0])->name);
        return -1;
    }
    *out = str_cstr(args[0]);
    return 0;
}

/* setpolicy('cpython' | 'io' | 'ticks:N'): takes effect at once, for every
 * thread; threads already waiting queue again under the new rules. */
static Value
gil_setpolicy(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    const char *name;
    if (str_arg(ts, "setpolicy", args, nargs, &name) < 0)
        return VNULL;
    if (gil_set_policy(ts, name) < 0)
        return exc_raise(ts, &ValueErrorType,
                         "unknown GIL policy '%s' (expected 'cpython', 'io' or 'ticks:N')", name),
               VNULL;
    return V_NONE;
}

static Value
gil_trace_start_fn(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    const char *path;
    if (str_arg(ts, "trace_start", args, nargs, &path) < 0)
        return VNULL;
    if (gil_trace_start(ts, path) < 0)
        return exc_raise_errno(ts, errno, args[0]), VNULL;
    return V_NONE;
}

/* trace_stop() -> True if a trace was written, False if none was running. */
static Value
gil_trace_stop_fn(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "trace_stop", nargs, 0, 0) < 0)
        return VNULL;
    int rc = gil_trace_stop(ts);
    if (rc < 0)
        return exc_raise_errno(ts, errno, VNULL), VNULL;
    return rc == 0 ? V_TRUE : V_FALSE;
}

static Value
gil_print_stats_fn(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "print_stats", nargs, 0, 0) < 0)
        return VNULL;
    gil_print_stats(ts);
    return V_NONE;
}

static const MethodDef gil_functions[] = {
    {"stats", gil_stats, 0},
    {"holder", gil_holder, 0},
    {"switches", gil_switch_number, 0},
    {"policy", gil_policy, 0},
    {"setpolicy", gil_setpolicy, 0},
    {"trace_start", gil_trace_start_fn, 0},
    {"trace_stop", gil_trace_stop_fn, 0},
    {"print_stats", gil_print_stats_fn, 0},
    {NULL, NULL, 0},
};

Value
mod_gil_init(ThreadState *ts)
{
    Value m = module_new(ts, "gil");
    if (!m || module_add_functions(ts, m, gil_functions) < 0)
        return VNULL;
    return m;
}
