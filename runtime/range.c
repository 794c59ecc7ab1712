/* runtime/range.c: range objects and their iterator.
 * SPDX-License-Identifier: MIT
 *
 * Almost every range has int64 bounds and length: those use the int64
 * fields, and FOR_ITER over their iterator is a few instructions (range.h).
 * A range with bigger bounds keeps int Values in `big` and does its
 * arithmetic with int_binop; it is iterated through __getitem__.
 */
#include "range.h"

#include "contimpl.h"
#include "iterobj.h"
#include "slice.h"

enum { RB_START, RB_STOP, RB_STEP, RB_LEN };

static inline RangeObj *
range_as(Value v)
{
    return (RangeObj *)val_as_obj(v);
}

/* The int64 length of a range, -1 if it does not fit. */
static int64_t
range_length(int64_t lo, int64_t hi, int64_t step)
{
    uint64_t n;
    if (step > 0) {
        if (lo >= hi)
            return 0;
        n = ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)step + 1;
    } else {
        if (lo <= hi)
            return 0;
        n = ((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)step) + 1;
    }
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

static Value
range_alloc(ThreadState *ts, int64_t start, int64_t stop, int64_t step, int64_t n)
{
    RangeObj *r = gc_alloc(ts, &RangeType, sizeof(RangeObj));
    if (!r)
        return VNULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = n;
    return val_from_obj(r);
}

Value
range_new(ThreadState *ts, int64_t start, int64_t stop, int64_t step)
{
    int64_t n = range_length(start, stop, step);
    if (n < 0)
        return exc_raise(ts, &OverflowErrorType, "Python int too large to convert to C ssize_t");
    return range_alloc(ts, start, stop, step, n);
}

Value
range_iter_new(ThreadState *ts, int64_t start, int64_t step, int64_t len)
{
    RangeIterObj *it = gc_alloc(ts, &RangeIterType, sizeof(RangeIterObj));
    if (!it)
        return VNULL;
    it->next = start;
    it->step = step;
    it->remaining = len;
    it->stop = (int64_t)((uint64_t)start + (uint64_t)len * (uint64_t)step);
    return val_from_obj(it);
}

/* ---- int Value helpers for big ranges ---- */

static bool
fits64(ThreadState *ts, Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return true;
    }
    int ovf = 0;
    int64_t x = int_as_i64(ts, v, &ovf);
    if (ovf) {
        exc_clear(ts);
        return false;
    }
    *out = x;
    return true;
}

static Value
iadd(ThreadState *ts, Value a, Value b)
{
    return int_binop(ts, a, b, NB_ADD);
}

static Value
isub(ThreadState *ts, Value a, Value b)
{
    return int_binop(ts, a, b, NB_SUB);
}

static Value
imul(ThreadState *ts, Value a, Value b)
{
    return int_binop(ts, a, b, NB_MUL);
}

/* start, stop, step and length as int Values. */
static int
range_values(ThreadState *ts, RangeObj *r, Value out[4])
{
    if (r->big) {
        memcpy(out, tuple_as(r->big)->items, 4 * sizeof(Value));
        return 0;
    }
    out[RB_START] = int_from_i64(ts, r->start);
    out[RB_STOP] = int_from_i64(ts, r->stop);
    out[RB_STEP] = int_from_i64(ts, r->step);
    out[RB_LEN] = int_from_i64(ts, r->length);
    return out[0] && out[1] && out[2] && out[3] ? 0 : -1;
}

/* A range from int Values (step != 0); small when everything fits. */
static Value
range_from_values(ThreadState *ts, Value lo, Value hi, Value step)
{
    int64_t a, b, c;
    if (fits64(ts, lo, &a) && fits64(ts, hi, &b) && fits64(ts, step, &c)) {
        int64_t n = range_length(a, b, c);
        if (n >= 0)
            return range_alloc(ts, a, b, c, n);
    }
    /* length = (hi - lo - 1) // step + 1 when non-empty (step < 0: mirrored) */
    Value len = val_from_int(0);
    int s = int_sign(step);
    int c2 = int_compare(lo, hi);
    if ((s > 0 && c2 < 0) || (s < 0 && c2 > 0)) {
        Value d = s > 0 ? isub(ts, hi, lo) : isub(ts, lo, hi);
        Value st = s > 0 ? step : (d ? int_binop(ts, val_from_int(0), step, NB_SUB) : VNULL);
        if (!d || !st)
            return VNULL;
        d = isub(ts, d, val_from_int(1));
        Value q = d ? int_binop(ts, d, st, NB_FLOORDIV) : VNULL;
        len = q ? iadd(ts, q, val_from_int(1)) : VNULL;
        if (!len)
            return VNULL;
    }
    Value big = tuple_pack(ts, 4, lo, hi, step, len);
    if (!big)
        return VNULL;
    Value r = range_alloc(ts, 0, 0, 1, 0);
    if (r)
        range_as(r)->big = big;
    return r;
}

/* An int argument of range() as an int Value. */
static Value
range_arg(ThreadState *ts, Value v)
{
    if (val_is_int(v))
        return v;
    if (v == V_TRUE || v == V_FALSE)
        return val_from_int(v == V_TRUE);
    if (val_is(v, &IntType))
        return v;
    if (!val_type(v)->index)
        return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                         obj_type_name(v));
    return obj_index(ts, v);
}

static Value
range_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (kw_check(ts, kwnames, "range", NULL) < 0)
        return VNULL;
    if (nargs < 1)
        return exc_raise(ts, &TypeErrorType, "range expected at least 1 argument, got %d", nargs);
    if (nargs > 3)
        return exc_raise(ts, &TypeErrorType, "range expected at most 3 arguments, got %d", nargs);
    if (nargs == 1 && val_is_int(args[0]))
        return range_new(ts, 0, val_as_int(args[0]), 1);
    Value v[3] = {val_from_int(0), VNULL, val_from_int(1)};
    if (nargs == 1) {
        v[1] = range_arg(ts, args[0]);
    } else {
        for (int i = 0; i < nargs; i++)
            if (!(v[i] = range_arg(ts, args[i])))
                return VNULL;
    }
    if (!v[1])
        return VNULL;
    if (int_sign(v[2]) == 0)
        return exc_raise(ts, &ValueErrorType, "range() arg 3 must not be zero");
    return range_from_values(ts, v[0], v[1], v[2]);
}

static Value
range_repr(ThreadState *ts, Value v)
{
    RangeObj *r = range_as(v);
    if (!r->big) {
        if (r->step == 1)
            return str_from_fmt(ts, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        return str_from_fmt(ts, "range(%lld, %lld, %lld)", (long long)r->start,
                            (long long)r->stop, (long long)r->step);
    }
    Value *b = tuple_as(r->big)->items;
    ContBuf buf = {0};
    cbuf_puts(&buf, "range(");
    int rc = cbuf_repr(ts, &buf, b[RB_START]);
    if (rc == 0) {
        cbuf_puts(&buf, ", ");
        rc = cbuf_repr(ts, &buf, b[RB_STOP]);
    }
    if (rc == 0 && !(val_is_int(b[RB_STEP]) && val_as_int(b[RB_STEP]) == 1)) {
        cbuf_puts(&buf, ", ");
        rc = cbuf_repr(ts, &buf, b[RB_STEP]);
    }
    if (rc < 0) {
        cbuf_free(&buf);
        return VNULL;
    }
    cbuf_puts(&buf, ")");
    return cbuf_finish(ts, &buf);
}

static int64_t
range_len(ThreadState *ts, Value v)
{
    RangeObj *r = range_as(v);
    if (!r->big)
        return r->length;
    int64_t n;
    if (fits64(ts, tuple_as(r->big)->items[RB_LEN], &n))
        return n;
    exc_raise(ts, &OverflowErrorType, "Python int too large to convert to C ssize_t");
    return -1;
}

/* r[i] for 0 <= i < len (i an int Value). */
static Value
range_item_value(ThreadState *ts, RangeObj *r, Value i)
{
    if (!r->big && val_is_int(i))
        return int_from_i64(ts, (int64_t)((uint64_t)r->start +
                                          (uint64_t)val_as_int(i) * (uint64_t)r->step));
    Value b[4];
    if (range_values(ts, r, b) < 0)
        return VNULL;
    Value p = imul(ts, i, b[RB_STEP]);
    return p ? iadd(ts, b[RB_START], p) : VNULL;
}

/* CPython's _PySlice_GetLongIndices on int Values. */
static int
slice_long_indices(ThreadState *ts, Value slice, Value len, Value out[3])
{
    SliceObj *s = (SliceObj *)val_as_obj(slice);
    Value step = val_from_int(1);
    if (s->step != V_NONE) {
        if (!(step = range_arg(ts, s->step)))
            return -1;
        if (int_sign(step) == 0) {
            exc_raise(ts, &ValueErrorType, "slice step cannot be zero");
            return -1;
        }
    }
    bool neg = int_sign(step) < 0;
    Value lower = neg ? val_from_int(-1) : val_from_int(0);
    Value upper = neg ? isub(ts, len, val_from_int(1)) : len;
    if (!upper)
        return -1;
    Value bounds[2] = {s->start, s->stop};
    for (int k = 0; k < 2; k++) {
        Value v;
        if (bounds[k] == V_NONE) {
            v = (k == 0) == neg ? upper : lower;
        } else {
            if (!val_is_int(bounds[k]) && !int_check(bounds[k]) && !val_type(bounds[k])->index) {
                exc_raise(ts, &TypeErrorType,
                          "slice indices must be integers or None or have an __index__ method");
                return -1;
            }
            if (!(v = range_arg(ts, bounds[k])))
                return -1;
            if (int_sign(v) < 0) {
                if (!(v = iadd(ts, v, len)))
                    return -1;
                if (int_compare(v, lower) < 0)
                    v = lower;
            } else if (int_compare(v, upper) > 0) {
                v = upper;
            }
        }
        out[k] = v;
    }
    out[2] = step;
    return 0;
}

static Value
range_slice(ThreadState *ts, RangeObj *r, Value slice)
{
    Value rv[4], sl[3];
    if (range_values(ts, r, rv) < 0 || slice_long_indices(ts, slice, rv[RB_LEN], sl) < 0)
        return VNULL;
    Value a = imul(ts, sl[0], rv[RB_STEP]);
    Value lo = a ? iadd(ts, rv[RB_START], a) : VNULL;
    Value b = lo ? imul(ts, sl[1], rv[RB_STEP]) : VNULL;
    Value hi = b ? iadd(ts, rv[RB_START], b) : VNULL;
    Value st = hi ? imul(ts, sl[2], rv[RB_STEP]) : VNULL;
    return st ? range_from_values(ts, lo, hi, st) : VNULL;
}

static Value
range_getitem(ThreadState *ts, Value v, Value index)
{
    RangeObj *r = range_as(v);
    if (!r->big && val_is_int(index)) {
        int64_t i = val_as_int(index);
        if (i < 0)
            i += r->length;
        if (i < 0 || i >= r->length)
            return exc_raise(ts, &IndexErrorType, "range object index out of range");
        return int_from_i64(ts, (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step));
    }
    if (slice_check(index))
        return range_slice(ts, r, index);
    if (!val_is_int(index) && !int_check(index) && !val_type(index)->index)
        return exc_raise(ts, &TypeErrorType, "range indices must be integers or slices, not %s",
                         obj_type_name(index));
    Value i = range_arg(ts, index);
    Value rv[4];
    if (!i || range_values(ts, r, rv) < 0)
        return VNULL;
    if (int_sign(i) < 0 && !(i = iadd(ts, i, rv[RB_LEN])))
        return VNULL;
    if (int_sign(i) < 0 || int_compare(i, rv[RB_LEN]) >= 0)
        return exc_raise(ts, &IndexErrorType, "range object index out of range");
    return range_item_value(ts, r, i);
}

static bool
is_exact_int(Value x)
{
    return val_is_int(x) || val_is(x, &IntType) || val_is(x, &BoolType);
}

/* x (an exact int or bool) is in r: 1/0, -1 on error.  *pos gets its index. */
static int
range_find_int(ThreadState *ts, RangeObj *r, Value x, Value *pos)
{
    if (x == V_TRUE || x == V_FALSE)
        x = val_from_int(x == V_TRUE);
    if (!r->big) {
        if (!val_is_int(x))
            return 0; /* big ints are outside every int64 range */
        int64_t v = val_as_int(x);
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop))
            return 0;
        __int128 d = (__int128)v - r->start;
        if (d % r->step)
            return 0;
        if (pos)
            *pos = val_from_int((int64_t)(d / r->step));
        return 1;
    }
    Value *b = tuple_as(r->big)->items;
    bool up = int_sign(b[RB_STEP]) > 0;
    if (up ? (int_compare(x, b[RB_START]) < 0 || int_compare(x, b[RB_STOP]) >= 0)
           : (int_compare(x, b[RB_START]) > 0 || int_compare(x, b[RB_STOP]) <= 0))
        return 0;
    Value d = isub(ts, x, b[RB_START]);
    Value m = d ? int_binop(ts, d, b[RB_STEP], NB_MOD) : VNULL;
    if (!m)
        return -1;
    if (int_sign(m) != 0)
        return 0;
    if (pos && !(*pos = int_binop(ts, d, b[RB_STEP], NB_FLOORDIV)))
        return -1;
    return 1;
}

/* Linear search with == for non-int values: index of the first match or -1 (-2 on error). */
static int64_t
range_search(ThreadState *ts, Value v, Value x, int64_t *count)
{
    RangeObj *r = range_as(v);
    int64_t n = range_len(ts, v);
    if (n < 0)
        return -2;
    int64_t first = -1;
    for (int64_t i = 0; i < n; i++) {
        Value item = range_item_value(ts, r, val_from_int(i));
        if (!item)
            return -2;
        int eq = obj_eq(ts, item, x);
        if (eq < 0)
            return -2;
        if (eq) {
            if (first < 0)
                first = i;
            if (!count)
                return first;
            (*count)++;
        }
    }
    return first;
}

static int
range_contains(ThreadState *ts, Value v, Value x)
{
    if (is_exact_int(x))
        return range_find_int(ts, range_as(v), x, NULL);
    int64_t i = range_search(ts, v, x, NULL);
    return i == -2 ? -1 : i >= 0;
}

static Value
range_iter(ThreadState *ts, Value v)
{
    RangeObj *r = range_as(v);
    if (r->big)
        return iter_seq_new(ts, v);
    return range_iter_new(ts, r->start, r->step, r->length);
}

static Value
range_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!val_is(a, &RangeType) || !val_is(b, &RangeType) || (op != CMP_EQ && op != CMP_NE))
        return V_NOTIMPL;
    RangeObj *x = range_as(a), *y = range_as(b);
    bool eq;
    if (x == y) {
        eq = true;
    } else if (!x->big && !y->big) {
        if (x->length != y->length)
            eq = false;
        else if (x->length == 0)
            eq = true;
        else if (x->start != y->start)
            eq = false;
        else
            eq = x->length == 1 || x->step == y->step;
    } else {
        Value p[4], q[4];
        if (range_values(ts, x, p) < 0 || range_values(ts, y, q) < 0)
            return VNULL;
        if (int_compare(p[RB_LEN], q[RB_LEN]) != 0)
            eq = false;
        else if (int_sign(p[RB_LEN]) == 0)
            eq = true;
        else if (int_compare(p[RB_START], q[RB_START]) != 0)
            eq = false;
        else
            eq = (val_is_int(p[RB_LEN]) && val_as_int(p[RB_LEN]) == 1) ||
                 int_compare(p[RB_STEP], q[RB_STEP]) == 0;
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t
range_hash(ThreadState *ts, Value v)
{
    Value p[4];
    if (range_values(ts, range_as(v), p) < 0)
        return -1;
    Value t;
    if (int_sign(p[RB_LEN]) == 0)
        t = tuple_pack(ts, 3, val_from_int(0), V_NONE, V_NONE);
    else if (val_is_int(p[RB_LEN]) && val_as_int(p[RB_LEN]) == 1)
        t = tuple_pack(ts, 3, val_from_int(1), p[RB_START], V_NONE);
    else
        t = tuple_pack(ts, 3, p[RB_LEN], p[RB_START], p[RB_STEP]);
    if (!t)
        return -1;
    return tuple_hash(ts, t);
}

static int
range_truth(ThreadState *ts, Value v)
{
    RangeObj *r = range_as(v);
    if (r->big)
        return int_sign(tuple_as(r->big)->items[RB_LEN]) != 0;
    return r->length != 0;
}

static void
range_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((RangeObj *)o)->big);
}

static void
rangeiter_mark(GC *gc, Obj *o)
{
}

static Value
range_reversed(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    RangeObj *r = range_as(args[0]);
    if (r->big) {
        int64_t n = range_len(ts, args[0]);
        if (n < 0)
            return VNULL;
        return reversed_new_seq(ts, args[0], n - 1);
    }
    int64_t last = (int64_t)((uint64_t)r->start + (uint64_t)(r->length - 1) * (uint64_t)r->step);
    if (r->length == 0)
        last = r->start;
    return range_iter_new(ts, last, (int64_t)(0 - (uint64_t)r->step), r->length);
}

static Value
range_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "range.count", nargs - 1, 1, 1) < 0)
        return VNULL;
    if (is_exact_int(args[1])) {
        int r = range_find_int(ts, range_as(args[0]), args[1], NULL);
        return r < 0 ? VNULL : val_from_int(r);
    }
    int64_t n = 0;
    if (range_search(ts, args[0], args[1], &n) == -2)
        return VNULL;
    return val_from_int(n);
}

static Value
range_index(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "range.index", nargs - 1, 1, 1) < 0)
        return VNULL;
    Value x = args[1];
    if (is_exact_int(x)) {
        Value pos = VNULL;
        int r = range_find_int(ts, range_as(args[0]), x, &pos);
        if (r < 0)
            return VNULL;
        if (r)
            return pos;
        Value rep = obj_repr(ts, x);
        if (!rep)
            return VNULL;
        return exc_raise(ts, &ValueErrorType, "%s is not in range", str_cstr(rep));
    }
    int64_t i = range_search(ts, args[0], x, NULL);
    if (i == -2)
        return VNULL;
    if (i >= 0)
        return val_from_int(i);
    return exc_raise(ts, &ValueErrorType, "sequence.index(x): x not in sequence");
}

static Value
range_get(ThreadState *ts, Value v, int which)
{
    Value p[4];
    if (range_values(ts, range_as(v), p) < 0)
        return VNULL;
    return p[which];
}

/* GetSetDef getters get no closure: one function per attribute. */
#define RANGE_GETTER(field, which)                                                                 \
    static Value range_get_##field(ThreadState *ts, Value v)                                       \
    {                                                                                              \
        return range_get(ts, v, which);                                                            \
    }
RANGE_GETTER(start, RB_START)
RANGE_GETTER(stop, RB_STOP)
RANGE_GETTER(step, RB_STEP)
#undef RANGE_GETTER

static const MethodDef range_methods[] = {
    {"__reversed__", range_reversed, METH_DEFAULT},
    {"count", range_count, METH_DEFAULT},
    {"index", range_index, METH_DEFAULT},
    {NULL, NULL, 0},
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

Type RangeType = {
    .name = "range",
    .basicsize = sizeof(RangeObj),
    .mark = range_mark,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .new_ = range_new_slot,
    .methods = range_methods,
    .getsets = range_getsets,
};

/* ---- iterator ---- */

Value
range_iternext(ThreadState *ts, Value it)
{
    return range_iter_next_fast(ts, (RangeIterObj *)val_as_obj(it));
}

static Value
rangeiter_length_hint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    RangeIterObj *it = (RangeIterObj *)val_as_obj(args[0]);
    return val_from_int(it->remaining > 0 ? it->remaining : 0);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type RangeIterType = {
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObj),
    .mark = rangeiter_mark,
    .iter = cont_iter_self,
    .iternext = range_iternext,
    .methods = rangeiter_methods,
};
