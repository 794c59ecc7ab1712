/* runtime/iterobj.c: enumerate, zip, map, filter, reversed, callable and sequence iterators.
 * SPDX-License-Identifier: MIT
 *
 * Each iterator keeps its inputs in fields (marked by the GC); values in
 * flight between two calls into Python are kept in a rooted tuple.
 */
#include "iterobj.h"

#include "contimpl.h"
#include "list.h"

Value
cont_iter_self(ThreadState *ts, Value it)
{
    return it;
}

/* StopIteration ends an iteration quietly: clear it, return 0; other errors -1. */
static int
stop_or_error(ThreadState *ts)
{
    if (!ts_has_exc(ts))
        return 0;
    if (exc_matches(ts, &StopIterationType)) {
        exc_clear(ts);
        return 0;
    }
    return -1;
}

/* ---- enumerate ---- */

typedef struct EnumerateObj {
    Obj base;
    Value it;
    Value count; /* int Value */
} EnumerateObj;

static void
enumerate_mark(GC *gc, Obj *o)
{
    EnumerateObj *e = (EnumerateObj *)o;
    gc_mark(gc, e->it);
    gc_mark(gc, e->count);
}

static Value
enumerate_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    static const char *const allowed[] = {"iterable", "start", NULL};
    if (kw_check(ts, kwnames, "enumerate", allowed) < 0)
        return VNULL;
    Value iterable = nargs > 0 ? args[0] : kw_get(args, nargs, kwnames, "iterable");
    Value start = nargs > 1 ? args[1] : kw_get(args, nargs, kwnames, "start");
    if (nargs > 2)
        return exc_raise(ts, &TypeErrorType, "enumerate() takes at most 2 arguments (%d given)",
                         nargs);
    if (!iterable)
        return exc_raise(ts, &TypeErrorType,
                         "enumerate() missing required argument 'iterable'");
    if (start == V_TRUE || start == V_FALSE)
        start = val_from_int(start == V_TRUE);
    if (start && !int_check(start)) {
        if (!val_type(start)->index)
            return exc_raise(ts, &TypeErrorType,
                             "'%s' object cannot be interpreted as an integer",
                             obj_type_name(start));
        start = obj_index(ts, start);
        if (!start)
            return VNULL;
    }
    Value it = obj_iter(ts, iterable);
    if (!it)
        return VNULL;
    ts_push_root(ts, it);
    EnumerateObj *e = gc_alloc(ts, t, t->basicsize ? t->basicsize : sizeof(EnumerateObj));
    ts_pop_roots(ts, 1);
    if (!e)
        return VNULL;
    e->it = it;
    e->count = start ? start : val_from_int(0);
    return val_from_obj(e);
}

static Value
enumerate_next(ThreadState *ts, Value self)
{
    EnumerateObj *e = (EnumerateObj *)val_as_obj(self);
    Value x = obj_next(ts, e->it);
    if (!x)
        return VNULL;
    Value c = e->count;
    Value next;
    if (val_is_int(c) && val_as_int(c) < SMALL_INT_MAX)
        next = val_from_int(val_as_int(c) + 1);
    else
        next = int_binop(ts, c, val_from_int(1), NB_ADD);
    if (!next)
        return VNULL;
    e->count = next;
    return tuple_pack(ts, 2, c, x);
}

Type EnumerateType = {
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObj),
    .flags = TF_BASETYPE,
    .mark = enumerate_mark,
    .iter = cont_iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
};

/* ---- zip ---- */

typedef struct ZipObj {
    Obj base;
    Value iters; /* tuple of iterators; VNULL once exhausted */
    int strict;
} ZipObj;

static void
zip_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((ZipObj *)o)->iters);
}

/* A tuple of iter(x) for each of args[0..n). */
static Value
iter_tuple(ThreadState *ts, Value *args, int n)
{
    Value t = tuple_new(ts, n);
    if (!t)
        return VNULL;
    ts_push_root(ts, t);
    for (int i = 0; i < n; i++) {
        Value it = obj_iter(ts, args[i]);
        if (!it) {
            ts_pop_roots(ts, 1);
            return VNULL;
        }
        tuple_as(t)->items[i] = it;
    }
    ts_pop_roots(ts, 1);
    return t;
}

static Value
zip_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    static const char *const allowed[] = {"strict", NULL};
    if (kw_check(ts, kwnames, "zip", allowed) < 0)
        return VNULL;
    Value strict = kw_get(args, nargs, kwnames, "strict");
    int st = 0;
    if (strict && (st = obj_truth(ts, strict)) < 0)
        return VNULL;
    Value iters = iter_tuple(ts, args, nargs);
    if (!iters)
        return VNULL;
    ts_push_root(ts, iters);
    ZipObj *z = gc_alloc(ts, t, t->basicsize ? t->basicsize : sizeof(ZipObj));
    ts_pop_roots(ts, 1);
    if (!z)
        return VNULL;
    z->iters = iters;
    z->strict = st;
    return val_from_obj(z);
}

static Value
zip_length_error(ThreadState *ts, int64_t i, const char *what)
{
    char others[48];
    if (i == 1)
        snprintf(others, sizeof others, "argument 1");
    else
        snprintf(others, sizeof others, "arguments 1-%lld", (long long)i);
    return exc_raise(ts, &ValueErrorType, "zip() argument %lld is %s than %s", (long long)i + 1,
                     what, others);
}

/* zip(strict=True) found iterator i exhausted: check that all the others are too. */
static Value
zip_strict_error(ThreadState *ts, ZipObj *z, int64_t i)
{
    TupleObj *its = tuple_as(z->iters);
    z->iters = VNULL;
    if (i > 0)
        return zip_length_error(ts, i, "shorter");
    for (int64_t j = 1; j < its->len; j++) {
        Value x = obj_next(ts, its->items[j]);
        if (x)
            return zip_length_error(ts, j, "longer");
        if (stop_or_error(ts) < 0)
            return VNULL;
    }
    return VNULL;
}

static Value
zip_next(ThreadState *ts, Value self)
{
    ZipObj *z = (ZipObj *)val_as_obj(self);
    if (!z->iters)
        return VNULL;
    TupleObj *its = tuple_as(z->iters);
    if (its->len == 0)
        return VNULL;
    Value r = tuple_new(ts, its->len);
    if (!r)
        return VNULL;
    ts_push_root(ts, r);
    for (int64_t i = 0; i < its->len; i++) {
        Value x = obj_next(ts, its->items[i]);
        if (!x) {
            ts_pop_roots(ts, 1);
            if (ts_has_exc(ts))
                return VNULL;
            if (z->strict)
                return zip_strict_error(ts, z, i);
            z->iters = VNULL;
            return VNULL;
        }
        tuple_as(r)->items[i] = x;
    }
    ts_pop_roots(ts, 1);
    return r;
}

Type ZipType = {
    .name = "zip",
    .basicsize = sizeof(ZipObj),
    .flags = TF_BASETYPE,
    .mark = zip_mark,
    .iter = cont_iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* ---- map ---- */

/* map and filter: a function applied to what comes from `src`. */
typedef struct FuncIterObj {
    Obj base;
    Value func;
    Value src; /* map: tuple of iterators; filter: the iterator */
} FuncIterObj;
typedef FuncIterObj MapObj;
typedef FuncIterObj FilterObj;

static void
funciter_mark(GC *gc, Obj *o)
{
    FuncIterObj *f = (FuncIterObj *)o;
    gc_mark(gc, f->func);
    gc_mark(gc, f->src);
}

/* A new t (map, filter or a subclass) of func over src; src is rooted meanwhile. */
static Value
funciter_new(ThreadState *ts, Type *t, Value func, Value src)
{
    ts_push_root(ts, src);
    FuncIterObj *f = gc_alloc(ts, t, t->basicsize ? t->basicsize : sizeof(FuncIterObj));
    ts_pop_roots(ts, 1);
    if (!f)
        return VNULL;
    f->func = func;
    f->src = src;
    return val_from_obj(f);
}

static Value
map_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (t == &MapType && kw_check(ts, kwnames, "map", NULL) < 0)
        return VNULL;
    if (nargs < 2)
        return exc_raise(ts, &TypeErrorType, "map() must have at least two arguments.");
    Value iters = iter_tuple(ts, args + 1, nargs - 1);
    return iters ? funciter_new(ts, t, args[0], iters) : VNULL;
}

static Value
map_next(ThreadState *ts, Value self)
{
    MapObj *m = (MapObj *)val_as_obj(self);
    TupleObj *its = tuple_as(m->src);
    if (its->len == 1) {
        Value x = obj_next(ts, its->items[0]);
        if (!x)
            return VNULL;
        return obj_call(ts, m->func, &x, 1, VNULL);
    }
    Value args = tuple_new(ts, its->len);
    if (!args)
        return VNULL;
    ts_push_root(ts, args);
    Value r = VNULL;
    int64_t i;
    for (i = 0; i < its->len; i++) {
        Value x = obj_next(ts, its->items[i]);
        if (!x)
            break;
        tuple_as(args)->items[i] = x;
    }
    if (i == its->len)
        r = obj_call(ts, m->func, tuple_as(args)->items, (int)its->len, VNULL);
    ts_pop_roots(ts, 1);
    return r;
}

Type MapType = {
    .name = "map",
    .basicsize = sizeof(MapObj),
    .flags = TF_BASETYPE,
    .mark = funciter_mark,
    .iter = cont_iter_self,
    .iternext = map_next,
    .new_ = map_new,
};

/* ---- filter ---- */

/* FilterObj (see map above): func None means the truth of the item. */

static Value
filter_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (t == &FilterType && kw_check(ts, kwnames, "filter", NULL) < 0)
        return VNULL;
    if (nargs != 2)
        return exc_raise(ts, &TypeErrorType, "filter expected 2 arguments, got %d", nargs);
    Value it = obj_iter(ts, args[1]);
    return it ? funciter_new(ts, t, args[0], it) : VNULL;
}

static Value
filter_next(ThreadState *ts, Value self)
{
    FilterObj *f = (FilterObj *)val_as_obj(self);
    for (;;) {
        Value x = obj_next(ts, f->src);
        if (!x)
            return VNULL;
        ts_push_root(ts, x);
        int ok;
        if (f->func == V_NONE || f->func == val_from_obj(&BoolType)) {
            ok = obj_truth(ts, x);
        } else {
            Value r = obj_call(ts, f->func, &x, 1, VNULL);
            ok = r ? obj_truth(ts, r) : -1;
        }
        ts_pop_roots(ts, 1);
        if (ok < 0)
            return VNULL;
        if (ok)
            return x;
    }
}

Type FilterType = {
    .name = "filter",
    .basicsize = sizeof(FilterObj),
    .flags = TF_BASETYPE,
    .mark = funciter_mark,
    .iter = cont_iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
};

/* ---- reversed, and iteration through __getitem__ ---- */

/* Both walk a sequence by index: reversed down, the __getitem__ iterator up. */
typedef struct SeqPosObj {
    Obj base;
    Value seq; /* VNULL once exhausted */
    int64_t index;
} SeqPosObj;
typedef SeqPosObj ReversedObj;
typedef SeqPosObj SeqIterObj;

static void
seqpos_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((SeqPosObj *)o)->seq);
}

/* seq[index]; IndexError or StopIteration ends the walk for good (no error). */
static Value
seqpos_item(ThreadState *ts, SeqPosObj *s)
{
    Value x = obj_getitem(ts, s->seq, val_from_int(s->index));
    if (!x && (exc_matches(ts, &IndexErrorType) || exc_matches(ts, &StopIterationType))) {
        exc_clear(ts);
        s->seq = VNULL;
    }
    return x;
}

Value
reversed_new_seq(ThreadState *ts, Value seq, int64_t start)
{
    ReversedObj *r = gc_alloc(ts, &ReversedType, sizeof(ReversedObj));
    if (!r)
        return VNULL;
    r->seq = start >= 0 ? seq : VNULL;
    r->index = start;
    return val_from_obj(r);
}

Value
iter_reversed(ThreadState *ts, Value seq)
{
    Type *t = val_type(seq);
    Value rev = type_lookup(t, NAME(ts, __reversed__));
    if (rev && rev != V_NONE) {
        Type *rt = val_type(rev);
        if (rt->descr_get) {
            rev = rt->descr_get(ts, rev, seq, val_from_obj(t));
            if (!rev)
                return VNULL;
            return obj_call0(ts, rev);
        }
        return obj_call1(ts, rev, seq);
    }
    if (rev == V_NONE || !t->getitem || val_isinstance(seq, &DictType))
        return exc_raise(ts, &TypeErrorType, "'%s' object is not reversible", t->name);
    if (!t->len)
        return exc_raise(ts, &TypeErrorType, "object of type '%s' has no len()", t->name);
    int64_t n = obj_len(ts, seq);
    if (n < 0)
        return VNULL;
    return reversed_new_seq(ts, seq, n - 1);
}

static Value
reversed_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (t == &ReversedType && kw_check(ts, kwnames, "reversed", NULL) < 0)
        return VNULL;
    if (nargs != 1)
        return exc_raise(ts, &TypeErrorType, "reversed expected 1 argument, got %d", nargs);
    return iter_reversed(ts, args[0]);
}

static Value
reversed_next(ThreadState *ts, Value self)
{
    ReversedObj *r = (ReversedObj *)val_as_obj(self);
    if (!r->seq)
        return VNULL;
    if (list_check(r->seq)) {
        ListObj *l = list_as(r->seq);
        if (r->index >= 0 && r->index < l->len)
            return l->items[r->index--];
        r->seq = VNULL;
        return VNULL;
    }
    if (r->index < 0) {
        r->seq = VNULL;
        return VNULL;
    }
    Value x = seqpos_item(ts, r);
    if (x)
        r->index--;
    return x;
}

static Value
reversed_length_hint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    ReversedObj *r = (ReversedObj *)val_as_obj(args[0]);
    if (!r->seq)
        return val_from_int(0);
    int64_t n = r->index + 1;
    if (list_check(r->seq) && n > list_as(r->seq)->len)
        n = 0;
    return val_from_int(n);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type ReversedType = {
    .name = "reversed",
    .basicsize = sizeof(ReversedObj),
    .flags = TF_BASETYPE,
    .mark = seqpos_mark,
    .iter = cont_iter_self,
    .iternext = reversed_next,
    .new_ = reversed_new,
    .methods = reversed_methods,
};

/* ---- iter(callable, sentinel) ---- */

typedef struct CallIterObj {
    Obj base;
    Value func; /* VNULL once exhausted */
    Value sentinel;
} CallIterObj;

static void
calliter_mark(GC *gc, Obj *o)
{
    CallIterObj *c = (CallIterObj *)o;
    gc_mark(gc, c->func);
    gc_mark(gc, c->sentinel);
}

Value
iter_call_new(ThreadState *ts, Value callable, Value sentinel)
{
    CallIterObj *c = gc_alloc(ts, &CallIterType, sizeof(CallIterObj));
    if (!c)
        return VNULL;
    c->func = callable;
    c->sentinel = sentinel;
    return val_from_obj(c);
}

static Value
calliter_next(ThreadState *ts, Value self)
{
    CallIterObj *c = (CallIterObj *)val_as_obj(self);
    if (!c->func)
        return VNULL;
    Value v = obj_call0(ts, c->func);
    if (!v) {
        if (stop_or_error(ts) == 0)
            c->func = VNULL;
        return VNULL;
    }
    ts_push_root(ts, v);
    int eq = obj_eq(ts, v, c->sentinel);
    ts_pop_roots(ts, 1);
    if (eq < 0)
        return VNULL;
    if (eq) {
        c->func = VNULL;
        return VNULL;
    }
    return v;
}

/* new_ slot, used by builtins' iter(callable, sentinel). */
static Value
calliter_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (nargs != 2)
        return exc_raise(ts, &TypeErrorType, "cannot create '%s' instances", t->name);
    return iter_call_new(ts, args[0], args[1]);
}

Type CallIterType = {
    .name = "callable_iterator",
    .new_ = calliter_new_slot,
    .basicsize = sizeof(CallIterObj),
    .mark = calliter_mark,
    .iter = cont_iter_self,
    .iternext = calliter_next,
};

/* ---- iteration through __getitem__ (SeqIterObj, with reversed above) ---- */

Value
iter_seq_new(ThreadState *ts, Value seq)
{
    SeqIterObj *s = gc_alloc(ts, &SeqIterType, sizeof(SeqIterObj));
    if (!s)
        return VNULL;
    s->seq = seq;
    return val_from_obj(s);
}

static Value
seqiter_next(ThreadState *ts, Value self)
{
    SeqIterObj *s = (SeqIterObj *)val_as_obj(self);
    if (!s->seq)
        return VNULL;
    Value x = seqpos_item(ts, s);
    if (x)
        s->index++;
    return x;
}

Type SeqIterType = {
    .name = "iterator",
    .basicsize = sizeof(SeqIterObj),
    .mark = seqpos_mark,
    .iter = cont_iter_self,
    .iternext = seqiter_next,
};
