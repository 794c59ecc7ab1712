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
    int32_t nonstr;      /* a key that is not an exact str was ever stored (until clear) */
    int32_t repr_busy;   /* recursion guard for repr: '{...}' */
} DictObj;

/* dict_keys / dict_values / dict_items */
typedef struct DictViewObj {
    Obj base;
    Value dict;
} DictViewObj;

/* Iterator over keys, values or items (kind), forwards or reversed. */
enum { DICT_ITER_KEYS, DICT_ITER_VALUES, DICT_ITER_ITEMS };
typedef struct DictIterObj {
    Obj base;
    Value dict;          /* VNULL once exhausted */
    int64_t pos;         /* next entry index (reversed: current index, counting down) */
    int64_t used;        /* dict size when the iterator was made */
    int64_t left;        /* items still expected */
    int32_t kind;
    int32_t reversed;
} DictIterObj;

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
/* d[key] with __missing__ for subclasses; KeyError(key) if absent. */
Value dict_getitem(ThreadState *ts, Value d, Value key) SP_RAISES;
int dict_contains(ThreadState *ts, Value d, Value key) SP_RAISES;
/* Lookup with a precomputed hash: 1 found, 0 absent, -1 error. */
int dict_lookup_hash(ThreadState *ts, Value d, Value key, int64_t hash, Value *out) SP_RAISES;
int dict_set_hash(ThreadState *ts, Value d, Value key, int64_t hash, Value v) SP_RAISES;
/* Merge: override 0 keeps existing keys, 1 replaces, 2 raises KeyError on a
 * duplicate (used for **kwargs: the key is the exception's argument). */
int dict_merge(ThreadState *ts, Value d, Value other, int override) SP_RAISES;
void dict_clear(Value d);
Value dict_keys_list(ThreadState *ts, Value d) SP_RAISES;
Value dict_iter_new(ThreadState *ts, Value d, int kind, bool reversed) SP_RAISES;
Value dict_view_new(ThreadState *ts, Value d, Type *viewtype) SP_RAISES;

static inline int64_t
dict_len(Value d)
{
    return dict_as(d)->used;
}

#endif
