/* runtime/set.h: set and frozenset, with CPython's table and probing so
 * that iteration order matches CPython for int elements.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_SET_H
#define GILPY_SET_H

#include "object.h"

typedef struct SetEntry {
    int64_t hash;
    Value key; /* VNULL empty; a dummy marker for deleted */
} SetEntry;

typedef struct SetObj {
    Obj base;
    Value dict;
    int64_t fill;   /* active + dummy */
    int64_t used;   /* active */
    int64_t mask;   /* table size - 1 */
    int64_t finger;
    SetEntry *table;
    int64_t hash;   /* frozenset hash cache, -1 */
} SetObj;

bool set_check(Value v); /* set, frozenset or subclasses */
Value set_new(ThreadState *ts, Type *t) SP_RAISES; /* empty set or frozenset */
int set_add(ThreadState *ts, Value s, Value key) SP_RAISES;
int set_contains(ThreadState *ts, Value s, Value key) SP_RAISES;
int set_discard(ThreadState *ts, Value s, Value key) SP_RAISES; /* 1 removed, 0 absent */
int set_update(ThreadState *ts, Value s, Value iterable) SP_RAISES;
bool set_next(Value s, int64_t *pos, Value *key);

#endif
