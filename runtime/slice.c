/* runtime/slice.c: slice objects and CPython's index normalisation.
 * SPDX-License-Identifier: MIT */
#include "slice.h"

#include "contimpl.h"

Value
slice_new(ThreadState *ts, Value start, Value stop, Value step)
{
    SliceObj *s = gc_alloc(ts, &SliceType, sizeof(SliceObj));
    if (!s)
        return VNULL;
    s->start = start ? start : V_NONE;
    s->stop = stop ? stop : V_NONE;
    s->step = step ? step : V_NONE;
    return val_from_obj(s);
}

/* CPython's _PyEval_SliceIndex: clamp big ints to the int64 range. */
static int
slice_index(ThreadState *ts, Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    if (!int_check(v)) {
        if (!val_type(v)->index) {
            exc_raise(ts, &TypeErrorType,
                      "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        v = obj_index(ts, v);
        if (!v)
            return -1;
        if (val_is_int(v)) {
            *out = val_as_int(v);
            return 0;
        }
    }
    *out = int_sign(v) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

int
slice_indices(ThreadState *ts, Value slice, int64_t len, int64_t *start, int64_t *stop,
              int64_t *step, int64_t *slicelen)
{
    SliceObj *s = (SliceObj *)val_as_obj(slice);
    int64_t st = 1, lo, hi;
    if (s->step != V_NONE) {
        if (slice_index(ts, s->step, &st) < 0)
            return -1;
        if (st == 0) {
            exc_raise(ts, &ValueErrorType, "slice step cannot be zero");
            return -1;
        }
        if (st < -INT64_MAX)
            st = -INT64_MAX;
    }
    if (s->start == V_NONE)
        lo = st < 0 ? INT64_MAX : 0;
    else if (slice_index(ts, s->start, &lo) < 0)
        return -1;
    if (s->stop == V_NONE)
        hi = st < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_index(ts, s->stop, &hi) < 0)
        return -1;

    if (lo < 0) {
        lo += len;
        if (lo < 0)
            lo = st < 0 ? -1 : 0;
    } else if (lo >= len) {
        lo = st < 0 ? len - 1 : len;
    }
    if (hi < 0) {
        hi += len;
        if (hi < 0)
            hi = st < 0 ? -1 : 0;
    } else if (hi >= len) {
        hi = st < 0 ? len - 1 : len;
    }
    int64_t n = 0;
    if (st < 0) {
        if (hi < lo)
            n = (lo - hi - 1) / (-st) + 1;
    } else if (lo < hi) {
        n = (hi - lo - 1) / st + 1;
    }
    *start = lo;
    *stop = hi;
    *step = st;
    *slicelen = n;
    return 0;
}

static void
slice_mark(GC *gc, Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    gc_mark(gc, s->start);
    gc_mark(gc, s->stop);
    gc_mark(gc, s->step);
}

static Value
slice_repr(ThreadState *ts, Value v)
{
    SliceObj *s = (SliceObj *)val_as_obj(v);
    ContBuf b = {0};
    cbuf_puts(&b, "slice(");
    if (cbuf_repr(ts, &b, s->start) < 0 || cbuf_puts(&b, ", ") < 0 ||
        cbuf_repr(ts, &b, s->stop) < 0 || cbuf_puts(&b, ", ") < 0 ||
        cbuf_repr(ts, &b, s->step) < 0) {
        cbuf_free(&b);
        return VNULL;
    }
    cbuf_puts(&b, ")");
    return cbuf_finish(ts, &b);
}

static Value
slice_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!slice_check(a) || !slice_check(b))
        return V_NOTIMPL;
    SliceObj *x = (SliceObj *)val_as_obj(a), *y = (SliceObj *)val_as_obj(b);
    Value ta = tuple_pack(ts, 3, x->start, x->stop, x->step);
    if (!ta)
        return VNULL;
    ts_push_root(ts, ta);
    Value tb = tuple_pack(ts, 3, y->start, y->stop, y->step);
    Value r = tb ? seq_richcompare(ts, ta, tb, op) : VNULL;
    ts_pop_roots(ts, 1);
    return r;
}

static Value
slice_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (kw_check(ts, kwnames, "slice", NULL) < 0)
        return VNULL;
    if (nargs < 1)
        return exc_raise(ts, &TypeErrorType, "slice expected at least 1 argument, got %d", nargs);
    if (nargs > 3)
        return exc_raise(ts, &TypeErrorType, "slice expected at most 3 arguments, got %d", nargs);
    if (nargs == 1)
        return slice_new(ts, V_NONE, args[0], V_NONE);
    return slice_new(ts, args[0], args[1], nargs == 3 ? args[2] : V_NONE);
}

static Value
slice_get_start(ThreadState *ts, Value s)
{
    return ((SliceObj *)val_as_obj(s))->start;
}

static Value
slice_get_stop(ThreadState *ts, Value s)
{
    return ((SliceObj *)val_as_obj(s))->stop;
}

static Value
slice_get_step(ThreadState *ts, Value s)
{
    return ((SliceObj *)val_as_obj(s))->step;
}

static Value
slice_indices_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "slice.indices", nargs - 1, 1, 1) < 0)
        return VNULL;
    int64_t len;
    if (cont_as_index(ts, args[1], &len, NULL) < 0)
        return VNULL;
    if (len < 0)
        return exc_raise(ts, &ValueErrorType, "length should not be negative");
    int64_t lo, hi, st, n;
    if (slice_indices(ts, args[0], len, &lo, &hi, &st, &n) < 0)
        return VNULL;
    /* PySlice_Unpack's results before adjusting differ only for None
     * bounds with a negative step; slice.indices reports the adjusted ones. */
    return tuple_pack(ts, 3, val_from_int(lo), val_from_int(hi), val_from_int(st));
}

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type SliceType = {
    .name = "slice",
    .basicsize = sizeof(SliceObj),
    .mark = slice_mark,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_new_slot,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
