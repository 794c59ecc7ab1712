/* runtime/dict.h: Python dict, compact and insertion-ordered.
 * SPDX-License-Identifier: MIT
 *
 * An index table of int32 slots (-1 empty, -2 deleted) over a dense array of
 * entries in insertion order (CPython's layout).  Lookups by interned str
 * compare the pointer, then the cached hash, then the bytes.  Lookups may
 * call Python __hash__/__eq__, so they may fail (-1) and may run the VM.
 */
#ifndef GILPY_DICT_H
#define GILPY_DICT_H

#include "object.h"

typedef struct DictEntry {
    int64_t hash;
    Value key;   /* VNULL: deleted entry */
    Value value;
} DictEntry;

typedef struct DictObj {
    Obj base;
    Value dict;          /* __dict__ for subclass instances */
    int64_t used;        /* live entries */
    int64_t nentries;    /* entries used in the dense array (live + deleted) */
    int64_t cap;         /* dense array capacity */
    int64_t nindex;      /* index table size, power of two */
    int32_t *index;
    DictEntry *entries;
    uint64_t version;    /* bumped on every mutation (caches, iteration checks) */
} DictObj;

static inline DictObj *
dict_as(Value v)
{
    return (DictObj *)val_as_obj(v);
}

bool dict_check(Value v);
Value dict_new(ThreadState *ts) SP_RAISES;
/* 1 found (*out set), 0 absent, -1 error. */
int dict_lookup(ThreadState *ts, Value d, Value key, Value *out) SP_RAISES;
/* Lookup by a str key without possible failure (str hash/eq never run Python). */
Value dict_get_str(Value d, StrObj *key); /* VNULL if absent */
Value dict_get_cstr(ThreadState *ts, Value d, const char *key);
int dict_set(ThreadState *ts, Value d, Value key, Value v) SP_RAISES;
int dict_set_str(ThreadState *ts, Value d, StrObj *key, Value v) SP_RAISES;
int dict_set_cstr(ThreadState *ts, Value d, const char *key, Value v) SP_RAISES;
/* 1 deleted, 0 absent (no exception), -1 error. */
int dict_del(ThreadState *ts, Value d, Value key) SP_RAISES;
/* Iterate live entries: for (int64_t i = 0; dict_next(d, &i, &k, &v);) */
bool dict_next(Value d, int64_t *pos, Value *key, Value *value);
Value dict_copy(ThreadState *ts, Value d) SP_RAISES;
int dict_update(ThreadState *ts, Value d, Value other) SP_RAISES; /* mapping or pairs */
/* The entry index of a str key in d (for caches), -1 if absent. */
int64_t dict_find_str_index(Value d, StrObj *key);

#endif
