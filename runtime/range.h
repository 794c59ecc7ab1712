/* runtime/range.h: range objects and their iterator, laid out for the VM.
 * SPDX-License-Identifier: MIT
 *
 * Ranges usually hold int64 bounds; FOR_ITER over a RangeIterObj can be
 * inlined by the VM with range_iter_next_fast. */
#ifndef GILPY_RANGE_H
#define GILPY_RANGE_H

#include "object.h"

/* When a bound or the length does not fit int64, `big` holds the tuple
 * (start, stop, step, length) of int Values and the int64 fields are
 * unused; iteration then goes through __getitem__. */
typedef struct RangeObj {
    Obj base;
    int64_t start, stop, step;
    int64_t length;
    Value big;
} RangeObj;

typedef struct RangeIterObj {
    Obj base;
    int64_t next, stop, step;
    int64_t remaining;
} RangeIterObj;

Value range_new(ThreadState *ts, int64_t start, int64_t stop, int64_t step) SP_RAISES;
Value range_iter_new(ThreadState *ts, int64_t start, int64_t step, int64_t len) SP_RAISES;

Value range_iternext(ThreadState *ts, Value it) SP_RAISES;
Value int_from_i64(ThreadState *ts, int64_t i) SP_RAISES;

/* FOR_ITER on a range iterator: the next value, or VNULL when exhausted
 * (or, only for values beyond the small-int range, on MemoryError: check
 * ts_has_exc). */
static inline Value
range_iter_next_fast(ThreadState *ts, RangeIterObj *it)
{
    if (it->remaining <= 0)
        return VNULL;
    int64_t v = it->next;
    it->remaining--;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    if (__builtin_expect(val_int_fits(v), 1))
        return val_from_int(v);
    return int_from_i64(ts, v);
}

#endif
