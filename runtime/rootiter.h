/* runtime/rootiter.h: walk a Python iterable from C with the iterator and the current item rooted.
 * SPDX-License-Identifier: MIT
 *
 * A loop that calls Python code for each item (__hash__, __eq__, a user
 * __iter__) must keep the iterator and the item reachable across the call,
 * since the collector may run there.  set.c and dict.c each spelled that
 * bookkeeping out several times; these inline steps are the one copy.  They
 * are inline so a per-item loop costs exactly what the hand-written ones did.
 *
 *     RootIter ri;
 *     if (rootiter_begin(ts, &ri, iterable) < 0)
 *         return -1;
 *     Value x;
 *     while ((x = rootiter_next(ts, &ri)))
 *         ...;                      // break out early as needed
 *     int failed = rootiter_end(ts, x);  // pops both roots
 */
#ifndef GILPY_ROOTITER_H
#define GILPY_ROOTITER_H

#include "object.h"
#include "tstate.h"

typedef struct {
    Value it;
    int slot; /* root slot holding the current item; callers may replace it */
} RootIter;

/* Pushes the iterator and an item slot: 0, or -1 (error set, nothing pushed). */
static inline int
rootiter_begin(ThreadState *ts, RootIter *ri, Value iterable)
{
    ri->it = obj_iter(ts, iterable);
    if (!ri->it)
        return -1;
    ts_push_root(ts, ri->it);
    ri->slot = ts->nroots;
    ts_push_root(ts, VNULL);
    return 0;
}

/* The next item, kept rooted until the following call; VNULL at the end or on error. */
static inline Value
rootiter_next(ThreadState *ts, RootIter *ri)
{
    Value x = obj_next(ts, ri->it);
    ts_set_root(ts, ri->slot, x);
    return x;
}

/* Pops the roots; `last` is the last item seen.  True when the iteration itself
 * failed (last is VNULL with an exception set), false when it ended or was left. */
static inline bool
rootiter_end(ThreadState *ts, Value last)
{
    ts_pop_roots(ts, 2);
    return !last && ts_has_exc(ts);
}

/* isdisjoint() against any iterable: False at the first item of `other` that
 * contains(ts, self, item) finds.  Inline, so `contains` is a direct call. */
static inline Value
rootiter_disjoint(ThreadState *ts, Value other, Value self,
                  int (*contains)(ThreadState *, Value, Value))
{
    RootIter ri;
    if (rootiter_begin(ts, &ri, other) < 0)
        return VNULL;
    Value x;
    int in = 0;
    while ((x = rootiter_next(ts, &ri)) && !(in = contains(ts, self, x)))
        continue;
    if (rootiter_end(ts, x) || in < 0)
        return VNULL;
    return val_bool(!in);
}

#endif
