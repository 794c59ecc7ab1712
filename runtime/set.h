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
    int32_t repr_busy;
} SetObj;

bool set_check(Value v); /* set, frozenset or subclasses */
Value set_new(ThreadState *ts, Type *t) SP_RAISES; /* empty set or frozenset */
int set_add(ThreadState *ts, Value s, Value key) SP_RAISES;
int set_contains(ThreadState *ts, Value s, Value key) SP_RAISES;
int set_discard(ThreadState *ts, Value s, Value key) SP_RAISES; /* 1 removed, 0 absent */
int set_update(ThreadState *ts, Value s, Value iterable) SP_RAISES;
bool set_next(Value s, int64_t *pos, Value *key);
/* s op= other for op in NB_AND, NB_OR, NB_SUB, NB_XOR; other any iterable. */
int set_inplace_op(ThreadState *ts, Value s, Value other, int op) SP_RAISES;
Value set_from_iterable(ThreadState *ts, Type *t, Value iterable) SP_RAISES;
/* The frozenset constant CPython 3.11's compiler makes for a set display of
 * constants ({1, 2, 3} compiles to BUILD_SET 0; LOAD_CONST <this>;
 * SET_UPDATE 1): built from the items in source order, then rebuilt from
 * that frozenset's iteration order (merge_consts_recursive).  Using it is
 * what makes such a set iterate in CPython's order. */
Value set_const_frozenset(ThreadState *ts, const Value *items, int64_t n) SP_RAISES;

static inline SetObj *
set_as(Value v)
{
    return (SetObj *)val_as_obj(v);
}

/* set_iterator */
typedef struct SetIterObj {
    Obj base;
    Value set;      /* VNULL once exhausted */
    int64_t pos;
    int64_t used;   /* size when created */
    int64_t left;
} SetIterObj;

#endif
