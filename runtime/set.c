/* runtime/set.c: set and frozenset with CPython 3.11's table.
 * SPDX-License-Identifier: MIT
 *
 * The table, probing (9 linear probes, then the perturbed recurrence),
 * dummy reuse, resize points and the order in which the bulk operations
 * insert are CPython's, so iteration order matches CPython for ints and
 * tuples of ints (programs print sets).  Entries: key VNULL + hash 0 is
 * unused, key DUMMY + hash -1 is deleted.
 */
#include "set.h"

#include "contimpl.h"
#include "dict.h"
#include "list.h"
#include "rootiter.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The deleted-entry marker: the address of a never-collected static object. */
static const Obj set_dummy_obj;
#define DUMMY val_from_obj(&set_dummy_obj)

static inline bool
is_active(const SetEntry *e)
{
    return e->key && e->key != DUMMY;
}

static inline bool
is_exact_str(Value v)
{
    return val_is_obj(v) && val_as_obj(v)->type == &StrType;
}

bool
set_check(Value v)
{
    if (!val_is_obj(v))
        return false;
    Type *t = val_as_obj(v)->type;
    return t == &SetType || t == &FrozenSetType || type_is_subtype(t, &SetType) ||
           type_is_subtype(t, &FrozenSetType);
}

static bool
is_frozen_type(Type *t)
{
    return t == &FrozenSetType || (t != &SetType && type_is_subtype(t, &FrozenSetType));
}

/* set or frozenset: the builtin base of t (results of operators use it). */
static Type *
base_type(Value v)
{
    return is_frozen_type(val_type(v)) ? &FrozenSetType : &SetType;
}

static int
table_init(ThreadState *ts, SetObj *so, int64_t size)
{
    SetEntry *t = calloc((size_t)size, sizeof(SetEntry));
    if (!t) {
        exc_no_memory(ts);
        return -1;
    }
    gc_account(ts, (long)(size * (int64_t)sizeof(SetEntry)));
    free(so->table);
    so->table = t;
    so->mask = size - 1;
    so->fill = so->used = 0;
    return 0;
}

Value
set_new(ThreadState *ts, Type *t)
{
    SetObj *so = gc_alloc(ts, t, t->basicsize ? t->basicsize : sizeof(SetObj));
    if (!so)
        return VNULL;
    so->hash = -1;
    if (table_init(ts, so, MINSIZE) < 0)
        return VNULL;
    return val_from_obj(so);
}

static int64_t
key_hash(ThreadState *ts, Value key)
{
    if (val_is_int(key))
        return int_hash(key);
    if (is_exact_str(key))
        return str_hash(str_as(key));
    return obj_hash(ts, key);
}

static void
insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    uint64_t i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static int
table_resize(ThreadState *ts, SetObj *so, int64_t minused)
{
    int64_t newsize = MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    SetEntry *nt = calloc((size_t)newsize, sizeof(SetEntry));
    if (!nt) {
        exc_no_memory(ts);
        return -1;
    }
    gc_account(ts, (long)(newsize * (int64_t)sizeof(SetEntry)));
    SetEntry *old = so->table;
    int64_t oldmask = so->mask;
    so->table = nt;
    so->mask = newsize - 1;
    so->fill = so->used;
    for (int64_t i = 0; i <= oldmask; i++)
        if (is_active(&old[i]))
            insert_clean(nt, (uint64_t)so->mask, old[i].key, old[i].hash);
    free(old);
    return 0;
}

/* CPython's set_add_entry: 0 ok, -1 error. */
static int
add_entry(ThreadState *ts, SetObj *so, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask;
    uint64_t i = (uint64_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    SetEntry *freeslot = NULL, *e;
    bool kstr = is_exact_str(key);
    for (;;) {
        e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto found_unused_or_dummy;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key)
                    return 0;
                if (kstr && is_exact_str(sk)) {
                    if (str_eq(str_as(sk), str_as(key)))
                        return 0;
                } else if (!(val_is_int(sk) && val_is_int(key))) {
                    SetEntry *table = so->table;
                    int cmp = obj_eq(ts, sk, key);
                    if (cmp > 0)
                        return 0;
                    if (cmp < 0)
                        return -1;
                    if (table != so->table || e->key != sk)
                        goto restart;
                    mask = (uint64_t)so->mask;
                }
            } else if (e->hash == -1) {
                freeslot = e; /* CPython keeps the last dummy seen, not the first */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    so->hash = -1;
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3)
        return 0;
    return table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* CPython's set_lookkey: the entry (key VNULL if absent) or NULL on error. */
static SetEntry *
lookkey(ThreadState *ts, SetObj *so, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask;
    uint64_t i = (uint64_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    bool kstr = is_exact_str(key);
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return e;
            if (e->hash == hash) {
                Value sk = e->key;
                if (sk == key)
                    return e;
                if (kstr && is_exact_str(sk)) {
                    if (str_eq(str_as(sk), str_as(key)))
                        return e;
                } else if (!(val_is_int(sk) && val_is_int(key))) {
                    SetEntry *table = so->table;
                    int cmp = obj_eq(ts, sk, key);
                    if (cmp < 0)
                        return NULL;
                    if (table != so->table || e->key != sk)
                        goto restart;
                    if (cmp > 0)
                        return e;
                    mask = (uint64_t)so->mask;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static int
contains_entry(ThreadState *ts, SetObj *so, Value key, int64_t hash)
{
    SetEntry *e = lookkey(ts, so, key, hash);
    if (!e)
        return -1;
    return e->key != VNULL;
}

/* 1 discarded, 0 not found, -1 error. */
static int
discard_entry(ThreadState *ts, SetObj *so, Value key, int64_t hash)
{
    SetEntry *e = lookkey(ts, so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    so->hash = -1;
    return 1;
}

static int64_t frozenset_hash(ThreadState *ts, Value v);

/* Hash a key; a set used as a key is looked up as the equal frozenset. */
static int
hash_for_lookup(ThreadState *ts, Value key, int64_t *h)
{
    *h = key_hash(ts, key);
    if (*h != -1 || !ts_has_exc(ts))
        return 0;
    if (val_is_obj(key) && set_check(key) && !is_frozen_type(val_type(key)) &&
        exc_matches(ts, &TypeErrorType)) {
        exc_clear(ts);
        SetObj *so = set_as(key);
        int64_t saved = so->hash;
        so->hash = -1;
        *h = frozenset_hash(ts, key);
        so->hash = saved;
        return 0;
    }
    return -1;
}

int
set_add(ThreadState *ts, Value s, Value key)
{
    int64_t h = key_hash(ts, key);
    if (h == -1 && ts_has_exc(ts))
        return -1;
    return add_entry(ts, set_as(s), key, h);
}

int
set_contains(ThreadState *ts, Value s, Value key)
{
    int64_t h;
    if (hash_for_lookup(ts, key, &h) < 0)
        return -1;
    return contains_entry(ts, set_as(s), key, h);
}

int
set_discard(ThreadState *ts, Value s, Value key)
{
    int64_t h;
    if (hash_for_lookup(ts, key, &h) < 0)
        return -1;
    return discard_entry(ts, set_as(s), key, h);
}

bool
set_next(Value s, int64_t *pos, Value *key)
{
    SetObj *so = set_as(s);
    int64_t i = *pos;
    while (i <= so->mask && !is_active(&so->table[i]))
        i++;
    if (i > so->mask)
        return false;
    *pos = i + 1;
    if (key)
        *key = so->table[i].key;
    return true;
}

static void
set_clear_internal(ThreadState *ts, SetObj *so)
{
    SetEntry *t = calloc(MINSIZE, sizeof(SetEntry));
    if (!t) {
        /* keep the old table but empty it */
        memset(so->table, 0, (size_t)(so->mask + 1) * sizeof(SetEntry));
    } else {
        free(so->table);
        so->table = t;
        so->mask = MINSIZE - 1;
    }
    so->fill = so->used = 0;
    so->hash = -1;
}

static int
set_merge(ThreadState *ts, SetObj *so, SetObj *other)
{
    if (other == so || other->used == 0)
        return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(ts, so, (so->used + other->used) * 2) < 0)
        return -1;
    so->hash = -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        memcpy(so->table, other->table, (size_t)(other->mask + 1) * sizeof(SetEntry));
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++)
            if (is_active(&other->table[i]))
                insert_clean(so->table, (uint64_t)so->mask, other->table[i].key,
                             other->table[i].hash);
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (is_active(&e) && add_entry(ts, so, e.key, e.hash) < 0)
            return -1;
        if (i > other->mask)
            break;
    }
    return 0;
}

static int
add_one(ThreadState *ts, void *ctx, Value x)
{
    return set_add(ts, val_from_obj(ctx), x);
}

int
set_update(ThreadState *ts, Value s, Value iterable)
{
    SetObj *so = set_as(s);
    /* s may be a new set only the caller knows; __eq__ of colliding keys may collect */
    ts_push_root(ts, s);
    int rc = 0;
    if (set_check(iterable)) {
        rc = set_merge(ts, so, set_as(iterable));
    } else if (val_is(iterable, &DictType)) {
        DictObj *d = dict_as(iterable);
        if ((so->fill + d->used) * 5 >= so->mask * 3)
            rc = table_resize(ts, so, (so->used + d->used) * 2);
        for (int64_t i = 0; rc == 0 && i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (e.key)
                rc = add_entry(ts, so, e.key, e.hash);
        }
    } else {
        rc = cont_foreach(ts, iterable, add_one, so);
    }
    ts_pop_roots(ts, 1);
    return rc;
}

Value
set_from_iterable(ThreadState *ts, Type *t, Value iterable)
{
    Value s = set_new(ts, t);
    if (!s || !iterable)
        return s;
    if (set_update(ts, s, iterable) < 0)
        return VNULL;
    return s;
}

Value
set_const_frozenset(ThreadState *ts, const Value *items, int64_t n)
{
    Value first = set_new(ts, &FrozenSetType);
    if (!first)
        return VNULL;
    for (int64_t i = 0; i < n; i++)
        if (set_add(ts, first, items[i]) < 0)
            return VNULL;
    Value second = set_new(ts, &FrozenSetType);
    if (!second)
        return VNULL;
    SetObj *f = set_as(first);
    for (int64_t i = 0; i <= f->mask; i++)
        if (is_active(&f->table[i]) && add_entry(ts, set_as(second), f->table[i].key,
                                                 f->table[i].hash) < 0)
            return VNULL;
    return second;
}

static Value
set_copy_as(ThreadState *ts, Value s)
{
    return set_from_iterable(ts, base_type(s), s);
}

/* CPython's set_swap_bodies: the tables move, each set keeps its pop finger. */
static void
swap_bodies(SetObj *a, SetObj *b)
{
    SetObj t = *a;
    a->fill = b->fill;
    a->used = b->used;
    a->mask = b->mask;
    a->table = b->table;
    b->fill = t.fill;
    b->used = t.used;
    b->mask = t.mask;
    b->table = t.table;
    a->hash = b->hash = -1;
}

/* ---- the bulk operations, in CPython's insertion order ---- */

static Value
set_intersection(ThreadState *ts, Value s, Value other)
{
    if (s == other)
        return set_copy_as(ts, s);
    Value result = set_new(ts, base_type(s));
    if (!result)
        return VNULL;
    SetObj *r = set_as(result);
    int rc = 0;
    ts_push_root(ts, result);
    if (set_check(other)) {
        Value big = s, small = other;
        if (set_as(other)->used > set_as(s)->used) {
            big = other;
            small = s;
        }
        SetObj *so = set_as(small);
        for (int64_t i = 0; i <= so->mask && rc == 0; i++) {
            SetEntry e = so->table[i];
            if (!is_active(&e))
                continue;
            int in = contains_entry(ts, set_as(big), e.key, e.hash);
            if (in < 0)
                rc = -1;
            else if (in)
                rc = add_entry(ts, r, e.key, e.hash);
        }
    } else {
        RootIter ri;
        if (rootiter_begin(ts, &ri, other) < 0) {
            ts_pop_roots(ts, 1);
            return VNULL;
        }
        Value x;
        while ((x = rootiter_next(ts, &ri))) {
            int64_t h = key_hash(ts, x);
            int in = h == -1 && ts_has_exc(ts) ? -1 : contains_entry(ts, set_as(s), x, h);
            rc = in <= 0 ? in : add_entry(ts, r, x, h);
            if (rc < 0)
                break;
        }
        if (rootiter_end(ts, x))
            rc = -1;
    }
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : result;
}

static int
difference_update(ThreadState *ts, Value s, Value other)
{
    SetObj *so = set_as(s);
    if (s == other) {
        set_clear_internal(ts, so);
        return 0;
    }
    if (set_check(other)) {
        if ((set_as(other)->used >> 3) > so->used) {
            other = set_intersection(ts, s, other);
            if (!other)
                return -1;
        }
        SetObj *o = set_as(other);
        for (int64_t i = 0; i <= o->mask; i++) {
            SetEntry e = o->table[i];
            if (is_active(&e) && discard_entry(ts, so, e.key, e.hash) < 0)
                return -1;
        }
    } else {
        RootIter ri;
        if (rootiter_begin(ts, &ri, other) < 0)
            return -1;
        Value x;
        int rc = 0;
        while ((x = rootiter_next(ts, &ri)) && (rc = set_discard(ts, s, x)) >= 0)
            continue;
        if (rootiter_end(ts, x) || rc < 0)
            return -1;
    }
    if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4)
        return 0;
    return table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static Value
set_difference(ThreadState *ts, Value s, Value other)
{
    int64_t other_size;
    if (set_check(other))
        other_size = set_as(other)->used;
    else if (val_is(other, &DictType))
        other_size = dict_as(other)->used;
    else
        other_size = -1;
    if (other_size < 0 || (set_as(s)->used >> 2) > other_size) {
        Value r = set_copy_as(ts, s);
        if (!r)
            return VNULL;
        ts_push_root(ts, r);
        int rc = difference_update(ts, r, other);
        ts_pop_roots(ts, 1);
        return rc < 0 ? VNULL : r;
    }
    Value result = set_new(ts, base_type(s));
    if (!result)
        return VNULL;
    ts_push_root(ts, result);
    SetObj *so = set_as(s);
    int rc = 0;
    for (int64_t i = 0; i <= so->mask && rc == 0; i++) {
        SetEntry e = so->table[i];
        if (!is_active(&e))
            continue;
        int in;
        if (set_check(other)) {
            in = contains_entry(ts, set_as(other), e.key, e.hash);
        } else {
            Value dummy;
            in = dict_lookup_hash(ts, other, e.key, e.hash, &dummy);
        }
        if (in < 0)
            rc = -1;
        else if (!in)
            rc = add_entry(ts, set_as(result), e.key, e.hash);
    }
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : result;
}

static int
symmetric_difference_update(ThreadState *ts, Value s, Value other)
{
    SetObj *so = set_as(s);
    if (s == other) {
        set_clear_internal(ts, so);
        return 0;
    }
    if (val_is(other, &DictType)) {
        DictObj *d = dict_as(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (!e.key)
                continue;
            int r = discard_entry(ts, so, e.key, e.hash);
            if (r < 0 || (r == 0 && add_entry(ts, so, e.key, e.hash) < 0))
                return -1;
        }
        return 0;
    }
    Value os = other;
    if (!set_check(other)) {
        os = set_from_iterable(ts, base_type(s), other);
        if (!os)
            return -1;
    }
    ts_push_root(ts, os);
    SetObj *o = set_as(os);
    int rc = 0;
    for (int64_t i = 0; i <= o->mask && rc == 0; i++) {
        SetEntry e = o->table[i];
        if (!is_active(&e))
            continue;
        int r = discard_entry(ts, so, e.key, e.hash);
        if (r < 0 || (r == 0 && add_entry(ts, so, e.key, e.hash) < 0))
            rc = -1;
    }
    ts_pop_roots(ts, 1);
    return rc;
}

static Value
set_symmetric_difference(ThreadState *ts, Value s, Value other)
{
    Value r = set_from_iterable(ts, base_type(s), other);
    if (!r)
        return VNULL;
    ts_push_root(ts, r);
    int rc = symmetric_difference_update(ts, r, s);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : r;
}

static int
intersection_update(ThreadState *ts, Value s, Value other)
{
    Value tmp = set_intersection(ts, s, other);
    if (!tmp)
        return -1;
    swap_bodies(set_as(s), set_as(tmp));
    return 0;
}

int
set_inplace_op(ThreadState *ts, Value s, Value other, int op)
{
    switch (op) {
    case NB_OR: return set_update(ts, s, other);
    case NB_AND: return intersection_update(ts, s, other);
    case NB_SUB: return difference_update(ts, s, other);
    default: return symmetric_difference_update(ts, s, other);
    }
}

static int
set_issubset(ThreadState *ts, Value s, Value other)
{
    if (!set_check(other)) {
        Value tmp = set_from_iterable(ts, &SetType, other);
        if (!tmp)
            return -1;
        ts_push_root(ts, tmp);
        int r = set_issubset(ts, s, tmp);
        ts_pop_roots(ts, 1);
        return r;
    }
    SetObj *so = set_as(s);
    if (so->used > set_as(other)->used)
        return 0;
    for (int64_t i = 0; i <= so->mask; i++) {
        SetEntry e = so->table[i];
        if (!is_active(&e))
            continue;
        int in = contains_entry(ts, set_as(other), e.key, e.hash);
        if (in <= 0)
            return in;
    }
    return 1;
}

static int
set_issuperset(ThreadState *ts, Value s, Value other)
{
    if (set_check(other))
        return set_issubset(ts, other, s);
    RootIter ri;
    if (rootiter_begin(ts, &ri, other) < 0)
        return -1;
    Value x;
    int in = 1;
    while ((x = rootiter_next(ts, &ri)) && (in = set_contains(ts, s, x)) > 0)
        continue;
    return rootiter_end(ts, x) ? -1 : in;
}

/* ---- slots ---- */

/* A list snapshot of the elements (repr calls Python code). */
static Value
list_from_iterable_set(ThreadState *ts, Value s)
{
    SetObj *so = set_as(s);
    Value l = list_new(ts, so->used);
    if (!l)
        return VNULL;
    for (int64_t i = 0; i <= so->mask; i++)
        if (is_active(&so->table[i]))
            list_as(l)->items[list_as(l)->len++] = so->table[i].key;
    return l;
}

static void
set_mark(GC *gc, Obj *o)
{
    SetObj *so = (SetObj *)o;
    gc_mark(gc, so->dict);
    for (int64_t i = 0; i <= so->mask && so->table; i++)
        if (is_active(&so->table[i]))
            gc_mark(gc, so->table[i].key);
}

static void
set_finalize(Obj *o)
{
    SetObj *so = (SetObj *)o;
    free(so->table);
    so->table = NULL;
}

static Value
set_repr(ThreadState *ts, Value s)
{
    SetObj *so = set_as(s);
    Type *t = val_type(s);
    bool plain = t == &SetType;
    if (so->used == 0)
        return str_from_fmt(ts, "%s()", t->name);
    if (so->repr_busy)
        return str_from_fmt(ts, "%s(...)", t->name);
    so->repr_busy = 1;
    ContBuf b = {0};
    if (!plain) {
        cbuf_puts(&b, t->name);
        cbuf_puts(&b, "(");
    }
    cbuf_puts(&b, "{");
    Value l = list_from_iterable_set(ts, s);
    int rc = l ? 0 : -1;
    if (l) {
        ts_push_root(ts, l);
        for (int64_t i = 0; i < list_as(l)->len && rc == 0; i++) {
            if (i)
                cbuf_puts(&b, ", ");
            rc = cbuf_repr(ts, &b, list_as(l)->items[i]);
        }
        ts_pop_roots(ts, 1);
    }
    so->repr_busy = 0;
    if (rc < 0) {
        cbuf_free(&b);
        return VNULL;
    }
    cbuf_puts(&b, plain ? "}" : "})");
    return cbuf_finish(ts, &b);
}

static uint64_t
shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static int64_t
frozenset_hash(ThreadState *ts, Value v)
{
    SetObj *so = set_as(v);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (int64_t)hash;
    return (int64_t)hash;
}

static Value
set_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!set_check(a) || !set_check(b))
        return V_NOTIMPL;
    SetObj *x = set_as(a), *y = set_as(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        if (x->used != y->used)
            r = 0;
        else if (is_frozen_type(val_type(a)) && is_frozen_type(val_type(b)) && x->hash != -1 &&
                 y->hash != -1 && x->hash != y->hash)
            r = 0;
        else
            r = set_issubset(ts, a, b);
        if (r >= 0 && op == CMP_NE)
            r = !r;
        break;
    case CMP_LE: r = set_issubset(ts, a, b); break;
    case CMP_GE: r = set_issubset(ts, b, a); break;
    case CMP_LT: r = x->used < y->used ? set_issubset(ts, a, b) : 0; break;
    default: r = x->used > y->used ? set_issubset(ts, b, a) : 0; break;
    }
    return r < 0 ? VNULL : val_bool(r);
}

static Value
set_iter(ThreadState *ts, Value s)
{
    SetIterObj *it = gc_alloc(ts, &SetIterType, sizeof(SetIterObj));
    if (!it)
        return VNULL;
    it->set = s;
    it->used = set_as(s)->used;
    it->left = it->used;
    return val_from_obj(it);
}

static int64_t
set_len(ThreadState *ts, Value s)
{
    return set_as(s)->used;
}

static Value
set_or(ThreadState *ts, Value a, Value b)
{
    if (!set_check(a) || !set_check(b))
        return V_NOTIMPL;
    Value r = set_copy_as(ts, a);
    if (!r || a == b)
        return r;
    ts_push_root(ts, r);
    int rc = set_update(ts, r, b);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : r;
}

static Value
set_and(ThreadState *ts, Value a, Value b)
{
    if (!set_check(a) || !set_check(b))
        return V_NOTIMPL;
    return set_intersection(ts, a, b);
}

static Value
set_sub(ThreadState *ts, Value a, Value b)
{
    if (!set_check(a) || !set_check(b))
        return V_NOTIMPL;
    return set_difference(ts, a, b);
}

static Value
set_xor(ThreadState *ts, Value a, Value b)
{
    if (!set_check(a) || !set_check(b))
        return V_NOTIMPL;
    return set_symmetric_difference(ts, a, b);
}

static Value
set_inplace(ThreadState *ts, Value a, Value b, int op)
{
    if (!set_check(a) || !set_check(b))
        return V_NOTIMPL;
    return set_inplace_op(ts, a, b, op) < 0 ? VNULL : a;
}

static Value
set_ior(ThreadState *ts, Value a, Value b)
{
    return set_inplace(ts, a, b, NB_OR);
}

static Value
set_iand(ThreadState *ts, Value a, Value b)
{
    return set_inplace(ts, a, b, NB_AND);
}

static Value
set_isub(ThreadState *ts, Value a, Value b)
{
    return set_inplace(ts, a, b, NB_SUB);
}

static Value
set_ixor(ThreadState *ts, Value a, Value b)
{
    return set_inplace(ts, a, b, NB_XOR);
}

static Value
set_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (t == &SetType && kw_check(ts, kwnames, "set", NULL) < 0)
        return VNULL;
    return set_new(ts, t);
}

static int
set_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (kw_check(ts, kwnames, "set", NULL) < 0)
        return -1;
    if (nargs > 1) {
        exc_raise(ts, &TypeErrorType, "set expected at most 1 argument, got %d", nargs);
        return -1;
    }
    if (set_as(self)->fill)
        set_clear_internal(ts, set_as(self));
    return nargs ? set_update(ts, self, args[0]) : 0;
}

static Value
frozenset_new_slot(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (kw_check(ts, kwnames, "frozenset", NULL) < 0)
        return VNULL;
    if (nargs > 1)
        return exc_raise(ts, &TypeErrorType, "frozenset expected at most 1 argument, got %d",
                         nargs);
    if (t == &FrozenSetType && nargs && val_is(args[0], &FrozenSetType))
        return args[0];
    return set_from_iterable(ts, t, nargs ? args[0] : VNULL);
}

/* ---- methods (args[0] is self) ---- */

/* cont_args for a set method, named "set.union" or "frozenset.union" in its
 * messages; the name is only formatted when the check is going to fail. */
static int
set_args(ThreadState *ts, Value self, Value kwnames, const char *meth, int n, int min, int max)
{
    if (!kw_len(kwnames) && n >= min && n <= max)
        return 0;
    char qual[64];
    snprintf(qual, sizeof qual, "%s.%s", base_type(self)->name, meth);
    return cont_args(ts, kwnames, qual, n, min, max);
}

static Value
m_add(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "add", nargs - 1, 1, 1) < 0)
        return VNULL;
    return set_add(ts, args[0], args[1]) < 0 ? VNULL : V_NONE;
}

static Value
m_remove(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "remove", nargs - 1, 1, 1) < 0)
        return VNULL;
    int r = set_discard(ts, args[0], args[1]);
    if (r < 0)
        return VNULL;
    return r ? V_NONE : exc_raise_arg(ts, &KeyErrorType, args[1]);
}

static Value
m_discard(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "discard", nargs - 1, 1, 1) < 0)
        return VNULL;
    return set_discard(ts, args[0], args[1]) < 0 ? VNULL : V_NONE;
}

static Value
m_pop(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "pop", nargs - 1, 0, 0) < 0)
        return VNULL;
    SetObj *so = set_as(args[0]);
    if (so->used == 0)
        return exc_raise(ts, &KeyErrorType, "pop from an empty set");
    int64_t i = so->finger & so->mask;
    while (!is_active(&so->table[i])) {
        i++;
        if (i > so->mask)
            i = 0;
    }
    Value key = so->table[i].key;
    so->table[i].key = DUMMY;
    so->table[i].hash = -1;
    so->used--;
    so->finger = i + 1;
    return key;
}

static Value
m_clear(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "clear", nargs - 1, 0, 0) < 0)
        return VNULL;
    set_clear_internal(ts, set_as(args[0]));
    return V_NONE;
}

static Value
m_copy(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "copy", nargs - 1, 0, 0) < 0)
        return VNULL;
    if (val_is(args[0], &FrozenSetType))
        return args[0];
    return set_copy_as(ts, args[0]);
}

static Value
m_update(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "update", 0, 0, 0) < 0)
        return VNULL;
    for (int i = 1; i < nargs; i++)
        if (set_update(ts, args[0], args[i]) < 0)
            return VNULL;
    return V_NONE;
}

static Value
m_union(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "union", 0, 0, 0) < 0)
        return VNULL;
    Value r = set_copy_as(ts, args[0]);
    if (!r)
        return VNULL;
    ts_push_root(ts, r);
    for (int i = 1; i < nargs; i++) {
        if (args[i] == args[0])
            continue;
        if (set_update(ts, r, args[i]) < 0) {
            ts_pop_roots(ts, 1);
            return VNULL;
        }
    }
    ts_pop_roots(ts, 1);
    return r;
}

static Value
m_intersection(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "intersection", 0, 0, 0) < 0)
        return VNULL;
    if (nargs == 1)
        return set_copy_as(ts, args[0]);
    Value r = args[0];
    int n = ts->nroots;
    for (int i = 1; i < nargs; i++) {
        r = set_intersection(ts, r, args[i]);
        if (!r)
            break;
        ts_push_root(ts, r);
    }
    ts->nroots = n;
    return r;
}

static Value
m_intersection_update(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value r = m_intersection(ts, args, nargs, kwnames);
    if (!r)
        return VNULL;
    swap_bodies(set_as(args[0]), set_as(r));
    return V_NONE;
}

static Value
m_difference(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "difference", 0, 0, 0) < 0)
        return VNULL;
    if (nargs == 1)
        return set_copy_as(ts, args[0]);
    Value r = set_difference(ts, args[0], args[1]);
    if (!r)
        return VNULL;
    ts_push_root(ts, r);
    for (int i = 2; i < nargs && r; i++)
        if (difference_update(ts, r, args[i]) < 0)
            r = VNULL;
    ts_pop_roots(ts, 1);
    return r;
}

static Value
m_difference_update(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "difference_update", 0, 0, 0) < 0)
        return VNULL;
    for (int i = 1; i < nargs; i++)
        if (difference_update(ts, args[0], args[i]) < 0)
            return VNULL;
    return V_NONE;
}

static Value
m_symmetric_difference(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "symmetric_difference", nargs - 1, 1, 1) < 0)
        return VNULL;
    return set_symmetric_difference(ts, args[0], args[1]);
}

static Value
m_symmetric_difference_update(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "symmetric_difference_update", nargs - 1, 1, 1) < 0)
        return VNULL;
    return symmetric_difference_update(ts, args[0], args[1]) < 0 ? VNULL : V_NONE;
}

static Value
m_issubset(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "issubset", nargs - 1, 1, 1) < 0)
        return VNULL;
    int r = set_issubset(ts, args[0], args[1]);
    return r < 0 ? VNULL : val_bool(r);
}

static Value
m_issuperset(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "issuperset", nargs - 1, 1, 1) < 0)
        return VNULL;
    int r = set_issuperset(ts, args[0], args[1]);
    return r < 0 ? VNULL : val_bool(r);
}

static Value
m_isdisjoint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "isdisjoint", nargs - 1, 1, 1) < 0)
        return VNULL;
    Value s = args[0], other = args[1];
    if (s == other)
        return val_bool(set_as(s)->used == 0);
    if (set_check(other)) {
        Value small = s, big = other;
        if (set_as(other)->used < set_as(s)->used) {
            small = other;
            big = s;
        }
        SetObj *so = set_as(small);
        for (int64_t i = 0; i <= so->mask; i++) {
            SetEntry e = so->table[i];
            if (!is_active(&e))
                continue;
            int in = contains_entry(ts, set_as(big), e.key, e.hash);
            if (in)
                return in < 0 ? VNULL : V_FALSE;
        }
        return V_TRUE;
    }
    return rootiter_disjoint(ts, other, s, set_contains);
}

static Value
m_contains(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (set_args(ts, args[0], kwnames, "__contains__", nargs - 1, 1, 1) < 0)
        return VNULL;
    int r = set_contains(ts, args[0], args[1]);
    return r < 0 ? VNULL : val_bool(r);
}

static Value
m_len(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_from_int(set_as(args[0])->used);
}

static Value
m_iter(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return set_iter(ts, args[0]);
}

#define COMMON_SET_METHODS                                                                     \
    {"copy", m_copy, METH_DEFAULT}, {"union", m_union, METH_DEFAULT},                           \
        {"intersection", m_intersection, METH_DEFAULT},                                        \
        {"difference", m_difference, METH_DEFAULT},                                            \
        {"symmetric_difference", m_symmetric_difference, METH_DEFAULT},                        \
        {"issubset", m_issubset, METH_DEFAULT}, {"issuperset", m_issuperset, METH_DEFAULT},     \
        {"isdisjoint", m_isdisjoint, METH_DEFAULT}, {"__contains__", m_contains, METH_DEFAULT}, \
        {"__len__", m_len, METH_DEFAULT}, {"__iter__", m_iter, METH_DEFAULT},

static const MethodDef set_methods[] = {
    COMMON_SET_METHODS
    {"add", m_add, METH_DEFAULT},
    {"remove", m_remove, METH_DEFAULT},
    {"discard", m_discard, METH_DEFAULT},
    {"pop", m_pop, METH_DEFAULT},
    {"clear", m_clear, METH_DEFAULT},
    {"update", m_update, METH_DEFAULT},
    {"intersection_update", m_intersection_update, METH_DEFAULT},
    {"difference_update", m_difference_update, METH_DEFAULT},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_DEFAULT},
    {NULL, NULL, 0},
};

static const MethodDef frozenset_methods[] = {
    COMMON_SET_METHODS
    {NULL, NULL, 0},
};

Type SetType = {
    .name = "set",
    .basicsize = sizeof(SetObj),
    .flags = TF_BASETYPE,
    .mark = set_mark,
    .finalize = set_finalize,
    .repr = set_repr,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor},
    .nb_inplace = {[NB_OR] = set_ior, [NB_AND] = set_iand, [NB_SUB] = set_isub,
                   [NB_XOR] = set_ixor},
    .new_ = set_new_slot,
    .init = set_init,
    .methods = set_methods,
};

Type FrozenSetType = {
    .name = "frozenset",
    .basicsize = sizeof(SetObj),
    .flags = TF_BASETYPE,
    .mark = set_mark,
    .finalize = set_finalize,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .len = set_len,
    .contains = set_contains,
    .nb = {[NB_OR] = set_or, [NB_AND] = set_and, [NB_SUB] = set_sub, [NB_XOR] = set_xor},
    .new_ = frozenset_new_slot,
    .methods = frozenset_methods,
};

/* ---- iterator ---- */

static void
setiter_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((SetIterObj *)o)->set);
}

static Value
setiter_next(ThreadState *ts, Value iv)
{
    SetIterObj *it = (SetIterObj *)val_as_obj(iv);
    if (!it->set)
        return VNULL;
    SetObj *so = set_as(it->set);
    if (it->used != so->used) {
        it->used = -1;
        return exc_raise(ts, &RuntimeErrorType, "Set changed size during iteration");
    }
    int64_t i = it->pos;
    while (i <= so->mask && !is_active(&so->table[i]))
        i++;
    it->pos = i + 1;
    if (i > so->mask) {
        it->set = VNULL;
        return VNULL;
    }
    it->left--;
    return so->table[i].key;
}

static Value
setiter_length_hint(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    SetIterObj *it = (SetIterObj *)val_as_obj(args[0]);
    if (!it->set || it->used != set_as(it->set)->used)
        return val_from_int(0);
    return val_from_int(it->left);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type SetIterType = {
    .name = "set_iterator",
    .basicsize = sizeof(SetIterObj),
    .mark = setiter_mark,
    .iter = cont_iter_self,
    .iternext = setiter_next,
    .methods = setiter_methods,
};
