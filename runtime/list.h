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
} ListObj;

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

#endif
