/* runtime/dict.c: dict, its views and iterators.
 * SPDX-License-Identifier: MIT
 *
 * CPython's compact layout: an open-addressing index table of int32 slots
 * (-1 empty, -2 deleted) pointing into a dense entry array kept in
 * insertion order.  Deleting leaves a hole (key VNULL) in the entries; a
 * resize compacts them.  Probing uses CPython's perturbation recurrence.
 *
 * A lookup with a non-str key may run Python code (__eq__).  If that code
 * changes the table, the lookup restarts, as CPython does.  Every
 * mutation bumps `version`, which the VM's caches guard on.
 */
#include "dict.h"

#include "contimpl.h"
#include "list.h"
#include "rootiter.h"
#include "set.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_INDEX 8
#define PERTURB_SHIFT 5
#define USABLE(n) (((n) << 1) / 3)

enum { LK_ABSENT = -1, LK_ERROR = -2 };

bool
dict_check(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type->flags & TF_DICT_SUBCLASS);
}

static inline bool
is_exact_str(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &StrType;
}

static Value
dict_alloc(ThreadState *ts, Type *t)
{
    DictObj *d = gc_alloc(ts, t, t->basicsize ? t->basicsize : sizeof(DictObj));
    return d ? val_from_obj(d) : VNULL;
}

Value
dict_new(ThreadState *ts)
{
    return dict_alloc(ts, &DictType);
}

static inline int64_t
key_hash(ThreadState *ts, Value key)
{
    if (is_exact_str(key))
        return str_hash(str_as(key));
    if (val_is_int(key))
        return int_hash(key);
    return obj_hash(ts, key);
}

/* (Re)build the index for nindex slots and compact entries into cap slots. */
static int
dict_rebuild(ThreadState *ts, DictObj *d, int64_t nindex)
{
    int64_t cap = USABLE(nindex);
    int32_t *index = malloc((size_t)nindex * sizeof(int32_t));
    DictEntry *entries = malloc((size_t)cap * sizeof(DictEntry));
    if (!index || !entries || nindex > ((int64_t)1 << 31)) {
        free(index);
        free(entries);
        exc_no_memory(ts);
        return -1;
    }
    memset(index, 0xff, (size_t)nindex * sizeof(int32_t));
    gc_account(ts, (long)(nindex * (int64_t)sizeof(int32_t) + cap * (int64_t)sizeof(DictEntry)));
    uint64_t mask = (uint64_t)nindex - 1;
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!e->key)
            continue;
        entries[n] = *e;
        uint64_t perturb = (uint64_t)e->hash;
        uint64_t j = perturb & mask;
        while (index[j] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            j = (j * 5 + perturb + 1) & mask;
        }
        index[j] = (int32_t)n;
        n++;
    }
    free(d->index);
    free(d->entries);
    d->index = index;
    d->entries = entries;
    d->nindex = nindex;
    d->cap = cap;
    d->nentries = n;
    d->used = n;
    return 0;
}

static int
dict_grow(ThreadState *ts, DictObj *d)
{
    int64_t want = d->used * 3;
    int64_t n = MIN_INDEX;
    while (n < want)
        n <<= 1;
    return dict_rebuild(ts, d, n);
}

/* Find key: entry index (>= 0), LK_ABSENT or LK_ERROR.  *slot gets the index
 * table slot of the entry found. */
static int64_t
lookup(ThreadState *ts, DictObj *d, Value key, int64_t hash, int64_t *slot)
{
restart:
    if (!d->nindex)
        return LK_ABSENT;
    uint64_t mask = (uint64_t)d->nindex - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = perturb & mask;
    bool kstr = is_exact_str(key);
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY)
            return LK_ABSENT;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key) {
                *slot = (int64_t)i;
                return ix;
            }
            if (e->hash == hash) {
                Value sk = e->key;
                if (kstr && is_exact_str(sk)) {
                    if (str_eq(str_as(sk), str_as(key))) {
                        *slot = (int64_t)i;
                        return ix;
                    }
                } else if (!(val_is_int(sk) && val_is_int(key))) {
                    DictEntry *entries = d->entries;
                    int eq = obj_eq(ts, sk, key);
                    if (eq < 0)
                        return LK_ERROR;
                    if (entries != d->entries || d->nindex - 1 != (int64_t)mask ||
                        d->index[i] != ix || d->entries[ix].key != sk)
                        goto restart;
                    if (eq) {
                        *slot = (int64_t)i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* A free index slot for a key known to be absent. */
static int64_t
free_slot(DictObj *d, int64_t hash)
{
    uint64_t mask = (uint64_t)d->nindex - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = perturb & mask;
    while (d->index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

int
dict_lookup_hash(ThreadState *ts, Value dv, Value key, int64_t hash, Value *out)
{
    int64_t slot;
    DictObj *d = dict_as(dv);
    int64_t ix = lookup(ts, d, key, hash, &slot);
    if (ix == LK_ERROR)
        return -1;
    if (ix == LK_ABSENT)
        return 0;
    *out = d->entries[ix].value;
    return 1;
}

static int64_t lookup_str(DictObj *d, StrObj *key);

int
dict_lookup(ThreadState *ts, Value d, Value key, Value *out)
{
    DictObj *o = dict_as(d);
    if (!o->nonstr && is_exact_str(key)) {
        /* only str keys: no Python code can be involved */
        int64_t ix = lookup_str(o, str_as(key));
        if (ix < 0)
            return 0;
        *out = o->entries[ix].value;
        return 1;
    }
    int64_t h = key_hash(ts, key);
    if (h == -1 && ts_has_exc(ts))
        return -1;
    return dict_lookup_hash(ts, d, key, h, out);
}

/* Str lookup that never runs Python: entry index or -1. */
static int64_t
lookup_str(DictObj *d, StrObj *key)
{
    if (!d->nindex)
        return -1;
    int64_t hash = str_hash(key);
    uint64_t mask = (uint64_t)d->nindex - 1;
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = perturb & mask;
    Value kv = val_from_obj(key);
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY)
            return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == kv)
                return ix;
            if (e->hash == hash && is_exact_str(e->key) && str_eq(str_as(e->key), key))
                return ix;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

Value
dict_get_str(Value d, StrObj *key)
{
    int64_t ix = lookup_str(dict_as(d), key);
    return ix < 0 ? VNULL : dict_as(d)->entries[ix].value;
}

int64_t
dict_find_str_index(Value d, StrObj *key)
{
    return lookup_str(dict_as(d), key);
}

Value
dict_get_cstr(ThreadState *ts, Value d, const char *key)
{
    Value k = str_from_cstr(ts, key);
    if (!k) {
        exc_clear(ts);
        return VNULL;
    }
    return dict_get_str(d, str_as(k));
}

/* Append a new entry for an absent key (no Python code runs). */
static int
insert_new(ThreadState *ts, DictObj *d, Value key, int64_t hash, Value v)
{
    if (d->nentries >= d->cap && dict_grow(ts, d) < 0)
        return -1;
    int64_t slot = free_slot(d, hash);
    DictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = v;
    d->index[slot] = (int32_t)d->nentries;
    d->nentries++;
    d->used++;
    d->version++;
    if (!is_exact_str(key))
        d->nonstr = 1;
    return 0;
}

int
dict_set_hash(ThreadState *ts, Value dv, Value key, int64_t hash, Value v)
{
    DictObj *d = dict_as(dv);
    int64_t slot;
    int64_t ix = lookup(ts, d, key, hash, &slot);
    if (ix == LK_ERROR)
        return -1;
    if (ix >= 0) {
        d->entries[ix].value = v;
        d->version++;
        return 0;
    }
    return insert_new(ts, d, key, hash, v);
}

int
dict_set(ThreadState *ts, Value d, Value key, Value v)
{
    if (!dict_as(d)->nonstr && is_exact_str(key))
        return dict_set_str(ts, d, str_as(key), v);
    int64_t h = key_hash(ts, key);
    if (h == -1 && ts_has_exc(ts))
        return -1;
    return dict_set_hash(ts, d, key, h, v);
}

int
dict_set_str(ThreadState *ts, Value dv, StrObj *key, Value v)
{
    DictObj *d = dict_as(dv);
    if (d->nonstr)
        return dict_set(ts, dv, val_from_obj(key), v);
    int64_t ix = lookup_str(d, key);
    if (ix >= 0) {
        d->entries[ix].value = v;
        d->version++;
        return 0;
    }
    return insert_new(ts, d, val_from_obj(key), str_hash(key), v);
}

int
dict_set_cstr(ThreadState *ts, Value d, const char *key, Value v)
{
    StrObj *k = str_intern(ts, key);
    if (!k)
        return -1;
    return dict_set_str(ts, d, k, v);
}

static void
delete_at(DictObj *d, int64_t slot, int64_t ix)
{
    d->index[slot] = IX_DUMMY;
    d->entries[ix].key = VNULL;
    d->entries[ix].value = VNULL;
    d->used--;
    d->version++;
}

int
dict_del(ThreadState *ts, Value dv, Value key)
{
    int64_t h = key_hash(ts, key);
    if (h == -1 && ts_has_exc(ts))
        return -1;
    DictObj *d = dict_as(dv);
    int64_t slot;
    int64_t ix = lookup(ts, d, key, h, &slot);
    if (ix == LK_ERROR)
        return -1;
    if (ix == LK_ABSENT)
        return 0;
    delete_at(d, slot, ix);
    return 1;
}

bool
dict_next(Value dv, int64_t *pos, Value *key, Value *value)
{
    DictObj *d = dict_as(dv);
    int64_t i = *pos;
    while (i < d->nentries && !d->entries[i].key)
        i++;
    if (i >= d->nentries)
        return false;
    if (key)
        *key = d->entries[i].key;
    if (value)
        *value = d->entries[i].value;
    *pos = i + 1;
    return true;
}

void
dict_clear(Value dv)
{
    DictObj *d = dict_as(dv);
    free(d->index);
    free(d->entries);
    d->index = NULL;
    d->entries = NULL;
    d->nindex = d->cap = d->nentries = d->used = 0;
    d->nonstr = 0;
    d->version++;
}

/* Copy all entries of src into the empty dict dst. */
static int
copy_into(ThreadState *ts, DictObj *dst, DictObj *src)
{
    if (!src->used)
        return 0;
    /* dst is empty but may still own the arrays of deleted entries */
    free(dst->index);
    free(dst->entries);
    dst->index = NULL;
    dst->entries = NULL;
    dst->nindex = dst->cap = dst->nentries = dst->used = 0;
    if (src->used == src->nentries) {
        dst->index = malloc((size_t)src->nindex * sizeof(int32_t));
        dst->entries = malloc((size_t)src->cap * sizeof(DictEntry));
        if (!dst->index || !dst->entries) {
            free(dst->index);
            free(dst->entries);
            dst->index = NULL;
            dst->entries = NULL;
            exc_no_memory(ts);
            return -1;
        }
        gc_account(ts, (long)(src->nindex * (int64_t)sizeof(int32_t) +
                              src->cap * (int64_t)sizeof(DictEntry)));
        memcpy(dst->index, src->index, (size_t)src->nindex * sizeof(int32_t));
        memcpy(dst->entries, src->entries, (size_t)src->nentries * sizeof(DictEntry));
        dst->nindex = src->nindex;
        dst->cap = src->cap;
        dst->nentries = dst->used = src->used;
    } else {
        for (int64_t i = 0; i < src->nentries; i++) {
            DictEntry *e = &src->entries[i];
            if (e->key && insert_new(ts, dst, e->key, e->hash, e->value) < 0)
                return -1;
        }
    }
    dst->nonstr = src->nonstr;
    dst->version++;
    return 0;
}

Value
dict_copy(ThreadState *ts, Value d)
{
    Value r = dict_new(ts);
    if (!r || copy_into(ts, dict_as(r), dict_as(d)) < 0)
        return VNULL;
    return r;
}

static Value dict_iter(ThreadState *ts, Value d);

/* The key and value of update-sequence element #n (CPython's messages).  Other
 * sequences than 2-tuples and 2-lists go through tuple(); that tuple replaces the
 * item in root slot `slot` so k and v stay reachable. */
static int
update_pair(ThreadState *ts, Value item, int64_t n, int slot, Value *k, Value *v)
{
    if (list_check(item) && list_as(item)->len == 2) {
        *k = list_as(item)->items[0];
        *v = list_as(item)->items[1];
        return 0;
    }
    Value t = item;
    if (!tuple_check(item) || tuple_as(item)->len != 2) {
        if (!val_type(item)->iter && !type_lookup(val_type(item), NAME(ts, __getitem__))) {
            exc_raise(ts, &TypeErrorType,
                      "cannot convert dictionary update sequence element #%lld to a sequence",
                      (long long)n);
            return -1;
        }
        t = tuple_from_iterable(ts, item);
        if (!t)
            return -1;
        if (tuple_as(t)->len != 2) {
            exc_raise(ts, &ValueErrorType,
                      "dictionary update sequence element #%lld has length %lld; 2 is required",
                      (long long)n, (long long)tuple_as(t)->len);
            return -1;
        }
        ts_set_root(ts, slot, t);
    }
    *k = tuple_as(t)->items[0];
    *v = tuple_as(t)->items[1];
    return 0;
}

/* Merge from an iterable of pairs; override 0 keeps the keys d already has. */
static int
merge_pairs(ThreadState *ts, Value d, Value pairs, int override)
{
    RootIter ri;
    if (rootiter_begin(ts, &ri, pairs) < 0)
        return -1;
    int rc = 0;
    Value item;
    for (int64_t n = 0; (item = rootiter_next(ts, &ri)); n++) {
        Value k, v;
        int has = 0;
        if (update_pair(ts, item, n, ri.slot, &k, &v) < 0 ||
            (!override && (has = dict_contains(ts, d, k)) < 0) ||
            (!has && dict_set(ts, d, k, v) < 0)) {
            rc = -1;
            break;
        }
    }
    if (rootiter_end(ts, item))
        rc = -1;
    return rc;
}

int
dict_merge(ThreadState *ts, Value d, Value other, int override)
{
    if (dict_check(other) && val_type(other)->iter == dict_iter) {
        DictObj *o = dict_as(other);
        if (dict_as(d)->used == 0 && override != 2 && d != other && o->used &&
            val_is(d, &DictType))
            return copy_into(ts, dict_as(d), o);
        for (int64_t i = 0; i < o->nentries; i++) {
            DictEntry e = o->entries[i];
            if (!e.key)
                continue;
            if (override != 1) {
                Value dummy;
                int has = dict_lookup_hash(ts, d, e.key, e.hash, &dummy);
                if (has < 0)
                    return -1;
                if (has) {
                    if (override == 2) {
                        exc_raise_arg(ts, &KeyErrorType, e.key);
                        return -1;
                    }
                    continue;
                }
            }
            if (dict_set_hash(ts, d, e.key, e.hash, e.value) < 0)
                return -1;
            if (i >= o->nentries)
                break;
        }
        return 0;
    }
    Value keys = obj_lookup_attr(ts, other, NAME(ts, keys));
    if (!keys) {
        if (ts_has_exc(ts))
            return -1;
        return merge_pairs(ts, d, other, override);
    }
    ts_push_root(ts, keys);
    Value klist = obj_call0(ts, keys);
    ts_pop_roots(ts, 1);
    if (!klist)
        return -1;
    ts_push_root(ts, klist);
    Value it = obj_iter(ts, klist);
    int rc = it ? 0 : -1;
    if (it)
        ts_push_root(ts, it);
    int kslot = ts->nroots;
    ts_push_root(ts, VNULL);
    while (it) {
        Value k = obj_next(ts, it);
        ts_set_root(ts, kslot, k);
        if (!k) {
            rc = ts_has_exc(ts) ? -1 : 0;
            break;
        }
        if (override != 1) {
            int has = dict_contains(ts, d, k);
            if (has < 0) {
                rc = -1;
                break;
            }
            if (has) {
                if (override == 2) {
                    exc_raise_arg(ts, &KeyErrorType, k);
                    rc = -1;
                    break;
                }
                continue;
            }
        }
        Value v = obj_getitem(ts, other, k);
        ts_push_root(ts, v);
        rc = v ? dict_set(ts, d, k, v) : -1;
        ts_pop_roots(ts, 1);
        if (rc < 0)
            break;
    }
    ts_pop_roots(ts, it ? 3 : 2);
    return rc;
}

int
dict_update(ThreadState *ts, Value d, Value other)
{
    return dict_merge(ts, d, other, 1);
}

int
dict_contains(ThreadState *ts, Value d, Value key)
{
    Value dummy;
    return dict_lookup(ts, d, key, &dummy);
}

Value
dict_getitem(ThreadState *ts, Value d, Value key)
{
    Value v;
    int r = dict_lookup(ts, d, key, &v);
    if (r > 0)
        return v;
    if (r < 0)
        return VNULL;
    Type *t = val_type(d);
    if (t != &DictType) {
        Value missing = type_lookup(t, NAME(ts, __missing__));
        if (missing) {
            Value args[2] = {d, key};
            return obj_call(ts, missing, args, 2, VNULL);
        }
    }
    return exc_raise_arg(ts, &KeyErrorType, key);
}

Value
dict_keys_list(ThreadState *ts, Value dv)
{
    DictObj *d = dict_as(dv);
    Value l = list_new(ts, d->used);
    if (!l)
        return VNULL;
    for (int64_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key)
            list_as(l)->items[list_as(l)->len++] = d->entries[i].key;
    return l;
}

/* ---- slots ---- */

static void
dict_mark(GC *gc, Obj *o)
{
    DictObj *d = (DictObj *)o;
    gc_mark(gc, d->dict);
    for (int64_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key) {
            gc_mark(gc, d->entries[i].key);
            gc_mark(gc, d->entries[i].value);
        }
    }
}

static void
dict_finalize(Obj *o)
{
    DictObj *d = (DictObj *)o;
    free(d->index);
    free(d->entries);
    d->index = NULL;
    d->entries = NULL;
}

static Value
dict_repr(ThreadState *ts, Value dv)
{
    DictObj *d = dict_as(dv);
    if (d->used == 0)
        return str_from_cstr(ts, "{}");
    if (d->repr_busy)
        return str_from_cstr(ts, "{...}");
    d->repr_busy = 1;
    ContBuf b = {0};
    cbuf_puts(&b, "{");
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (!e.key)
            continue;
        if (!first)
            cbuf_puts(&b, ", ");
        first = false;
        if (cbuf_repr(ts, &b, e.key) < 0 || cbuf_puts(&b, ": ") < 0 ||
            cbuf_repr(ts, &b, e.value) < 0) {
            d->repr_busy = 0;
            cbuf_free(&b);
            return VNULL;
        }
    }
    cbuf_puts(&b, "}");
    d->repr_busy = 0;
    return cbuf_finish(ts, &b);
}

static int
dict_equal(ThreadState *ts, Value a, Value b)
{
    DictObj *x = dict_as(a);
    if (x->used != dict_as(b)->used)
        return 0;
    for (int64_t i = 0; i < x->nentries; i++) {
        DictEntry e = x->entries[i];
        if (!e.key)
            continue;
        Value bv;
        int r = dict_lookup_hash(ts, b, e.key, e.hash, &bv);
        if (r <= 0)
            return r;
        if (bv == e.value)
            continue;
        r = obj_eq(ts, e.value, bv);
        if (r <= 0)
            return r;
    }
    return 1;
}

static Value
dict_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!dict_check(a) || !dict_check(b) || (op != CMP_EQ && op != CMP_NE))
        return V_NOTIMPL;
    int r = dict_equal(ts, a, b);
    if (r < 0)
        return VNULL;
    return val_bool(op == CMP_EQ ? r : !r);
}

static Value
dict_iter(ThreadState *ts, Value d)
{
    return dict_iter_new(ts, d, DICT_ITER_KEYS, false);
}

static int64_t
dict_len_slot(ThreadState *ts, Value d)
{
    return dict_as(d)->used;
}

static int
dict_setitem(ThreadState *ts, Value d, Value key, Value v)
{
    if (v)
        return dict_set(ts, d, key, v);
    int r = dict_del(ts, d, key);
    if (r == 0) {
        exc_raise_arg(ts, &KeyErrorType, key);
        return -1;
    }
    return r < 0 ? -1 : 0;
}

static Value
dict_or(ThreadState *ts, Value a, Value b)
{
    if (!dict_check(a) || !dict_check(b))
        return V_NOTIMPL;
    Value r = dict_copy(ts, a);
    if (!r)
        return VNULL;
    ts_push_root(ts, r);
    int rc = dict_update(ts, r, b);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : r;
}

static Value
dict_ior(ThreadState *ts, Value a, Value b)
{
    if (!dict_check(a))
        return V_NOTIMPL;
    return dict_update(ts, a, b) < 0 ? VNULL : a;
}

static Value
dict_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    return dict_alloc(ts, t);
}

/* update(self, [other], **kw): shared by __init__ and update(). */
static int
update_common(ThreadState *ts, const char *fname, Value self, Value *args, int nargs,
              Value kwnames)
{
    if (nargs > 1) {
        exc_raise(ts, &TypeErrorType, "%s expected at most 1 argument, got %d", fname, nargs);
        return -1;
    }
    if (nargs == 1 && dict_update(ts, self, args[0]) < 0)
        return -1;
    int nk = kw_len(kwnames);
    for (int i = 0; i < nk; i++)
        if (dict_set(ts, self, tuple_as(kwnames)->items[i], args[nargs + i]) < 0)
            return -1;
    return 0;
}

static int
dict_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    return update_common(ts, "dict", self, args, nargs, kwnames);
}

/* ---- methods ---- */

static Value
m_keys(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.keys", nargs - 1, 0, 0) < 0)
        return VNULL;
    return dict_view_new(ts, args[0], &DictKeysType);
}

static Value
m_values(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.values", nargs - 1, 0, 0) < 0)
        return VNULL;
    return dict_view_new(ts, args[0], &DictValuesType);
}

static Value
m_items(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.items", nargs - 1, 0, 0) < 0)
        return VNULL;
    return dict_view_new(ts, args[0], &DictItemsType);
}

static Value
m_get(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.get", nargs - 1, 1, 2) < 0)
        return VNULL;
    Value v;
    int r = dict_lookup(ts, args[0], args[1], &v);
    if (r < 0)
        return VNULL;
    return r ? v : (nargs > 2 ? args[2] : V_NONE);
}

static Value
m_setdefault(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.setdefault", nargs - 1, 1, 2) < 0)
        return VNULL;
    Value dflt = nargs > 2 ? args[2] : V_NONE;
    int64_t h = key_hash(ts, args[1]);
    if (h == -1 && ts_has_exc(ts))
        return VNULL;
    Value v;
    int r = dict_lookup_hash(ts, args[0], args[1], h, &v);
    if (r < 0)
        return VNULL;
    if (r)
        return v;
    if (insert_new(ts, dict_as(args[0]), args[1], h, dflt) < 0)
        return VNULL;
    return dflt;
}

static Value
m_pop(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.pop", nargs - 1, 1, 2) < 0)
        return VNULL;
    DictObj *d = dict_as(args[0]);
    int64_t h = key_hash(ts, args[1]);
    if (h == -1 && ts_has_exc(ts))
        return VNULL;
    int64_t slot;
    int64_t ix = lookup(ts, d, args[1], h, &slot);
    if (ix == LK_ERROR)
        return VNULL;
    if (ix == LK_ABSENT) {
        if (nargs > 2)
            return args[2];
        return exc_raise_arg(ts, &KeyErrorType, args[1]);
    }
    Value v = d->entries[ix].value;
    delete_at(d, slot, ix);
    return v;
}

static Value
m_popitem(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.popitem", nargs - 1, 0, 0) < 0)
        return VNULL;
    DictObj *d = dict_as(args[0]);
    if (d->used == 0)
        return exc_raise(ts, &KeyErrorType, "popitem(): dictionary is empty");
    int64_t ix = d->nentries - 1;
    while (!d->entries[ix].key)
        ix--;
    DictEntry e = d->entries[ix];
    Value t = tuple_pack(ts, 2, e.key, e.value);
    if (!t)
        return VNULL;
    int64_t slot;
    uint64_t mask = (uint64_t)d->nindex - 1, perturb = (uint64_t)e.hash;
    uint64_t i = perturb & mask;
    while (d->index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    slot = (int64_t)i;
    delete_at(d, slot, ix);
    d->nentries = ix; /* the popped entry was the last one */
    return t;
}

static Value
m_update(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (update_common(ts, "update", args[0], args + 1, nargs - 1, kwnames) < 0)
        return VNULL;
    return V_NONE;
}

static Value
m_clear(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.clear", nargs - 1, 0, 0) < 0)
        return VNULL;
    dict_clear(args[0]);
    return V_NONE;
}

static Value
m_copy(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.copy", nargs - 1, 0, 0) < 0)
        return VNULL;
    return dict_copy(ts, args[0]);
}

struct fromkeys_ctx {
    Value d, v;
    bool exact;
};

static int
fromkeys_one(ThreadState *ts, void *p, Value k)
{
    struct fromkeys_ctx *c = p;
    return c->exact ? dict_set(ts, c->d, k, c->v) : obj_setitem(ts, c->d, k, c->v);
}

static Value
m_fromkeys(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.fromkeys", nargs - 1, 1, 2) < 0)
        return VNULL;
    Type *t = (Type *)val_as_obj(args[0]);
    Value d = t == &DictType ? dict_new(ts) : obj_call0(ts, args[0]);
    if (!d)
        return VNULL;
    struct fromkeys_ctx c = {d, nargs > 2 ? args[2] : V_NONE, val_is(d, &DictType)};
    ts_push_root(ts, d);
    int rc;
    if (c.exact && dict_check(args[1]) && val_type(args[1])->iter == dict_iter) {
        DictObj *src = dict_as(args[1]);
        rc = 0;
        for (int64_t i = 0; i < src->nentries && rc == 0; i++)
            if (src->entries[i].key)
                rc = dict_set_hash(ts, d, src->entries[i].key, src->entries[i].hash, c.v);
    } else {
        rc = cont_foreach(ts, args[1], fromkeys_one, &c);
    }
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : d;
}

static Value
m_contains(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.__contains__", nargs - 1, 1, 1) < 0)
        return VNULL;
    int r = dict_contains(ts, args[0], args[1]);
    return r < 0 ? VNULL : val_bool(r);
}

static Value
m_getitem(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.__getitem__", nargs - 1, 1, 1) < 0)
        return VNULL;
    Value v;
    int r = dict_lookup(ts, args[0], args[1], &v);
    if (r < 0)
        return VNULL;
    return r ? v : exc_raise_arg(ts, &KeyErrorType, args[1]);
}

static Value
m_setitem(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.__setitem__", nargs - 1, 2, 2) < 0)
        return VNULL;
    return dict_set(ts, args[0], args[1], args[2]) < 0 ? VNULL : V_NONE;
}

static Value
m_delitem(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, "dict.__delitem__", nargs - 1, 1, 1) < 0)
        return VNULL;
    return dict_setitem(ts, args[0], args[1], VNULL) < 0 ? VNULL : V_NONE;
}

static Value
m_len(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_from_int(dict_as(args[0])->used);
}

static Value
m_iter(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return dict_iter_new(ts, args[0], DICT_ITER_KEYS, false);
}

static Value
m_reversed(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return dict_iter_new(ts, args[0], DICT_ITER_KEYS, true);
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys, METH_DEFAULT},
    {"values", m_values, METH_DEFAULT},
    {"items", m_items, METH_DEFAULT},
    {"get", m_get, METH_DEFAULT},
    {"setdefault", m_setdefault, METH_DEFAULT},
    {"pop", m_pop, METH_DEFAULT},
    {"popitem", m_popitem, METH_DEFAULT},
    {"update", m_update, METH_DEFAULT},
    {"clear", m_clear, METH_DEFAULT},
    {"copy", m_copy, METH_DEFAULT},
    {"fromkeys", m_fromkeys, METH_CLASS},
    {"__contains__", m_contains, METH_DEFAULT},
    {"__getitem__", m_getitem, METH_DEFAULT},
    {"__setitem__", m_setitem, METH_DEFAULT},
    {"__delitem__", m_delitem, METH_DEFAULT},
    {"__len__", m_len, METH_DEFAULT},
    {"__iter__", m_iter, METH_DEFAULT},
    {"__reversed__", m_reversed, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type DictType = {
    .name = "dict",
    .basicsize = sizeof(DictObj),
    .flags = TF_BASETYPE | TF_DICT_SUBCLASS,
    .mark = dict_mark,
    .finalize = dict_finalize,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .len = dict_len_slot,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .nb = {[NB_OR] = dict_or},
    .nb_inplace = {[NB_OR] = dict_ior},
    .new_ = dict_new_slot,
    .init = dict_init,
    .methods = dict_methods,
};

/* ---- iterators ---- */

Value
dict_iter_new(ThreadState *ts, Value dv, int kind, bool reversed)
{
    DictIterObj *it = gc_alloc(ts, &DictIterType, sizeof(DictIterObj));
    if (!it)
        return VNULL;
    DictObj *d = dict_as(dv);
    it->dict = dv;
    it->kind = kind;
    it->reversed = reversed;
    it->used = d->used;
    it->left = d->used;
    it->pos = reversed ? d->nentries - 1 : 0;
    return val_from_obj(it);
}

static void
dictiter_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((DictIterObj *)o)->dict);
}

static Value
dictiter_next(ThreadState *ts, Value iv)
{
    DictIterObj *it = (DictIterObj *)val_as_obj(iv);
    if (!it->dict)
        return VNULL;
    DictObj *d = dict_as(it->dict);
    if (it->used != d->used) {
        it->used = -1; /* sticky */
        return exc_raise(ts, &RuntimeErrorType, "dictionary changed size during iteration");
    }
    int64_t i = it->pos;
    DictEntry *e = NULL;
    if (it->reversed) {
        while (i >= 0 && i < d->nentries && !d->entries[i].key)
            i--;
        if (i >= 0 && i < d->nentries)
            e = &d->entries[i];
        it->pos = i - 1;
    } else {
        while (i < d->nentries && !d->entries[i].key)
            i++;
        if (i < d->nentries)
            e = &d->entries[i];
        it->pos = i + 1;
    }
    if (!e) {
        it->dict = VNULL;
        return VNULL;
    }
    if (it->left == 0) {
        it->dict = VNULL;
        return exc_raise(ts, &RuntimeErrorType, "dictionary keys changed during iteration");
    }
    it->left--;
    switch (it->kind) {
    case DICT_ITER_KEYS: return e->key;
    case DICT_ITER_VALUES: return e->value;
    default: return tuple_pack(ts, 2, e->key, e->value);
    }
}

static Value
dictiter_length_hint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    DictIterObj *it = (DictIterObj *)val_as_obj(args[0]);
    if (!it->dict || it->used != dict_as(it->dict)->used)
        return val_from_int(0);
    return val_from_int(it->left);
}

static const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type DictIterType = {
    .name = "dict_keyiterator",
    .basicsize = sizeof(DictIterObj),
    .mark = dictiter_mark,
    .iter = cont_iter_self,
    .iternext = dictiter_next,
    .methods = dictiter_methods,
};

/* ---- views ---- */

Value
dict_view_new(ThreadState *ts, Value d, Type *viewtype)
{
    DictViewObj *v = gc_alloc(ts, viewtype, sizeof(DictViewObj));
    if (!v)
        return VNULL;
    v->dict = d;
    return val_from_obj(v);
}

static inline Value
view_dict(Value v)
{
    return ((DictViewObj *)val_as_obj(v))->dict;
}

static void
view_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((DictViewObj *)o)->dict);
}

static int64_t
view_len(ThreadState *ts, Value v)
{
    return dict_as(view_dict(v))->used;
}

static int
view_kind(Value v)
{
    Type *t = val_as_obj(v)->type;
    return t == &DictKeysType ? DICT_ITER_KEYS
                              : t == &DictValuesType ? DICT_ITER_VALUES : DICT_ITER_ITEMS;
}

static Value
view_iter(ThreadState *ts, Value v)
{
    return dict_iter_new(ts, view_dict(v), view_kind(v), false);
}

static Value
view_reversed(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return dict_iter_new(ts, view_dict(args[0]), view_kind(args[0]), true);
}

static Value
view_repr(ThreadState *ts, Value v)
{
    DictObj *d = dict_as(view_dict(v));
    if (d->repr_busy)
        return str_from_cstr(ts, "...");
    Value it = view_iter(ts, v);
    if (!it)
        return VNULL;
    Value l = list_from_iterable(ts, it);
    if (!l)
        return VNULL;
    d->repr_busy = 1;
    ts_push_root(ts, l);
    Value r = obj_repr(ts, l);
    ts_pop_roots(ts, 1);
    d->repr_busy = 0;
    if (!r)
        return VNULL;
    return str_from_fmt(ts, "%s(%s)", val_as_obj(v)->type->name, str_cstr(r));
}

static int
keys_contains(ThreadState *ts, Value v, Value x)
{
    return dict_contains(ts, view_dict(v), x);
}

static int
items_contains(ThreadState *ts, Value v, Value x)
{
    if (!tuple_check(x) || tuple_as(x)->len != 2)
        return 0;
    Value found;
    int r = dict_lookup(ts, view_dict(v), tuple_as(x)->items[0], &found);
    if (r <= 0)
        return r;
    return obj_eq(ts, found, tuple_as(x)->items[1]);
}

static int
values_contains(ThreadState *ts, Value v, Value x)
{
    DictObj *d = dict_as(view_dict(v));
    for (int64_t i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key)
            continue;
        int r = obj_eq(ts, d->entries[i].value, x);
        if (r)
            return r;
    }
    return 0;
}

static bool
is_setlike(Value v)
{
    return set_check(v) || val_is(v, &DictKeysType) || val_is(v, &DictItemsType);
}

/* Every item of a is in b. */
static int
all_contained_in(ThreadState *ts, Value a, Value b)
{
    RootIter ri;
    if (rootiter_begin(ts, &ri, a) < 0)
        return -1;
    Value x;
    int in = 1;
    while ((x = rootiter_next(ts, &ri)) && (in = obj_contains(ts, b, x)) > 0)
        continue;
    return rootiter_end(ts, x) ? -1 : in;
}

static Value
view_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!is_setlike(a) || !is_setlike(b))
        return V_NOTIMPL;
    int64_t la = obj_len(ts, a), lb = obj_len(ts, b);
    if (la < 0 || lb < 0)
        return VNULL;
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        r = la == lb ? all_contained_in(ts, a, b) : 0;
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LT: r = la < lb ? all_contained_in(ts, a, b) : 0; break;
    case CMP_LE: r = la <= lb ? all_contained_in(ts, a, b) : 0; break;
    case CMP_GT: r = la > lb ? all_contained_in(ts, b, a) : 0; break;
    default: r = la >= lb ? all_contained_in(ts, b, a) : 0; break;
    }
    return r < 0 ? VNULL : val_bool(r);
}

/* CPython's dictviews_to_set: a keys view of an exact dict converts from
 * the dict itself (set_update's dict path sizes the table up front). */
static Value
view_to_set(ThreadState *ts, Value v)
{
    Value src = v;
    if (val_is(v, &DictKeysType) && val_is(view_dict(v), &DictType))
        src = view_dict(v);
    return set_from_iterable(ts, &SetType, src);
}

/* a op b for keys/items views (either side may be the view): set(a) op= b. */
static Value
view_setop(ThreadState *ts, Value a, Value b, int nb)
{
    Value s = view_to_set(ts, a);
    if (!s)
        return VNULL;
    ts_push_root(ts, s);
    int rc = set_inplace_op(ts, s, b, nb);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : s;
}

/* A new set of the items of `iterable` that contains(ts, container, item) finds,
 * in iteration order (which decides the result's order, as in CPython). */
static Value
kept_items(ThreadState *ts, Value iterable, Value container,
           int (*contains)(ThreadState *, Value, Value))
{
    Value r = set_new(ts, &SetType);
    if (!r)
        return VNULL;
    ts_push_root(ts, r);
    RootIter ri;
    int rc = rootiter_begin(ts, &ri, iterable);
    if (rc == 0) {
        Value x;
        while ((x = rootiter_next(ts, &ri))) {
            int in = contains(ts, container, x);
            if (in < 0 || (in && set_add(ts, r, x) < 0)) {
                rc = -1;
                break;
            }
        }
        if (rootiter_end(ts, x))
            rc = -1;
    }
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : r;
}

/* CPython's _PyDictView_Intersect, which fixes the result's insertion order. */
static Value
view_and(ThreadState *ts, Value a, Value b)
{
    Value self = a, other = b;
    if (!val_is(self, &DictKeysType) && !val_is(self, &DictItemsType)) {
        self = b;
        other = a;
    }
    int64_t len_self = dict_as(view_dict(self))->used;
    /* other.intersection(self): iterates self, keeps what other has */
    if (val_is(other, &SetType) && len_self <= set_as(other)->used)
        return kept_items(ts, self, other, set_contains);
    if (val_is(other, &DictKeysType) || val_is(other, &DictItemsType)) {
        if (dict_as(view_dict(other))->used > len_self) {
            Value t = self;
            self = other;
            other = t;
        }
    }
    return kept_items(ts, other, self,
                      val_is(self, &DictKeysType) ? keys_contains : items_contains);
}

static Value
view_or(ThreadState *ts, Value a, Value b)
{
    return view_setop(ts, a, b, NB_OR);
}

static Value
view_sub(ThreadState *ts, Value a, Value b)
{
    return view_setop(ts, a, b, NB_SUB);
}

/* CPython's dictitems_xor: pairs of d2 not equal in d1, then d1's remaining pairs. */
static Value
items_xor(ThreadState *ts, Value a, Value b)
{
    Value d1 = view_dict(a), d2 = view_dict(b);
    Value tmp = dict_copy(ts, d1);
    if (!tmp)
        return VNULL;
    ts_push_root(ts, tmp);
    Value r = set_new(ts, &SetType);
    int rc = r ? 0 : -1;
    if (r)
        ts_push_root(ts, r);
    for (int64_t i = 0; rc == 0 && i < dict_as(d2)->nentries; i++) {
        DictEntry e = dict_as(d2)->entries[i];
        if (!e.key)
            continue;
        Value v1;
        int found = dict_lookup_hash(ts, tmp, e.key, e.hash, &v1);
        int del = found > 0 ? obj_eq(ts, v1, e.value) : found;
        if (del < 0) {
            rc = -1;
        } else if (del) {
            rc = dict_del(ts, tmp, e.key) < 0 ? -1 : 0;
        } else {
            Value pair = tuple_pack(ts, 2, e.key, e.value);
            rc = pair ? set_add(ts, r, pair) : -1;
        }
    }
    if (rc == 0) {
        Value items = dict_view_new(ts, tmp, &DictItemsType);
        rc = items ? set_update(ts, r, items) : -1;
    }
    ts_pop_roots(ts, r ? 2 : 1);
    return rc < 0 ? VNULL : r;
}

static Value
view_xor(ThreadState *ts, Value a, Value b)
{
    if (val_is(a, &DictItemsType) && val_is(b, &DictItemsType))
        return items_xor(ts, a, b);
    return view_setop(ts, a, b, NB_XOR);
}

static const char *
view_qual(Value v, const char *meth)
{
    return val_is(v, &DictKeysType) ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
}

static Value
view_isdisjoint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (cont_args(ts, kwnames, view_qual(args[0], "isdisjoint"), nargs - 1, 1, 1) < 0)
        return VNULL;
    return rootiter_disjoint(ts, args[1], args[0], obj_contains);
}

static const MethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_DEFAULT},
    {"__reversed__", view_reversed, METH_DEFAULT},
    {NULL, NULL, 0},
};

static const MethodDef values_methods[] = {
    {"__reversed__", view_reversed, METH_DEFAULT},
    {NULL, NULL, 0},
};

/* keys and items views are set-like: the same slots but for `contains`. */
#define SETLIKE_VIEW_TYPE(tname, contains_fn)                                                      \
    {                                                                                              \
        .name = tname, .basicsize = sizeof(DictViewObj), .mark = view_mark, .repr = view_repr,     \
        .richcompare = view_richcompare, .iter = view_iter, .len = view_len,                       \
        .contains = contains_fn, .methods = keys_methods,                                          \
        .nb = {[NB_AND] = view_and, [NB_OR] = view_or, [NB_SUB] = view_sub, [NB_XOR] = view_xor}, \
    }
Type DictKeysType = SETLIKE_VIEW_TYPE("dict_keys", keys_contains);
Type DictItemsType = SETLIKE_VIEW_TYPE("dict_items", items_contains);
#undef SETLIKE_VIEW_TYPE

Type DictValuesType = {
    .name = "dict_values",
    .basicsize = sizeof(DictViewObj),
    .mark = view_mark,
    .repr = view_repr,
    .iter = view_iter,
    .len = view_len,
    .contains = values_contains,
    .methods = values_methods,
};
