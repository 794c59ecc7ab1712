/* runtime/tuple.c: the tuple type, its iterator and the shared sequence compare.
 * SPDX-License-Identifier: MIT
 *
 * Items are stored inline.  The hash is CPython 3.11's xxHash-based
 * tuplehash, bit for bit, because set and dict orders built from tuple
 * keys are visible to programs.
 */
#include "tuple.h"

#include "contimpl.h"
#include "list.h"
#include "slice.h"

bool
tuple_check(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->flags & TF_TUPLE_SUBCLASS);
}

static Value
tuple_alloc(ThreadState *ts, Type *t, int64_t n)
{
    if (n < 0 || n > (int64_t)(((uint64_t)1 << 40))) {
        exc_no_memory(ts);
        return VNULL;
    }
    size_t base = t->basicsize ? t->basicsize : sizeof(TupleObj);
    TupleObj *o = gc_alloc(ts, t, base + (size_t)n * sizeof(Value));
    if (!o)
        return VNULL;
    o->len = n;
    return val_from_obj(o);
}

Value
tuple_new(ThreadState *ts, int64_t n)
{
    return tuple_alloc(ts, &TupleType, n);
}

Value
tuple_from_array(ThreadState *ts, const Value *items, int64_t n)
{
    Value t = tuple_new(ts, n);
    if (t && n)
        memcpy(tuple_as(t)->items, items, (size_t)n * sizeof(Value));
    return t;
}

Value
tuple_pack(ThreadState *ts, int n, ...)
{
    Value t = tuple_new(ts, n);
    if (!t)
        return VNULL;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        tuple_as(t)->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

Value
tuple_from_iterable(ThreadState *ts, Value it)
{
    if (tuple_check_exact(it))
        return it;
    if (val_is(it, &ListType))
        return tuple_from_array(ts, list_as(it)->items, list_as(it)->len);
    Value l = list_from_iterable(ts, it);
    if (!l)
        return VNULL;
    return tuple_from_array(ts, list_as(l)->items, list_as(l)->len);
}

Value
tuple_slice(ThreadState *ts, Value t, int64_t lo, int64_t hi)
{
    TupleObj *o = tuple_as(t);
    if (lo < 0)
        lo = 0;
    if (hi > o->len)
        hi = o->len;
    if (hi < lo)
        hi = lo;
    if (lo == 0 && hi == o->len && tuple_check_exact(t))
        return t;
    return tuple_from_array(ts, o->items + lo, hi - lo);
}

/* ---- slots ---- */

static void
tuple_mark(GC *gc, Obj *o)
{
    TupleObj *t = (TupleObj *)o;
    gc_mark_array(gc, t->items, (size_t)t->len);
    if (o->type != &TupleType)
        gc_mark(gc, (Value)t->hash_cache); /* the __dict__ of a subclass instance */
}

static int64_t
tuple_len(ThreadState *ts, Value t)
{
    return tuple_as(t)->len;
}

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)

int64_t
tuple_hash(ThreadState *ts, Value t)
{
    TupleObj *o = tuple_as(t);
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < o->len; i++) {
        int64_t h = obj_hash(ts, o->items[i]);
        if (h == -1 && ts_has_exc(ts))
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = (acc << 31) | (acc >> 33);
        acc *= XXPRIME_1;
    }
    acc += (uint64_t)o->len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

static Value
tuple_repr(ThreadState *ts, Value t)
{
    TupleObj *o = tuple_as(t);
    if (o->len == 0)
        return str_from_cstr(ts, "()");
    /* only exact tuples keep the guard: subclasses use the field for __dict__ */
    bool exact = tuple_check_exact(t);
    if (exact && o->hash_cache)
        return str_from_cstr(ts, "(...)");
    if (exact)
        o->hash_cache = 1;
    ContBuf b = {0};
    cbuf_puts(&b, "(");
    for (int64_t i = 0; i < o->len; i++) {
        if (i)
            cbuf_puts(&b, ", ");
        if (cbuf_repr(ts, &b, o->items[i]) < 0) {
            if (exact)
                o->hash_cache = 0;
            cbuf_free(&b);
            return VNULL;
        }
    }
    cbuf_puts(&b, o->len == 1 ? ",)" : ")");
    if (exact)
        o->hash_cache = 0;
    return cbuf_finish(ts, &b);
}

/* Items of a list or tuple, re-read at each step. */
static inline const Value *
seq_items(Value v, int64_t *len)
{
    if (list_check(v)) {
        *len = list_as(v)->len;
        return list_as(v)->items;
    }
    *len = tuple_as(v)->len;
    return tuple_as(v)->items;
}

Value
seq_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    int64_t na, nb;
    seq_items(a, &na);
    seq_items(b, &nb);
    if (na != nb && (op == CMP_EQ || op == CMP_NE))
        return val_bool(op == CMP_NE);
    int64_t i;
    for (i = 0;; i++) {
        const Value *ia = seq_items(a, &na);
        const Value *ib = seq_items(b, &nb);
        if (i >= na || i >= nb)
            break;
        Value x = ia[i], y = ib[i];
        if (x == y)
            continue;
        int eq = obj_eq(ts, x, y);
        if (eq < 0)
            return VNULL;
        if (!eq)
            break;
    }
    const Value *ia = seq_items(a, &na);
    const Value *ib = seq_items(b, &nb);
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case CMP_LT: r = na < nb; break;
        case CMP_LE: r = na <= nb; break;
        case CMP_EQ: r = na == nb; break;
        case CMP_NE: r = na != nb; break;
        case CMP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return val_bool(r);
    }
    if (op == CMP_EQ)
        return V_FALSE;
    if (op == CMP_NE)
        return V_TRUE;
    return obj_compare(ts, ia[i], ib[i], op);
}

static Value
tuple_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!tuple_check(a) || !tuple_check(b))
        return V_NOTIMPL;
    return seq_richcompare(ts, a, b, op);
}

static Value
tuple_iter(ThreadState *ts, Value t)
{
    return tuple_iter_new(ts, t);
}

Value
tuple_iter_new(ThreadState *ts, Value t)
{
    TupleIterObj *it = gc_alloc(ts, &TupleIterType, sizeof(TupleIterObj));
    if (!it)
        return VNULL;
    it->seq = t;
    return val_from_obj(it);
}

Value
tuple_getitem(ThreadState *ts, Value t, Value index)
{
    TupleObj *o = tuple_as(t);
    if (val_is_int(index)) {
        Value r = tuple_get_fast(o, val_as_int(index));
        if (!r)
            return exc_raise(ts, &IndexErrorType, "tuple index out of range");
        return r;
    }
    if (slice_check(index)) {
        int64_t start, stop, step, n;
        if (slice_indices(ts, index, o->len, &start, &stop, &step, &n) < 0)
            return VNULL;
        if (step == 1)
            return tuple_slice(ts, t, start, stop);
        Value r = tuple_new(ts, n);
        if (!r)
            return VNULL;
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            tuple_as(r)->items[i] = o->items[j];
        return r;
    }
    char msg[128];
    snprintf(msg, sizeof msg, "tuple indices must be integers or slices, not %s",
             obj_type_name(index));
    int64_t i;
    if (cont_as_index(ts, index, &i, msg) < 0)
        return VNULL;
    Value r = tuple_get_fast(o, i);
    if (!r)
        return exc_raise(ts, &IndexErrorType, "tuple index out of range");
    return r;
}

static int
tuple_contains(ThreadState *ts, Value t, Value x)
{
    TupleObj *o = tuple_as(t);
    for (int64_t i = 0; i < o->len; i++) {
        int r = obj_eq(ts, o->items[i], x);
        if (r)
            return r;
    }
    return 0;
}

static Value
tuple_add(ThreadState *ts, Value a, Value b)
{
    if (!tuple_check(a))
        return V_NOTIMPL;
    if (!tuple_check(b)) {
        if (val_type(b)->flags & TF_HEAPTYPE)
            return V_NOTIMPL;
        return exc_raise(ts, &TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple",
                         obj_type_name(b));
    }
    TupleObj *x = tuple_as(a), *y = tuple_as(b);
    if (y->len == 0 && tuple_check_exact(a))
        return a;
    if (x->len == 0 && tuple_check_exact(b))
        return b;
    Value r = tuple_new(ts, x->len + y->len);
    if (!r)
        return VNULL;
    memcpy(tuple_as(r)->items, x->items, (size_t)x->len * sizeof(Value));
    memcpy(tuple_as(r)->items + x->len, y->items, (size_t)y->len * sizeof(Value));
    return r;
}

/* The repeat count of seq * n (either order); 1 ok, 0 NotImplemented, -1 error. */
int
seq_repeat_count(ThreadState *ts, Value n, int64_t *count)
{
    if (val_is_int(n)) {
        *count = val_as_int(n);
        return 1;
    }
    Type *t = val_type(n);
    if (!int_check(n) && !t->index) {
        if (t->flags & TF_HEAPTYPE)
            return 0;
        exc_raise(ts, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                  t->name);
        return -1;
    }
    Value v = int_check(n) ? n : obj_index(ts, n);
    if (!v)
        return -1;
    if (val_is_int(v)) {
        *count = val_as_int(v);
        return 1;
    }
    int ovf = 0;
    int64_t c = int_as_i64(ts, v, &ovf);
    if (ovf) {
        if (ts_has_exc(ts))
            exc_clear(ts);
        exc_raise(ts, &OverflowErrorType, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *count = c;
    return 1;
}

static Value
tuple_mul(ThreadState *ts, Value a, Value b)
{
    Value seq = a, n = b;
    if (!tuple_check(a)) {
        seq = b;
        n = a;
    }
    if (!tuple_check(seq))
        return V_NOTIMPL;
    int64_t count;
    int rc = seq_repeat_count(ts, n, &count);
    if (rc <= 0)
        return rc < 0 ? VNULL : V_NOTIMPL;
    TupleObj *o = tuple_as(seq);
    if (count <= 0 || o->len == 0)
        return tuple_new(ts, 0);
    if (count == 1 && tuple_check_exact(seq))
        return seq;
    if (count > ((int64_t)1 << 40) / o->len)
        return exc_no_memory(ts);
    Value r = tuple_new(ts, o->len * count);
    if (!r)
        return VNULL;
    for (int64_t i = 0; i < count; i++)
        memcpy(tuple_as(r)->items + i * o->len, o->items, (size_t)o->len * sizeof(Value));
    return r;
}

static Value
tuple_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (kw_check(ts, kwnames, "tuple", NULL) < 0)
        return VNULL;
    if (nargs > 1)
        return exc_raise(ts, &TypeErrorType, "tuple expected at most 1 argument, got %d", nargs);
    Value src = nargs ? tuple_from_iterable(ts, args[0]) : tuple_new(ts, 0);
    if (!src || t == &TupleType)
        return src;
    Value r = tuple_alloc(ts, t, tuple_as(src)->len);
    if (r)
        memcpy(tuple_as(r)->items, tuple_as(src)->items,
               (size_t)tuple_as(src)->len * sizeof(Value));
    return r;
}

/* ---- methods ---- */

/* index(value, start=0, stop=maxsize): shared by list and tuple. */
int
seq_index_bounds(ThreadState *ts, Value *args, int nargs, int64_t len, int64_t *lo, int64_t *hi)
{
    *lo = 0;
    *hi = len;
    for (int k = 2; k < nargs && k < 4; k++) {
        Value v = args[k];
        int64_t x;
        if (val_is_int(v)) {
            x = val_as_int(v);
        } else if (int_check(v)) {
            x = int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
        } else if (v == V_NONE || !val_type(v)->index) {
            exc_raise(ts, &TypeErrorType,
                      "slice indices must be integers or have an __index__ method");
            return -1;
        } else if (cont_as_index(ts, v, &x, NULL) < 0) {
            return -1;
        }
        if (x < 0) {
            x += len;
            if (x < 0)
                x = 0;
        }
        if (k == 2)
            *lo = x;
        else
            *hi = x;
    }
    return 0;
}

static Value
tuple_index(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "tuple.index", nargs - 1, 1, 3) < 0)
        return VNULL;
    TupleObj *o = tuple_as(args[0]);
    int64_t lo, hi;
    if (seq_index_bounds(ts, args, nargs, o->len, &lo, &hi) < 0)
        return VNULL;
    for (int64_t i = lo; i < hi && i < o->len; i++) {
        int r = obj_eq(ts, o->items[i], args[1]);
        if (r < 0)
            return VNULL;
        if (r)
            return val_from_int(i);
    }
    return exc_raise(ts, &ValueErrorType, "tuple.index(x): x not in tuple");
}

static Value
tuple_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "tuple.count", nargs - 1, 1, 1) < 0)
        return VNULL;
    TupleObj *o = tuple_as(args[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < o->len; i++) {
        int r = obj_eq(ts, o->items[i], args[1]);
        if (r < 0)
            return VNULL;
        n += r;
    }
    return val_from_int(n);
}

static Value
tuple_getnewargs(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    TupleObj *o = tuple_as(args[0]);
    Value t = tuple_from_array(ts, o->items, o->len);
    return t ? tuple_pack(ts, 1, t) : VNULL;
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index, METH_DEFAULT},
    {"count", tuple_count, METH_DEFAULT},
    {"__getnewargs__", tuple_getnewargs, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type TupleType = {
    .name = "tuple",
    .basicsize = sizeof(TupleObj),
    .flags = TF_BASETYPE | TF_TUPLE_SUBCLASS,
    .mark = tuple_mark,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .nb = {[NB_ADD] = tuple_add, [NB_MUL] = tuple_mul},
    .new_ = tuple_new_slot,
    .methods = tuple_methods,
};

/* ---- iterator ---- */

static void
tupleiter_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((TupleIterObj *)o)->seq);
}

static Value
tupleiter_next(ThreadState *ts, Value it)
{
    return tuple_iter_next_fast((TupleIterObj *)val_as_obj(it));
}

static Value
tupleiter_length_hint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    TupleIterObj *it = (TupleIterObj *)val_as_obj(args[0]);
    if (!it->seq)
        return val_from_int(0);
    return val_from_int(tuple_as(it->seq)->len - it->index);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type TupleIterType = {
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObj),
    .mark = tupleiter_mark,
    .iter = cont_iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
};
