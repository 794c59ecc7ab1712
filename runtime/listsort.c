/* runtime/listsort.c: list.sort(), a timsort with type-specialised compares.
 * SPDX-License-Identifier: MIT
 *
 * The algorithm is Tim Peters' (CPython's Objects/listsort.txt): natural
 * runs extended to minrun by binary insertion, a run stack kept balanced by
 * merge_collapse, and merges that switch to galloping when one run keeps
 * winning.  Only `<` is used, the sort is stable, key= is called once per
 * item, and a compare error leaves the list a permutation of its items.
 *
 * As bpo-28685 does, the keys are pre-scanned: when they are all small
 * ints, all floats, all exact strs, or all tuples, a specialised `<` avoids
 * the generic rich comparison.
 *
 * While sorting, the list is emptied (CPython detaches ob_item) so that a
 * key function or __lt__ that mutates it can be detected; the detached
 * items and the keys stay reachable through ListObj.sorting / sortkeys.
 */
#include "contimpl.h"
#include "float.h"
#include "list.h"

#define MIN_GALLOP 7
#define MAX_PENDING 85

/* Keys, and the values moved in parallel (v NULL when keys are the values). */
typedef struct SortSlice {
    Value *k;
    Value *v;
} SortSlice;

typedef struct MergeState MergeState;
typedef int (*LtFn)(MergeState *ms, Value a, Value b);

struct MergeState {
    ThreadState *ts;
    LtFn lt;
    LtFn tuple_elem_lt; /* for tuple keys: compares first items */
    int64_t min_gallop;
    SortSlice tmp;
    int64_t tmp_cap;
    Value tmp_owner; /* the list whose item buffer is tmp (see ensure_tmp) */
    int tmp_root;    /* root slot keeping tmp_owner alive */
    int n;
    struct {
        SortSlice base;
        int64_t len;
    } pending[MAX_PENDING];
};

/* ---- compares: 1 if a < b, 0 if not, -1 on error ---- */

static int
lt_generic(MergeState *ms, Value a, Value b)
{
    if (val_is_int(a) && val_is_int(b))
        return val_as_int(a) < val_as_int(b);
    return obj_compare_bool(ms->ts, a, b, CMP_LT);
}

static int
lt_int(MergeState *ms, Value a, Value b)
{
    return (int64_t)a < (int64_t)b; /* tagged small ints order like their payloads */
}

static int
lt_float(MergeState *ms, Value a, Value b)
{
    return float_as_double(a) < float_as_double(b);
}

static int
lt_str(MergeState *ms, Value a, Value b)
{
    StrObj *x = str_as(a), *y = str_as(b);
    int64_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c)
        return c < 0;
    return x->size < y->size;
}

static int
lt_tuple(MergeState *ms, Value a, Value b)
{
    TupleObj *x = tuple_as(a), *y = tuple_as(b);
    int64_t n = x->len < y->len ? x->len : y->len;
    int64_t i;
    for (i = 0; i < n; i++) {
        Value p = x->items[i], q = y->items[i];
        if (p == q)
            continue;
        if (val_is_int(p) && val_is_int(q))
            break;
        int eq = obj_eq(ms->ts, p, q);
        if (eq < 0)
            return -1;
        if (!eq)
            break;
    }
    if (i >= n)
        return x->len < y->len;
    if (i == 0)
        return ms->tuple_elem_lt(ms, x->items[0], y->items[0]);
    return lt_generic(ms, x->items[i], y->items[i]);
}

static inline bool
is_str_exact(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &StrType;
}

static inline bool
is_tuple_exact(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &TupleType;
}

/* Pick the cheapest correct `<` for an array of keys (homogeneous types). */
static LtFn
choose_lt(const Value *k, int64_t n, bool first_items)
{
    bool ints = true, floats = true, strs = true, tuples = !first_items;
    for (int64_t i = 0; i < n && (ints || floats || strs || tuples); i++) {
        Value v = k[i];
        if (first_items) {
            if (tuple_as(v)->len == 0)
                return lt_generic;
            v = tuple_as(v)->items[0];
        }
        ints = ints && val_is_int(v);
        floats = floats && float_check_exact(v);
        strs = strs && is_str_exact(v);
        tuples = tuples && is_tuple_exact(v) && tuple_as(v)->len > 0;
    }
    if (ints)
        return lt_int;
    if (floats)
        return lt_float;
    if (strs)
        return lt_str;
    if (tuples)
        return lt_tuple;
    return lt_generic;
}

/* ---- slice helpers: every move applies to keys and values ---- */

static inline SortSlice
ss_at(SortSlice s, int64_t i)
{
    SortSlice r = {s.k + i, s.v ? s.v + i : NULL};
    return r;
}

static inline void
ss_copy(SortSlice dst, SortSlice src, int64_t n)
{
    memcpy(dst.k, src.k, (size_t)n * sizeof(Value));
    if (dst.v)
        memcpy(dst.v, src.v, (size_t)n * sizeof(Value));
}

static inline void
ss_move(SortSlice dst, SortSlice src, int64_t n)
{
    memmove(dst.k, src.k, (size_t)n * sizeof(Value));
    if (dst.v)
        memmove(dst.v, src.v, (size_t)n * sizeof(Value));
}

static inline void
ss_set(SortSlice dst, int64_t i, SortSlice src, int64_t j)
{
    dst.k[i] = src.k[j];
    if (dst.v)
        dst.v[i] = src.v[j];
}

static void
ss_reverse(SortSlice s, int64_t n)
{
    list_reverse_items(s.k, s.k + n);
    if (s.v)
        list_reverse_items(s.v, s.v + n);
}

/* While a merge runs __lt__ (Python code, so the GC), some items live only
 * in the copy of a run, and the list's `sorting` array holds duplicates in
 * their place.  So tmp is the item buffer of a rooted list object that the
 * GC marks; entries left from earlier merges are items of the same sort. */
static int
ensure_tmp(MergeState *ms, int64_t need, bool values)
{
    if (need <= ms->tmp_cap)
        return 0;
    int64_t total = values ? 2 * need : need;
    Value owner = list_new(ms->ts, total);
    if (!owner)
        return -1;
    ListObj *l = list_as(owner);
    memset(l->items, 0, (size_t)total * sizeof(Value));
    l->len = total;
    ms->tmp_owner = owner;
    ts_set_root(ms->ts, ms->tmp_root, owner);
    ms->tmp.k = l->items;
    ms->tmp.v = values ? l->items + need : NULL;
    ms->tmp_cap = need;
    return 0;
}

static int64_t
compute_minrun(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* The generic instance: any `<` through ms->lt. */
#define SORT_NAME(f) f##_generic
#define SORT_LT(ms, a, b) ((ms)->lt((ms), (a), (b)))
#include "listsort_tmpl.h"
#undef SORT_NAME
#undef SORT_LT

/* Tuples whose first items are all small ints: decide on the first items
 * inline, fall back to the full tuple compare when they are equal. */
static inline int
lt_tuple_int1(MergeState *ms, Value a, Value b)
{
    Value p = tuple_as(a)->items[0], q = tuple_as(b)->items[0];
    if (p != q)
        return (int64_t)p < (int64_t)q;
    return lt_tuple(ms, a, b);
}

#define SORT_NAME(f) f##_tuple_int
#define SORT_LT(ms, a, b) lt_tuple_int1((ms), (a), (b))
#include "listsort_tmpl.h"
#undef SORT_NAME
#undef SORT_LT

/* Small-int keys: tagged words order like their payloads. */
#define SORT_NAME(f) f##_int
#define SORT_LT(ms, a, b) ((int)((int64_t)(a) < (int64_t)(b)))
#include "listsort_tmpl.h"
#undef SORT_NAME
#undef SORT_LT

int
list_sort(ThreadState *ts, Value list, Value key, bool reverse)
{
    ListObj *l = list_as(list);
    int nroots = ts->nroots;
    ts_push_root(ts, list);
    if (key)
        ts_push_root(ts, key);

    /* Detach the items: the list looks empty while user code runs. */
    Value *items = l->items;
    int64_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    l->sorting = items;
    l->nsorting = n;
    Value *keys = NULL;
    int rc = 0;

    if (key && n > 0) {
        keys = calloc((size_t)n, sizeof(Value));
        if (!keys) {
            exc_no_memory(ts);
            rc = -1;
        }
        l->sortkeys = keys;
        for (int64_t i = 0; i < n && rc == 0; i++) {
            Value k = obj_call(ts, key, &items[i], 1, VNULL);
            if (!k)
                rc = -1;
            else
                keys[i] = k;
        }
    }
    if (rc == 0 && n > 1) {
        SortSlice s = {keys ? keys : items, keys ? items : NULL};
        if (reverse)
            ss_reverse(s, n);
        MergeState ms = {.ts = ts, .min_gallop = MIN_GALLOP, .tmp_root = ts->nroots};
        ts_push_root(ts, VNULL);
        ms.lt = choose_lt(s.k, n, false);
        if (ms.lt == lt_tuple)
            ms.tuple_elem_lt = choose_lt(s.k, n, true);
        if (ms.lt == lt_int)
            rc = timsort_int(&ms, s, n);
        else if (ms.lt == lt_tuple && ms.tuple_elem_lt == lt_int)
            rc = timsort_tuple_int(&ms, s, n);
        else
            rc = timsort_generic(&ms, s, n);
        if (reverse)
            ss_reverse(s, n);
    }

    /* Re-attach; anything user code put in the list meanwhile is dropped. */
    if (l->items || l->len) {
        free(l->items);
        if (rc == 0) {
            exc_raise(ts, &ValueErrorType, "list modified during sort");
            rc = -1;
        }
    }
    l->items = items;
    l->len = n;
    l->cap = cap;
    l->sorting = NULL;
    l->sortkeys = NULL;
    l->nsorting = 0;
    free(keys);
    ts->nroots = nroots;
    return rc;
}
