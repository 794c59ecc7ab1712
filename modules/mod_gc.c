/* modules/mod_gc.c: the `gc` module: run or pause gilpy's collector.
 * SPDX-License-Identifier: MIT
 *
 * gilpy has one mark-sweep collector (runtime/gc.c) rather than CPython's
 * reference counts plus a cycle collector, so collect() reclaims every
 * unreachable object, cycles or not, and returns how many it freed.
 * Calling it from a builtin is safe: the VM has stored its stack pointer
 * before any C call, and the C stack is scanned conservatively.
 */
#include "../runtime/tstate.h"
#include "modules.h"

static Value
gc_collect_fn(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "collect", nargs, 0, 1) < 0)
        return VNULL;
    gc_collect(ts);
    return val_from_int((int64_t)ts->interp->gc.last_freed);
}

static Value
gc_enable(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    ts->interp->gc.disabled = 0;
    return V_NONE;
}

static Value
gc_disable(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    ts->interp->gc.disabled = 1;
    return V_NONE;
}

static Value
gc_isenabled(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_bool(!ts->interp->gc.disabled);
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect_fn, 0},
    {"enable", gc_enable, 0},
    {"disable", gc_disable, 0},
    {"isenabled", gc_isenabled, 0},
    {NULL, NULL, 0},
};

Value
mod_gc_init(ThreadState *ts)
{
    Value m = module_new(ts, "gc");
    if (!m || module_add_functions(ts, m, gc_functions) < 0)
        return VNULL;
    return m;
}
