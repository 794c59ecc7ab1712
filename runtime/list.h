/* runtime/list.h: Python list: a growable array of Values (malloc'd buffer).
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_LIST_H
#define GILPY_LIST_H

#include "object.h"

typedef struct ListObj {
    Obj base;
    Value dict;      /* __dict__ for subclass instances (dict_offset) */
    int64_t len;
    int64_t cap;
    Value *items;
    Value *sorting;  /* during list.sort: the detached items, marked by the GC */
    Value *sortkeys; /* during list.sort with key=: the keys (VNULL until computed) */
    int64_t nsorting;
    int32_t repr_busy; /* recursion guard for repr: '[...]' */
} ListObj;

/* list_iterator: seq is VNULL once exhausted. */
typedef struct ListIterObj {
    Obj base;
    Value seq;
    int64_t index;
} ListIterObj;

static inline ListObj *
list_as(Value v)
{
    return (ListObj *)val_as_obj(v);
}

bool list_check(Value v);
Value list_new(ThreadState *ts, int64_t cap) SP_RAISES; /* empty, with capacity */
Value list_from_array(ThreadState *ts, const Value *items, int64_t n) SP_RAISES;
Value list_from_iterable(ThreadState *ts, Value it) SP_RAISES;
int list_append(ThreadState *ts, Value list, Value v) SP_RAISES;
int list_extend(ThreadState *ts, Value list, Value iterable) SP_RAISES;
/* In-place sort, CPython semantics (stable timsort, key called once per item). */
int list_sort(ThreadState *ts, Value list, Value key, bool reverse) SP_RAISES;
Value list_getitem(ThreadState *ts, Value list, Value index) SP_RAISES;
Value list_iter_new(ThreadState *ts, Value list) SP_RAISES;
Value list_iternext(ThreadState *ts, Value it) SP_RAISES;
Value list_concat(ThreadState *ts, Value a, Value b) SP_RAISES;
Value list_slice(ThreadState *ts, Value list, int64_t lo, int64_t hi) SP_RAISES;
int list_insert(ThreadState *ts, Value list, int64_t where, Value v) SP_RAISES;
Value list_pop_index(ThreadState *ts, Value list, int64_t i) SP_RAISES;
void list_reverse_items(Value *lo, Value *hi);

/* Grow the buffer so that one more item fits (amortised). */
int list_grow(ThreadState *ts, ListObj *l, int64_t need) SP_RAISES;

/* Fast append for the VM (LIST_APPEND): no Python code runs. */
static inline int
list_append_fast(ThreadState *ts, ListObj *l, Value v)
{
    if (l->len == l->cap && list_grow(ts, l, l->len + 1) < 0)
        return -1;
    l->items[l->len++] = v;
    return 0;
}

/* Bounds-checked l[i] for a small-int index, VNULL if out of range (no exception). */
static inline Value
list_get_fast(ListObj *l, int64_t i)
{
    if (i < 0)
        i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len)
        return VNULL;
    return l->items[i];
}

/* Bounds-checked l[i] = v; false if out of range (no exception). */
static inline bool
list_set_fast(ListObj *l, int64_t i, Value v)
{
    if (i < 0)
        i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len)
        return false;
    l->items[i] = v;
    return true;
}

/* FOR_ITER over a list iterator, inlinable: VNULL when exhausted. */
static inline Value
list_iter_next_fast(ListIterObj *it)
{
    if (it->seq) {
        ListObj *l = (ListObj *)val_as_obj(it->seq);
        if (it->index < l->len)
            return l->items[it->index++];
        it->seq = VNULL;
    }
    return VNULL;
}

/* list.sort's keyword arguments (key=, reverse=) taken from a vector call whose
 * positional part is args[0..nargs): CPython's checks and messages; sorts `list`.
 * For sorted(), which must behave exactly as list.sort. */
int list_sort_kw(ThreadState *ts, Value list, Value *args, int nargs, Value kwnames) SP_RAISES;

#endif
