/* runtime/list.c: the list type and its iterator (sorting is in listsort.c).
 * SPDX-License-Identifier: MIT
 *
 * A list owns a malloc'd buffer of Values.  Operations that call Python
 * code (==, iteration of an argument) re-read len and items after every
 * call, since that code may mutate the list.
 */
#include "list.h"

#include <limits.h>

#include "contimpl.h"
#include "dict.h"
#include "float.h"
#include "set.h"
#include "range.h"
#include "slice.h"

bool
list_check(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->flags & TF_LIST_SUBCLASS);
}

static int
list_resize_cap(ThreadState *ts, ListObj *l, int64_t cap)
{
    if (cap > ((int64_t)1 << 56)) {
        exc_no_memory(ts);
        return -1;
    }
    Value *p = realloc(l->items, (size_t)(cap ? cap : 1) * sizeof(Value));
    if (!p) {
        exc_no_memory(ts);
        return -1;
    }
    if (cap > l->cap)
        gc_account(ts, (long)((cap - l->cap) * (int64_t)sizeof(Value)));
    l->items = p;
    l->cap = cap;
    return 0;
}

int
list_grow(ThreadState *ts, ListObj *l, int64_t need)
{
    if (need <= l->cap)
        return 0;
    int64_t cap = need + (need >> 3) + 6;
    if (cap < 8)
        cap = 8;
    return list_resize_cap(ts, l, cap);
}

/* Give memory back after big deletions (CPython shrinks too). */
static void
maybe_shrink(ListObj *l)
{
    if (l->cap > 64 && l->len < l->cap / 4) {
        int64_t cap = l->len * 2 + 8;
        Value *p = realloc(l->items, (size_t)cap * sizeof(Value));
        if (p) {
            l->items = p;
            l->cap = cap;
        }
    }
}

static Value
list_alloc(ThreadState *ts, Type *t, int64_t cap)
{
    ListObj *l = gc_alloc(ts, t, t->basicsize ? t->basicsize : sizeof(ListObj));
    if (!l)
        return VNULL;
    if (cap > 0 && list_resize_cap(ts, l, cap) < 0)
        return VNULL;
    return val_from_obj(l);
}

Value
list_new(ThreadState *ts, int64_t cap)
{
    return list_alloc(ts, &ListType, cap);
}

Value
list_from_array(ThreadState *ts, const Value *items, int64_t n)
{
    Value r = list_new(ts, n);
    if (r && n) {
        memcpy(list_as(r)->items, items, (size_t)n * sizeof(Value));
        list_as(r)->len = n;
    }
    return r;
}

Value
list_from_iterable(ThreadState *ts, Value it)
{
    Value r = list_new(ts, 0);
    if (!r)
        return VNULL;
    ts_push_root(ts, r);
    int rc = list_extend(ts, r, it);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : r;
}

int
list_append(ThreadState *ts, Value list, Value v)
{
    return list_append_fast(ts, list_as(list), v);
}

static int
extend_one(ThreadState *ts, void *ctx, Value x)
{
    return list_append_fast(ts, (ListObj *)ctx, x);
}

int
list_extend(ThreadState *ts, Value list, Value iterable)
{
    ListObj *l = list_as(list);
    const Value *src = NULL;
    int64_t n = 0;
    /* exact types only: a subclass may override __iter__ (CPython does the same) */
    if (val_is(iterable, &ListType)) {
        src = list_as(iterable)->items;
        n = list_as(iterable)->len;
    } else if (tuple_check_exact(iterable)) {
        src = tuple_as(iterable)->items;
        n = tuple_as(iterable)->len;
    } else if (val_is(iterable, &RangeType) && !((RangeObj *)val_as_obj(iterable))->big) {
        RangeObj *r = (RangeObj *)val_as_obj(iterable);
        if (list_grow(ts, l, l->len + r->length) < 0)
            return -1;
        int64_t v = r->start;
        for (int64_t i = 0; i < r->length; i++) {
            Value x = val_int_fits(v) ? val_from_int(v) : int_from_i64(ts, v);
            if (!x)
                return -1;
            l->items[l->len++] = x;
            v = (int64_t)((uint64_t)v + (uint64_t)r->step);
        }
        return 0;
    }
    if (val_is(iterable, &DictType) || val_is(iterable, &SetType) ||
        val_is(iterable, &FrozenSetType)) {
        /* No Python code runs while copying the keys out. */
        int64_t cnt = val_is(iterable, &DictType) ? dict_as(iterable)->used
                                                  : ((SetObj *)val_as_obj(iterable))->used;
        if (list_grow(ts, l, l->len + cnt) < 0)
            return -1;
        int64_t pos = 0;
        Value k;
        if (val_is(iterable, &DictType)) {
            while (dict_next(iterable, &pos, &k, NULL))
                l->items[l->len++] = k;
        } else {
            while (set_next(iterable, &pos, &k))
                l->items[l->len++] = k;
        }
        return 0;
    }
    if (src) {
        if (list_grow(ts, l, l->len + n) < 0)
            return -1;
        /* re-read: src may be l->items itself (l.extend(l)), moved by the grow */
        src = val_is(iterable, &ListType) ? list_as(iterable)->items : tuple_as(iterable)->items;
        if (n) /* items may still be NULL */
            vmove(l->items + l->len, src, n);
        l->len += n;
        return 0;
    }
    ts_push_root(ts, list);
    int rc = cont_foreach(ts, iterable, extend_one, l);
    ts_pop_roots(ts, 1);
    return rc;
}

Value
list_slice(ThreadState *ts, Value list, int64_t lo, int64_t hi)
{
    ListObj *l = list_as(list);
    if (lo < 0)
        lo = 0;
    if (hi > l->len)
        hi = l->len;
    if (hi < lo)
        hi = lo;
    if (hi == lo) /* items may be NULL: no pointer arithmetic on it */
        return list_new(ts, 0);
    return list_from_array(ts, l->items + lo, hi - lo);
}

int
list_insert(ThreadState *ts, Value list, int64_t where, Value v)
{
    ListObj *l = list_as(list);
    if (where < 0) {
        where += l->len;
        if (where < 0)
            where = 0;
    }
    if (where > l->len)
        where = l->len;
    if (list_grow(ts, l, l->len + 1) < 0)
        return -1;
    vmove(l->items + where + 1, l->items + where, l->len - where);
    l->items[where] = v;
    l->len++;
    return 0;
}

Value
list_pop_index(ThreadState *ts, Value list, int64_t i)
{
    ListObj *l = list_as(list);
    if (l->len == 0)
        return exc_raise(ts, &IndexErrorType, "pop from empty list");
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= l->len)
        return exc_raise(ts, &IndexErrorType, "pop index out of range");
    Value v = l->items[i];
    vmove(l->items + i, l->items + i + 1, l->len - i - 1);
    l->len--;
    maybe_shrink(l);
    return v;
}

void
list_reverse_items(Value *lo, Value *hi)
{
    if (hi - lo < 2)
        return;
    for (--hi; lo < hi; lo++, hi--) {
        Value t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

Value
list_concat(ThreadState *ts, Value a, Value b)
{
    ListObj *x = list_as(a), *y = list_as(b);
    Value r = list_new(ts, x->len + y->len);
    if (!r)
        return VNULL;
    ListObj *o = list_as(r);
    vcopy(o->items, x->items, x->len);
    if (y->len) /* items is NULL when both are empty */
        vcopy(o->items + x->len, y->items, y->len);
    o->len = x->len + y->len;
    return r;
}

/* ---- slots ---- */

static void
list_mark(GC *gc, Obj *o)
{
    ListObj *l = (ListObj *)o;
    gc_mark(gc, l->dict);
    gc_mark_array(gc, l->items, (size_t)l->len);
    if (l->sorting)
        gc_mark_array(gc, l->sorting, (size_t)l->nsorting);
    if (l->sortkeys)
        gc_mark_array(gc, l->sortkeys, (size_t)l->nsorting);
}

static void
list_finalize(Obj *o)
{
    ListObj *l = (ListObj *)o;
    free(l->items);
    free(l->sorting);
    free(l->sortkeys);
    l->items = l->sorting = l->sortkeys = NULL;
}

static Value
list_repr(ThreadState *ts, Value v)
{
    ListObj *l = list_as(v);
    if (l->len == 0)
        return str_from_cstr(ts, "[]");
    if (l->repr_busy)
        return str_from_cstr(ts, "[...]");
    l->repr_busy = 1;
    ContBuf b = {0};
    cbuf_puts(&b, "[");
    for (int64_t i = 0; i < l->len; i++) {
        if (i)
            cbuf_puts(&b, ", ");
        if (cbuf_repr(ts, &b, l->items[i]) < 0) {
            l->repr_busy = 0;
            cbuf_free(&b);
            return VNULL;
        }
    }
    cbuf_puts(&b, "]");
    l->repr_busy = 0;
    return cbuf_finish(ts, &b);
}

static Value
list_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!list_check(a) || !list_check(b))
        return V_NOTIMPL;
    return seq_richcompare(ts, a, b, op);
}

Value
list_iter_new(ThreadState *ts, Value list)
{
    ListIterObj *it = gc_alloc(ts, &ListIterType, sizeof(ListIterObj));
    if (!it)
        return VNULL;
    it->seq = list;
    return val_from_obj(it);
}

static int64_t
list_len(ThreadState *ts, Value v)
{
    return list_as(v)->len;
}

static int
list_index_arg(ThreadState *ts, Value index, int64_t *out)
{
    char msg[128];
    snprintf(msg, sizeof msg, "list indices must be integers or slices, not %s",
             obj_type_name(index));
    return cont_as_index(ts, index, out, msg);
}

Value
list_getitem(ThreadState *ts, Value list, Value index)
{
    ListObj *l = list_as(list);
    if (val_is_int(index)) {
        Value r = list_get_fast(l, val_as_int(index));
        if (!r)
            return exc_raise(ts, &IndexErrorType, "list index out of range");
        return r;
    }
    if (slice_check(index)) {
        int64_t start, stop, step, n;
        if (slice_indices(ts, index, l->len, &start, &stop, &step, &n) < 0)
            return VNULL;
        if (step == 1)
            return list_slice(ts, list, start, stop);
        Value r = list_new(ts, n);
        if (!r)
            return VNULL;
        ListObj *o = list_as(r);
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            o->items[i] = l->items[j];
        o->len = n;
        return r;
    }
    int64_t i;
    if (list_index_arg(ts, index, &i) < 0)
        return VNULL;
    Value r = list_get_fast(l, i);
    if (!r)
        return exc_raise(ts, &IndexErrorType, "list index out of range");
    return r;
}

/* Delete [lo, hi) (0 <= lo <= hi <= len). */
static void
list_del_range(ListObj *l, int64_t lo, int64_t hi)
{
    if (hi == lo) /* nothing to do, and items may be NULL */
        return;
    vmove(l->items + lo, l->items + hi, l->len - hi);
    l->len -= hi - lo;
    maybe_shrink(l);
}

/* l[lo:hi] = items[0:n] (items does not alias l's buffer). */
static int
list_replace_range(ThreadState *ts, ListObj *l, int64_t lo, int64_t hi, const Value *items,
                   int64_t n)
{
    if (hi < lo)
        hi = lo;
    if (n == 0 && hi == lo) /* nothing to do, and items may be NULL */
        return 0;
    int64_t d = n - (hi - lo);
    if (d > 0 && list_grow(ts, l, l->len + d) < 0)
        return -1;
    vmove(l->items + hi + d, l->items + hi, l->len - hi);
    vcopy(l->items + lo, items, n);
    l->len += d;
    return 0;
}

static int
list_ass_slice(ThreadState *ts, Value list, Value index, Value v)
{
    ListObj *l = list_as(list);
    int64_t start, stop, step, n;
    if (slice_indices(ts, index, l->len, &start, &stop, &step, &n) < 0)
        return -1;
    if (!v) {
        if (step == 1) {
            if (stop > start)
                list_del_range(l, start, stop);
            return 0;
        }
        if (n == 0)
            return 0;
        if (step < 0) { /* delete the same items walking forwards */
            start = start + step * (n - 1);
            step = -step;
        }
        int64_t w = start;
        for (int64_t r = start, k = 0; r < l->len; r++) {
            if (k < n && r == start + k * step) {
                k++;
                continue;
            }
            l->items[w++] = l->items[r];
        }
        l->len = w;
        return 0;
    }
    /* Take a snapshot of the source first: it may be this very list. */
    Value seq;
    if (tuple_check(v)) {
        seq = v;
    } else if (list_check(v)) {
        seq = list_from_array(ts, list_as(v)->items, list_as(v)->len);
    } else {
        if (!val_type(v)->iter && !type_lookup(val_type(v), NAME(ts, __getitem__))) {
            if (step == 1)
                exc_raise(ts, &TypeErrorType, "can only assign an iterable");
            else
                exc_raise(ts, &TypeErrorType, "must assign iterable to extended slice");
            return -1;
        }
        ts_push_root(ts, list);
        seq = list_from_iterable(ts, v);
        ts_pop_roots(ts, 1);
    }
    if (!seq)
        return -1;
    const Value *items = tuple_check(seq) ? tuple_as(seq)->items : list_as(seq)->items;
    int64_t m = tuple_check(seq) ? tuple_as(seq)->len : list_as(seq)->len;
    if (step == 1)
        return list_replace_range(ts, l, start, stop, items, m);
    if (m != n) {
        exc_raise(ts, &ValueErrorType,
                  "attempt to assign sequence of size %lld to extended slice of size %lld",
                  (long long)m, (long long)n);
        return -1;
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        l->items[j] = items[i];
    return 0;
}

static int
list_setitem(ThreadState *ts, Value list, Value index, Value v)
{
    ListObj *l = list_as(list);
    int64_t i;
    if (val_is_int(index)) {
        i = val_as_int(index);
    } else if (slice_check(index)) {
        return list_ass_slice(ts, list, index, v);
    } else if (list_index_arg(ts, index, &i) < 0) {
        return -1;
    }
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= l->len) {
        exc_raise(ts, &IndexErrorType, "list assignment index out of range");
        return -1;
    }
    if (v)
        l->items[i] = v;
    else
        list_del_range(l, i, i + 1);
    return 0;
}

static int
list_contains(ThreadState *ts, Value list, Value x)
{
    ListObj *l = list_as(list);
    for (int64_t i = 0; i < l->len; i++) {
        Value y = l->items[i];
        if (y == x)
            return 1;
        int r = obj_eq(ts, y, x);
        if (r)
            return r;
    }
    return 0;
}

static Value
list_add(ThreadState *ts, Value a, Value b)
{
    if (!list_check(a))
        return V_NOTIMPL;
    if (!list_check(b)) {
        if (val_type(b)->flags & TF_HEAPTYPE)
            return V_NOTIMPL;
        return exc_raise(ts, &TypeErrorType, "can only concatenate list (not \"%s\") to list",
                         obj_type_name(b));
    }
    return list_concat(ts, a, b);
}

static Value
list_mul(ThreadState *ts, Value a, Value b)
{
    Value seq = a, n = b;
    if (!list_check(a)) {
        seq = b;
        n = a;
    }
    if (!list_check(seq))
        return V_NOTIMPL;
    int64_t count;
    int rc = seq_repeat_count(ts, n, &count);
    if (rc <= 0)
        return rc < 0 ? VNULL : V_NOTIMPL;
    ListObj *l = list_as(seq);
    if (count <= 0 || l->len == 0)
        return list_new(ts, 0);
    if (count > ((int64_t)1 << 40) / l->len)
        return exc_no_memory(ts);
    int64_t len = l->len;
    Value r = list_new(ts, len * count);
    if (!r)
        return VNULL;
    ListObj *o = list_as(r);
    if (len == 1) {
        for (int64_t i = 0; i < count; i++)
            o->items[i] = l->items[0];
    } else {
        for (int64_t i = 0; i < count; i++)
            memcpy(o->items + i * len, l->items, (size_t)len * sizeof(Value));
    }
    o->len = len * count;
    return r;
}

static Value
list_iadd(ThreadState *ts, Value a, Value b)
{
    if (!list_check(a))
        return V_NOTIMPL;
    if (list_extend(ts, a, b) < 0)
        return VNULL;
    return a;
}

static Value
list_imul(ThreadState *ts, Value a, Value b)
{
    if (!list_check(a))
        return V_NOTIMPL;
    int64_t count;
    int rc = seq_repeat_count(ts, b, &count);
    if (rc <= 0)
        return rc < 0 ? VNULL : V_NOTIMPL;
    ListObj *l = list_as(a);
    int64_t len = l->len;
    if (count <= 0 || len == 0) {
        l->len = 0;
        return a;
    }
    if (count > ((int64_t)1 << 40) / len)
        return exc_no_memory(ts);
    if (list_grow(ts, l, len * count) < 0)
        return VNULL;
    for (int64_t i = 1; i < count; i++)
        memcpy(l->items + i * len, l->items, (size_t)len * sizeof(Value));
    l->len = len * count;
    return a;
}

static Value
list_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    return list_alloc(ts, t, 0);
}

static int
list_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (kw_check(ts, kwnames, "list", NULL) < 0)
        return -1;
    if (nargs > 1) {
        exc_raise(ts, &TypeErrorType, "list expected at most 1 argument, got %d", nargs);
        return -1;
    }
    list_as(self)->len = 0;
    if (nargs == 0)
        return 0;
    return list_extend(ts, self, args[0]);
}

/* ---- methods (args[0] is self) ---- */

static Value
m_append(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.append", nargs - 1, 1, 1) < 0)
        return VNULL;
    if (list_append_fast(ts, list_as(args[0]), args[1]) < 0)
        return VNULL;
    return V_NONE;
}

static Value
m_extend(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.extend", nargs - 1, 1, 1) < 0)
        return VNULL;
    if (list_extend(ts, args[0], args[1]) < 0)
        return VNULL;
    return V_NONE;
}

static Value
m_insert(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.insert", nargs - 1, 2, 2) < 0)
        return VNULL;
    int64_t i;
    if (val_is_int(args[1])) {
        i = val_as_int(args[1]);
    } else if (int_check(args[1])) {
        i = int_sign(args[1]) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    } else if (cont_as_index(ts, args[1], &i, NULL) < 0) {
        return VNULL;
    }
    if (list_insert(ts, args[0], i, args[2]) < 0)
        return VNULL;
    return V_NONE;
}

static Value
m_remove(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.remove", nargs - 1, 1, 1) < 0)
        return VNULL;
    ListObj *l = list_as(args[0]);
    for (int64_t i = 0; i < l->len; i++) {
        int r = obj_eq(ts, l->items[i], args[1]);
        if (r < 0)
            return VNULL;
        if (r) {
            if (i < l->len)
                list_del_range(l, i, i + 1);
            return V_NONE;
        }
    }
    return exc_raise(ts, &ValueErrorType, "list.remove(x): x not in list");
}

static Value
m_pop(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.pop", nargs - 1, 0, 1) < 0)
        return VNULL;
    int64_t i = -1;
    if (nargs > 1) {
        if (val_is_int(args[1]))
            i = val_as_int(args[1]);
        else if (cont_as_index(ts, args[1], &i, NULL) < 0)
            return VNULL;
    }
    return list_pop_index(ts, args[0], i);
}

static Value
m_clear(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.clear", nargs - 1, 0, 0) < 0)
        return VNULL;
    ListObj *l = list_as(args[0]);
    free(l->items);
    l->items = NULL;
    l->len = l->cap = 0;
    return V_NONE;
}

static Value
m_index(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.index", nargs - 1, 1, 3) < 0)
        return VNULL;
    ListObj *l = list_as(args[0]);
    int64_t lo, hi;
    if (seq_index_bounds(ts, args, nargs, l->len, &lo, &hi) < 0)
        return VNULL;
    for (int64_t i = lo; i < hi && i < l->len; i++) {
        int r = obj_eq(ts, l->items[i], args[1]);
        if (r < 0)
            return VNULL;
        if (r)
            return val_from_int(i);
    }
    Value rep = obj_repr(ts, args[1]);
    if (!rep)
        return VNULL;
    return exc_raise(ts, &ValueErrorType, "%s is not in list", str_cstr(rep));
}

static Value
m_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.count", nargs - 1, 1, 1) < 0)
        return VNULL;
    ListObj *l = list_as(args[0]);
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        int r = obj_eq(ts, l->items[i], args[1]);
        if (r < 0)
            return VNULL;
        n += r;
    }
    return val_from_int(n);
}

/* The `reverse` flag as CPython converts it: an int fitting a C int (or
 * an __index__ object), not any object with a truth value. */
static int
reverse_flag(ThreadState *ts, Value v, int *out)
{
    if (!int_check(v)) {
        if (float_check(v) || !val_type(v)->index) {
            exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                      obj_type_name(v));
            return -1;
        }
        v = obj_index(ts, v);
        if (!v)
            return -1;
    }
    int ovf = 0;
    int64_t r = int_as_i64(ts, v, &ovf);
    if (ovf || r < INT_MIN || r > INT_MAX) {
        exc_clear(ts);
        exc_raise(ts, &OverflowErrorType, "Python int too large to convert to C int");
        return -1;
    }
    *out = r != 0;
    return 0;
}

int
list_sort_kw(ThreadState *ts, Value list, Value *args, int nargs, Value kwnames)
{
    static const char *const allowed[] = {"key", "reverse", NULL};
    if (kw_len(kwnames) > 2) {
        exc_raise(ts, &TypeErrorType, "sort() takes at most 2 keyword arguments (%d given)",
                  kw_len(kwnames));
        return -1;
    }
    if (kw_check(ts, kwnames, "sort", allowed) < 0)
        return -1;
    Value key = kw_get(args, nargs, kwnames, "key");
    Value rev = kw_get(args, nargs, kwnames, "reverse");
    int reverse = 0;
    if (rev && reverse_flag(ts, rev, &reverse) < 0)
        return -1;
    return list_sort(ts, list, key == V_NONE ? VNULL : key, reverse);
}

static Value
m_sort(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (nargs > 1)
        return exc_raise(ts, &TypeErrorType, "sort() takes no positional arguments");
    return list_sort_kw(ts, args[0], args, nargs, kwnames) < 0 ? VNULL : V_NONE;
}

static Value
m_reverse(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.reverse", nargs - 1, 0, 0) < 0)
        return VNULL;
    ListObj *l = list_as(args[0]);
    if (l->len > 1) /* items may be NULL */
        list_reverse_items(l->items, l->items + l->len);
    return V_NONE;
}

static Value
m_copy(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.copy", nargs - 1, 0, 0) < 0)
        return VNULL;
    return list_slice(ts, args[0], 0, list_as(args[0])->len);
}

static Value
m_reversed(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return reversed_new_seq(ts, args[0], list_as(args[0])->len - 1);
}

static Value
m_getitem(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.__getitem__", nargs - 1, 1, 1) < 0)
        return VNULL;
    return list_getitem(ts, args[0], args[1]);
}

static Value
m_setitem(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.__setitem__", nargs - 1, 2, 2) < 0)
        return VNULL;
    return list_setitem(ts, args[0], args[1], args[2]) < 0 ? VNULL : V_NONE;
}

static Value
m_delitem(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.__delitem__", nargs - 1, 1, 1) < 0)
        return VNULL;
    return list_setitem(ts, args[0], args[1], VNULL) < 0 ? VNULL : V_NONE;
}

static Value
m_contains(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "list.__contains__", nargs - 1, 1, 1) < 0)
        return VNULL;
    int r = list_contains(ts, args[0], args[1]);
    return r < 0 ? VNULL : val_bool(r);
}

static Value
m_len(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_from_int(list_as(args[0])->len);
}

static Value
m_iter(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return list_iter_new(ts, args[0]);
}

static const MethodDef list_methods[] = {
    {"append", m_append, METH_DEFAULT},
    {"extend", m_extend, METH_DEFAULT},
    {"insert", m_insert, METH_DEFAULT},
    {"remove", m_remove, METH_DEFAULT},
    {"pop", m_pop, METH_DEFAULT},
    {"clear", m_clear, METH_DEFAULT},
    {"index", m_index, METH_DEFAULT},
    {"count", m_count, METH_DEFAULT},
    {"sort", m_sort, METH_DEFAULT},
    {"reverse", m_reverse, METH_DEFAULT},
    {"copy", m_copy, METH_DEFAULT},
    {"__reversed__", m_reversed, METH_DEFAULT},
    {"__getitem__", m_getitem, METH_DEFAULT},
    {"__setitem__", m_setitem, METH_DEFAULT},
    {"__delitem__", m_delitem, METH_DEFAULT},
    {"__contains__", m_contains, METH_DEFAULT},
    {"__len__", m_len, METH_DEFAULT},
    {"__iter__", m_iter, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type ListType = {
    .name = "list",
    .basicsize = sizeof(ListObj),
    .flags = TF_BASETYPE | TF_LIST_SUBCLASS,
    .dict_offset = 0,
    .mark = list_mark,
    .finalize = list_finalize,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter_new,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .nb = {[NB_ADD] = list_add, [NB_MUL] = list_mul},
    .nb_inplace = {[NB_ADD] = list_iadd, [NB_MUL] = list_imul},
    .new_ = list_new_slot,
    .init = list_init,
    .methods = list_methods,
};

/* ---- iterator ---- */

static void
listiter_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((ListIterObj *)o)->seq);
}

Value
list_iternext(ThreadState *ts, Value it)
{
    return list_iter_next_fast((ListIterObj *)val_as_obj(it));
}

static Value
listiter_length_hint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    ListIterObj *it = (ListIterObj *)val_as_obj(args[0]);
    if (!it->seq || it->index >= list_as(it->seq)->len)
        return val_from_int(0);
    return val_from_int(list_as(it->seq)->len - it->index);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type ListIterType = {
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObj),
    .mark = listiter_mark,
    .iter = cont_iter_self,
    .iternext = list_iternext,
    .methods = listiter_methods,
};
