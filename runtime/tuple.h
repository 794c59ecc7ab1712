/* runtime/tuple.h: Python tuple, items inline.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_TUPLE_H
#define GILPY_TUPLE_H

#include "object.h"

typedef struct TupleObj {
    Obj base;
    int64_t len;
    /* Exact tuples: the repr recursion guard (tuples never cache their hash).
     * Instances of tuple subclasses: their __dict__ Value (VNULL if none),
     * so a class's dict_offset can be offsetof(TupleObj, hash_cache). */
    int64_t hash_cache;
    Value items[];
} TupleObj;

static inline TupleObj *
tuple_as(Value v)
{
    return (TupleObj *)val_as_obj(v);
}

bool tuple_check(Value v);
/* A tuple of n items, all VNULL: fill them before the tuple escapes. */
Value tuple_new(ThreadState *ts, int64_t n) SP_RAISES;
Value tuple_from_array(ThreadState *ts, const Value *items, int64_t n) SP_RAISES;
Value tuple_pack(ThreadState *ts, int n, ...) SP_RAISES;
/* tuple(iterable) */
Value tuple_from_iterable(ThreadState *ts, Value it) SP_RAISES;
Value tuple_getitem(ThreadState *ts, Value t, Value index) SP_RAISES;
int64_t tuple_hash(ThreadState *ts, Value t) SP_RAISES;
Value tuple_slice(ThreadState *ts, Value t, int64_t lo, int64_t hi) SP_RAISES;
Value tuple_iter_new(ThreadState *ts, Value t) SP_RAISES;
/* Lexicographic rich comparison of two lists or two tuples (re-reads the
 * items after every __eq__, since a list may change meanwhile). */
Value seq_richcompare(ThreadState *ts, Value a, Value b, int op) SP_RAISES;

typedef struct TupleIterObj {
    Obj base;
    Value seq;      /* VNULL once exhausted */
    int64_t index;
} TupleIterObj;

static inline bool
tuple_check_exact(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &TupleType;
}

/* Bounds-checked t[i], VNULL if out of range (no exception). */
static inline Value
tuple_get_fast(TupleObj *t, int64_t i)
{
    if (i < 0)
        i += t->len;
    if ((uint64_t)i >= (uint64_t)t->len)
        return VNULL;
    return t->items[i];
}

static inline Value
tuple_iter_next_fast(TupleIterObj *it)
{
    if (it->seq) {
        TupleObj *t = (TupleObj *)val_as_obj(it->seq);
        if (it->index < t->len)
            return t->items[it->index++];
        it->seq = VNULL;
    }
    return VNULL;
}

#endif
