/* runtime/tuple.h: Python tuple, items inline.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_TUPLE_H
#define GILPY_TUPLE_H

#include "object.h"

typedef struct TupleObj {
    Obj base;
    int64_t len;
    int64_t hash_cache; /* unused by default */
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

#endif
