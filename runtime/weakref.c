/* runtime/weakref.c: weak references, cleared by the collector.
 * SPDX-License-Identifier: MIT
 *
 * A weak reference's mark function marks its callback but not its
 * referent.  Every ref is listed in GC.weakrefs; after marking, a ref that
 * is alive but whose referent is not has its referent cleared (before the
 * sweep frees the referent) and its callback queued.  Callbacks run later,
 * at the next eval-breaker check, because the collector runs no Python code.
 * Queued (callback, ref) pairs are roots until they have run.
 */
#include "weakref.h"

#include <stdlib.h>

#include "../modules/modules.h"
#include "../modules/thread_mod.h"
#include "dict.h"
#include "exc.h"
#include "str.h"
#include "tstate.h"

static int
push_pair(Value **arr, size_t *len, size_t *cap, Value a, Value b)
{
    if (*len + 2 > *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        Value *n = realloc(*arr, c * sizeof *n);
        if (!n)
            return -1;
        *arr = n;
        *cap = c;
    }
    (*arr)[(*len)++] = a;
    (*arr)[(*len)++] = b;
    return 0;
}

static void
weakref_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((WeakRefObj *)o)->callback);
}

static bool
is_marked(GC *gc, Value v)
{
    return !val_is_obj(v) || gc_is_marked(gc, val_as_obj(v));
}

void
weakref_clear_dead(ThreadState *ts, GC *gc)
{
    size_t keep = 0;
    for (size_t i = 0; i < gc->nweak; i++) {
        WeakRefObj *w = gc->weakrefs[i];
        if (!gc_is_marked(gc, &w->base))
            continue; /* the ref itself dies: forget it */
        if (w->referent && !is_marked(gc, w->referent)) {
            w->referent = VNULL;
            if (w->callback &&
                push_pair(&gc->pending, &gc->npending, &gc->cap_pending, w->callback,
                          val_from_obj(w)) == 0)
                atomic_fetch_or(&ts->breaker, BREAK_PENDING);
            continue;
        }
        gc->weakrefs[keep++] = w;
    }
    gc->nweak = keep;
}

void
weakref_run_callbacks(ThreadState *ts)
{
    GC *gc = &ts->interp->gc;
    atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_PENDING);
    while (gc->npending) {
        Value ref = gc->pending[--gc->npending];
        Value cb = gc->pending[--gc->npending];
        Value saved = exc_fetch(ts);
        ts_push_root(ts, saved);
        if (!obj_call1(ts, cb, ref))
            sys_write_unraisable(ts, exc_fetch(ts), "Exception ignored in", cb);
        ts_pop_roots(ts, 1);
        ts->exc = saved;
    }
}

static Value
weakref_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "ref", kwnames) < 0 || arg_check_count(ts, "ref", nargs, 1, 2) < 0)
        return VNULL;
    Type *rt = val_type(args[0]);
    if (!val_is_obj(args[0]) || val_as_obj(args[0])->gc_size == 0 || rt == &StrType ||
        rt == &IntType || rt == &FloatType || rt == &TupleType || rt == &ListType ||
        rt == &DictType || rt == &BytesType)
        return exc_raise(ts, &TypeErrorType, "cannot create weak reference to '%s' object",
                         obj_type_name(args[0]));
    GC *gc = &ts->interp->gc;
    if (gc->nweak == gc->cap_weak) {
        size_t c = gc->cap_weak ? gc->cap_weak * 2 : 64;
        WeakRefObj **n = realloc(gc->weakrefs, c * sizeof *n);
        if (!n)
            return exc_no_memory(ts);
        gc->weakrefs = n;
        gc->cap_weak = c;
    }
    WeakRefObj *w = gc_alloc(ts, t, t->basicsize);
    if (!w)
        return VNULL;
    w->referent = args[0];
    w->callback = nargs == 2 && args[1] != V_NONE ? args[1] : VNULL;
    w->hash = -1;
    gc->weakrefs[gc->nweak++] = w;
    return val_from_obj(w);
}

static Value
weakref_call(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "weakref", kwnames) < 0 ||
        arg_check_count(ts, "weakref", nargs, 0, 0) < 0)
        return VNULL;
    Value r = ((WeakRefObj *)val_as_obj(self))->referent;
    return r ? r : V_NONE;
}

static int64_t
weakref_hash(ThreadState *ts, Value self)
{
    WeakRefObj *w = (WeakRefObj *)val_as_obj(self);
    if (w->hash != -1)
        return w->hash;
    if (!w->referent) {
        exc_raise(ts, &TypeErrorType, "weak object has gone away");
        return -1;
    }
    w->hash = obj_hash(ts, w->referent);
    return w->hash;
}

static Value
weakref_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_isinstance(b, &WeakRefType))
        return V_NOTIMPL;
    WeakRefObj *x = (WeakRefObj *)val_as_obj(a), *y = (WeakRefObj *)val_as_obj(b);
    if (!x->referent || !y->referent)
        return val_bool((a == b) == (op == CMP_EQ));
    return obj_compare(ts, x->referent, y->referent, op);
}

static Value
weakref_repr(ThreadState *ts, Value self)
{
    WeakRefObj *w = (WeakRefObj *)val_as_obj(self);
    if (!w->referent)
        return str_from_fmt(ts, "<weakref at %p; dead>", (void *)w);
    return str_from_fmt(ts, "<weakref at %p; to '%s' at %p>", (void *)w,
                        obj_type_name(w->referent), (void *)val_as_obj(w->referent));
}

static Value
weakref_get_callback(ThreadState *ts, Value self)
{
    Value cb = ((WeakRefObj *)val_as_obj(self))->callback;
    return cb ? cb : V_NONE;
}

static const GetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, NULL},
    {NULL, NULL, NULL},
};

Type WeakRefType = {
    .name = "weakref.ReferenceType",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(WeakRefObj),
    .mark = weakref_mark,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .new_ = weakref_new,
    .getsets = weakref_getsets,
};

static Value
weakref_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "getweakrefcount", nargs, 1, 1) < 0)
        return VNULL;
    GC *gc = &ts->interp->gc;
    int64_t n = 0;
    for (size_t i = 0; i < gc->nweak; i++)
        n += gc->weakrefs[i]->referent == args[0];
    return val_from_int(n);
}

static const MethodDef weakref_functions[] = {
    {"getweakrefcount", weakref_count, 0},
    {NULL, NULL, 0},
};

Value
mod_weakref_init(ThreadState *ts)
{
    Value m = module_new(ts, "_weakref");
    if (!m || module_add_functions(ts, m, weakref_functions) < 0)
        return VNULL;
    type_ready(ts, &WeakRefType);
    Value d = *obj_dict_slot(m);
    if (dict_set_cstr(ts, d, "ref", val_from_obj(&WeakRefType)) < 0 ||
        dict_set_cstr(ts, d, "ReferenceType", val_from_obj(&WeakRefType)) < 0)
        return VNULL;
    return m;
}
