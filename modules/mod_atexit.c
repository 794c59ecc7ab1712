/* modules/mod_atexit.c: the atexit module (functions run when the interpreter exits).
 * SPDX-License-Identifier: MIT
 *
 * The handlers live in the module object (a hidden list in its dict), so a
 * program that never imports atexit has nothing to run and atexit_run()
 * costs one dict lookup.  Each entry is a tuple (func, args, kwnames).
 */
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "modules.h"
#include "modules/import.h"
#include "modules/thread_mod.h"

#define HANDLERS "_exithandlers"

static Value
handlers(ThreadState *ts)
{
    Value m = dict_get_cstr(ts, ts->interp->modules, "atexit");
    if (!m || !val_is(m, &ModuleType))
        return VNULL;
    Value l = dict_get_cstr(ts, *obj_dict_slot(m), HANDLERS);
    return l && list_check(l) ? l : VNULL;
}

static Value
atexit_register(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int npos = nargs;
    if (npos < 1)
        return exc_raise(ts, &TypeErrorType, "register() takes at least 1 argument (0 given)");
    if (!obj_is_callable(args[0]))
        return exc_raise(ts, &TypeErrorType, "the first argument must be callable");
    Value l = handlers(ts);
    if (!l)
        return exc_raise(ts, &RuntimeErrorType, "atexit module is not initialized");
    Value rest = tuple_from_array(ts, args + 1, npos - 1 + nkw);
    Value e = rest ? tuple_pack(ts, 3, args[0], rest, nkw ? kwnames : V_NONE) : VNULL;
    if (!e || list_append(ts, l, e) < 0)
        return VNULL;
    return args[0];
}

static Value
atexit_unregister(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "unregister", kwnames) < 0 ||
        arg_check_count(ts, "unregister", nargs, 1, 1) < 0)
        return VNULL;
    Value l = handlers(ts);
    if (!l)
        return V_NONE;
    ListObj *lo = list_as(l);
    for (int64_t i = 0; i < lo->len;) {
        int eq = obj_eq(ts, tuple_as(lo->items[i])->items[0], args[0]);
        if (eq < 0)
            return VNULL;
        if (eq) {
            memmove(lo->items + i, lo->items + i + 1, sizeof(Value) * (size_t)(lo->len - i - 1));
            lo->len--;
        } else {
            i++;
        }
    }
    return V_NONE;
}

/* A failing handler is reported like CPython's PyErr_WriteUnraisable: through
 * sys.unraisablehook, so a custom hook sees it and the others still run. */
static void
report(ThreadState *ts, Value func)
{
    sys_write_unraisable(ts, exc_fetch(ts), "Exception ignored in atexit callback", func);
}

/* Run and forget the handlers, last registered first. */
static void
run_all(ThreadState *ts, Value l)
{
    ts_push_root(ts, l);
    while (list_as(l)->len > 0) {
        ListObj *lo = list_as(l);
        Value e = lo->items[--lo->len];
        ts_push_root(ts, e);
        TupleObj *t = tuple_as(e);
        Value kw = t->items[2] == V_NONE ? VNULL : t->items[2];
        int nkw = kw ? (int)tuple_as(kw)->len : 0;
        TupleObj *a = tuple_as(t->items[1]);
        Value r = obj_call(ts, t->items[0], a->items, (int)a->len - nkw, kw);
        if (!r)
            report(ts, t->items[0]);
        ts_pop_roots(ts, 1);
    }
    ts_pop_roots(ts, 1);
}

static Value
atexit_run_exitfuncs(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value l = handlers(ts);
    if (l)
        run_all(ts, l);
    return V_NONE;
}

static Value
atexit_clear(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value l = handlers(ts);
    if (l)
        list_as(l)->len = 0;
    return V_NONE;
}

static Value
atexit_ncallbacks(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value l = handlers(ts);
    return val_from_int(l ? list_as(l)->len : 0);
}

void
atexit_run(ThreadState *ts)
{
    Value saved = exc_fetch(ts);
    Value l = handlers(ts);
    if (l) {
        ts_push_root(ts, saved ? saved : V_NONE);
        run_all(ts, l);
        ts_pop_roots(ts, 1);
    }
    ts->exc = saved;
}

static const MethodDef atexit_functions[] = {
    {"register", atexit_register, 0},
    {"unregister", atexit_unregister, 0},
    {"_run_exitfuncs", atexit_run_exitfuncs, 0},
    {"_clear", atexit_clear, 0},
    {"_ncallbacks", atexit_ncallbacks, 0},
    {NULL},
};

Value
mod_atexit_init(ThreadState *ts)
{
    Value m = module_new(ts, "atexit");
    Value l = m ? list_new(ts, 4) : VNULL;
    if (!l || module_add_functions(ts, m, atexit_functions) < 0 ||
        dict_set_cstr(ts, *obj_dict_slot(m), HANDLERS, l) < 0)
        return VNULL;
    return m;
}
