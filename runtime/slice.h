/* runtime/slice.h: slice objects (start:stop:step) and index normalisation.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_SLICE_H
#define GILPY_SLICE_H

#include "object.h"

typedef struct SliceObj {
    Obj base;
    Value start, stop, step;
} SliceObj;

static inline bool
slice_check(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &SliceType;
}

/* slice(start, stop, step); pass V_NONE for omitted parts. */
Value slice_new(ThreadState *ts, Value start, Value stop, Value step) SP_RAISES;

/* Normalise slice against a sequence of length len, CPython's
 * PySlice_GetIndicesEx: ValueError "slice step cannot be zero". */
int slice_indices(ThreadState *ts, Value slice, int64_t len, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen) SP_RAISES;

#endif
