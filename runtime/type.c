/* runtime/type.c: type objects: readying builtin types, creating classes,
 * the MRO, attribute lookup along it, and the slot functions that let the C
 * slots of classes defined in Python dispatch to their dunder methods.
 * SPDX-License-Identifier: MIT
 *
 * Versions: every type gets a tag from one process-wide counter that only
 * grows, so a tag is never reused (the VM's inline caches and type_lookup's
 * per-class cache key on it).  Assigning a class attribute gives the class
 * and all its subclasses fresh tags; builtin types are immutable and never
 * change tag.  Heap bases keep a weak C array of their heap subclasses for
 * this: a dying class removes itself from its bases' arrays in its finalizer
 * (the collector runs every finalizer before freeing any memory).
 *
 * Layout of class instances: the builtin "solid" base's struct, then the
 * Values the classes add (__dict__ slot, __slots__ members), from
 * heap_values_start to basicsize.  list/dict/set/exception structs already
 * carry a `dict` field used as the __dict__ slot.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "typeobj.h"

/* The only mutable process-wide state here: a counter under the GIL. */
static uint64_t next_version = 1;

uint64_t
type_next_version(void)
{
    return next_version++;
}

bool
is_dunder(StrObj *name)
{
    return name->size > 4 && name->data[0] == '_' && name->data[1] == '_' &&
           name->data[name->size - 1] == '_' && name->data[name->size - 2] == '_';
}

static inline Type *
type_of(Value v)
{
    return (Type *)val_as_obj(v);
}

Type *
type_static_base(Type *t)
{
    while (t->flags & TF_HEAPTYPE)
        t = t->parent;
    return t;
}

/* {===== subtype test and lookup */

bool
type_is_subtype(Type *a, Type *b)
{
    if (a == b)
        return true;
    if (a->mro) {
        TupleObj *m = tuple_as(a->mro);
        for (int64_t i = 0; i < m->len; i++)
            if (val_as_obj(m->items[i]) == &b->base)
                return true;
        return false;
    }
    for (Type *t = a->parent; t; t = t->parent)
        if (t == b)
            return true;
    return b == &ObjectType;
}

static Value
lookup_mro(Type *t, StrObj *name)
{
    if (!t->mro) {
        for (; t; t = t->parent) {
            Value v = t->dict ? dict_get_str(t->dict, name) : VNULL;
            if (v)
                return v;
        }
        return VNULL;
    }
    TupleObj *m = tuple_as(t->mro);
    for (int64_t i = 0; i < m->len; i++) {
        Value d = type_of(m->items[i])->dict;
        if (!d)
            continue;
        Value v = dict_get_str(d, name);
        if (v)
            return v;
    }
    return VNULL;
}

Value
type_lookup(Type *t, StrObj *name)
{
    TypeCacheEntry *c = t->cache;
    if (c && name->interned) {
        uintptr_t p = (uintptr_t)name;
        TypeCacheEntry *e = &c[((p >> 4) ^ (p >> 11)) & (TYPE_CACHE_SIZE - 1)];
        if (e->version == t->version && e->name == name)
            return e->value;
        Value v = lookup_mro(t, name);
        e->version = t->version;
        e->name = name;
        e->value = v;
        return v;
    }
    return lookup_mro(t, name);
}

Value
type_lookup_cstr(ThreadState *ts, Type *t, const char *name)
{
    StrObj *n = str_intern(ts, name);
    if (!n) {
        exc_clear(ts);
        return VNULL;
    }
    return type_lookup(t, n);
}

void
type_modified(Type *t)
{
    t->version = type_next_version();
    for (uint32_t i = 0; i < t->nsubclasses; i++)
        type_modified(t->subclasses[i]);
}

/* Where `name` is first defined along t's MRO: the defining type or NULL. */
Type *
type_defining_type(Type *t, StrObj *name, Value *out)
{
    TupleObj *m = tuple_as(t->mro);
    for (int64_t i = 0; i < m->len; i++) {
        Type *b = type_of(m->items[i]);
        Value v = b->dict ? dict_get_str(b->dict, name) : VNULL;
        if (v) {
            *out = v;
            return b;
        }
    }
    return NULL;
}

/* }===== */
/* {===== names and reprs */

const char *
type_module_cstr(Type *t)
{
    if (!t->module || !str_check(t->module))
        return NULL;
    const char *m = str_cstr(t->module);
    return strcmp(m, "builtins") == 0 ? NULL : m;
}

Value
type_qualname_value(ThreadState *ts, Type *t)
{
    if (t->qualname)
        return t->qualname;
    if (t->name_obj)
        return t->name_obj;
    return str_from_cstr(ts, t->name);
}

static Value
type_repr(ThreadState *ts, Value v)
{
    Type *t = type_of(v);
    const char *mod = type_module_cstr(t);
    Value qn = type_qualname_value(ts, t);
    if (!qn)
        return VNULL;
    if (mod)
        return str_from_fmt(ts, "<class '%s.%s'>", mod, str_cstr(qn));
    return str_from_fmt(ts, "<class '%s'>", str_cstr(qn));
}

/* }===== */
/* {===== readying static types */

static int
add_wrapper(ThreadState *ts, Type *t, StrObj *name, int kind, int op)
{
    if (dict_get_str(t->dict, name))
        return 0;
    Value w = descr_slot_wrapper_new(ts, t, name, kind, op);
    return w ? dict_set_str(ts, t->dict, name, w) : -1;
}

const int type_nb_name_ids[NB_COUNT][3] = {
    {NAME___add__, NAME___radd__, NAME___iadd__},
    {NAME___and__, NAME___rand__, NAME___iand__},
    {NAME___floordiv__, NAME___rfloordiv__, NAME___ifloordiv__},
    {NAME___lshift__, NAME___rlshift__, NAME___ilshift__},
    {NAME___matmul__, NAME___rmatmul__, NAME___imatmul__},
    {NAME___mul__, NAME___rmul__, NAME___imul__},
    {NAME___mod__, NAME___rmod__, NAME___imod__},
    {NAME___or__, NAME___ror__, NAME___ior__},
    {NAME___pow__, NAME___rpow__, NAME___ipow__},
    {NAME___rshift__, NAME___rrshift__, NAME___irshift__},
    {NAME___sub__, NAME___rsub__, NAME___isub__},
    {NAME___truediv__, NAME___rtruediv__, NAME___itruediv__},
    {NAME___xor__, NAME___rxor__, NAME___ixor__},
};

const int type_cmp_name_ids[6] = {NAME___lt__, NAME___le__, NAME___eq__,
                                    NAME___ne__, NAME___gt__, NAME___ge__};

#define NEWSLOT(f) (t->f && (!p || t->f != p->f))
#define NM(id) (ts->interp->names[id])

/* Expose the C slots a builtin type defines itself as dunder methods. */
static int
add_slot_wrappers(ThreadState *ts, Type *t)
{
    Type *p = t->parent;
    int r = 0;
    struct { bool on; int name; int kind; } u[] = {
        {NEWSLOT(repr), NAME___repr__, SW_REPR}, {NEWSLOT(str), NAME___str__, SW_STR},
        {NEWSLOT(hash), NAME___hash__, SW_HASH},
        {NEWSLOT(getattr), NAME___getattribute__, SW_GETATTRIBUTE},
        {NEWSLOT(setattr), NAME___setattr__, SW_SETATTR},
        {NEWSLOT(setattr), NAME___delattr__, SW_DELATTR}, {NEWSLOT(call), NAME___call__, SW_CALL},
        {NEWSLOT(iter), NAME___iter__, SW_ITER}, {NEWSLOT(iternext), NAME___next__, SW_NEXT},
        {NEWSLOT(truth), NAME___bool__, SW_BOOL}, {NEWSLOT(len), NAME___len__, SW_LEN},
        {NEWSLOT(getitem), NAME___getitem__, SW_GETITEM},
        {NEWSLOT(setitem), NAME___setitem__, SW_SETITEM},
        {NEWSLOT(setitem), NAME___delitem__, SW_DELITEM},
        {NEWSLOT(contains), NAME___contains__, SW_CONTAINS},
        {NEWSLOT(neg), NAME___neg__, SW_NEG}, {NEWSLOT(pos), NAME___pos__, SW_POS},
        {NEWSLOT(invert), NAME___invert__, SW_INVERT}, {NEWSLOT(absolute), NAME___abs__, SW_ABS},
        {NEWSLOT(index), NAME___index__, SW_INDEX}, {NEWSLOT(to_int), NAME___int__, SW_INT},
        {NEWSLOT(to_float), NAME___float__, SW_FLOAT}, {NEWSLOT(descr_get), NAME___get__, SW_GET},
        {NEWSLOT(descr_set), NAME___set__, SW_SET}, {NEWSLOT(descr_set), NAME___delete__, SW_DELETE},
        {NEWSLOT(init), NAME___init__, SW_INIT}, {NEWSLOT(new_), NAME___new__, SW_NEW},
    };
    for (size_t i = 0; r == 0 && i < sizeof u / sizeof u[0]; i++)
        if (u[i].on)
            r = add_wrapper(ts, t, NM(u[i].name), u[i].kind, 0);
    if (NEWSLOT(richcompare))
        for (int op = 0; r == 0 && op < 6; op++)
            r = add_wrapper(ts, t, NM(type_cmp_name_ids[op]), SW_CMP, op);
    for (int op = 0; r == 0 && op < NB_COUNT; op++) {
        if (NEWSLOT(nb[op])) {
            r = add_wrapper(ts, t, NM(type_nb_name_ids[op][0]), SW_NB, op);
            if (r == 0)
                r = add_wrapper(ts, t, NM(type_nb_name_ids[op][1]), SW_RNB, op);
        }
        if (r == 0 && NEWSLOT(nb_inplace[op]))
            r = add_wrapper(ts, t, NM(type_nb_name_ids[op][2]), SW_INB, op);
    }
    return r;
}

#define INHERIT(f) if (!t->f) t->f = p->f

static void
inherit_slots(Type *t, Type *p, bool heap)
{
    INHERIT(mark);
    INHERIT(finalize);
    INHERIT(repr);
    INHERIT(str);
    if (!t->hash && !t->richcompare) {
        t->hash = p->hash;
        t->richcompare = p->richcompare;
    }
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(truth);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    for (int i = 0; i < NB_COUNT; i++) {
        INHERIT(nb[i]);
        INHERIT(nb_inplace[i]);
    }
    INHERIT(neg);
    INHERIT(pos);
    INHERIT(invert);
    INHERIT(absolute);
    INHERIT(index);
    INHERIT(to_int);
    INHERIT(to_float);
    INHERIT(descr_get);
    INHERIT(descr_set);
    if (heap || p != &ObjectType)
        INHERIT(new_);
    INHERIT(init);
    if (!t->basicsize)
        t->basicsize = p->basicsize;
    if (!t->dict_offset)
        t->dict_offset = p->dict_offset;
    t->flags |= p->flags & (TF_INT_SUBCLASS | TF_STR_SUBCLASS | TF_TUPLE_SUBCLASS |
                            TF_LIST_SUBCLASS | TF_DICT_SUBCLASS | TF_EXC_SUBCLASS |
                            TF_TYPE_SUBCLASS);
}

static int
fill_methods(ThreadState *ts, Type *t)
{
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Value f = builtin_new(ts, m, VNULL, t);
        if (!f || dict_set_cstr(ts, t->dict, m->name, f) < 0)
            return -1;
    }
    for (const GetSetDef *g = t->getsets; g && g->name; g++) {
        Value d = descr_getset_new(ts, t, g);
        if (!d || dict_set_cstr(ts, t->dict, g->name, d) < 0)
            return -1;
    }
    return 0;
}

/* A C type named "module.Name" (CPython's tp_name convention): __name__
 * and __qualname__ are "Name", __module__ is "module"; messages keep using
 * the full t->name, as CPython's do. */
static void
split_dotted_name(ThreadState *ts, Type *t)
{
    const char *dot = strrchr(t->name, '.');
    if (!dot || (t->flags & TF_HEAPTYPE))
        return;
    gc_add_root(ts, &t->qualname);
    gc_add_root(ts, &t->module);
    t->name_obj = val_from_obj(str_intern(ts, dot + 1));
    t->qualname = t->name_obj;
    if (!t->module)
        t->module = str_from_fmt(ts, "%.*s", (int)(dot - t->name), t->name);
}

static void
type_ready_impl(ThreadState *ts, Type *t)
{
    t->base.type = &TypeType;
    t->dict = dict_new(ts); /* also marks t as (being) readied */
    gc_add_root(ts, &t->dict);
    gc_add_root(ts, &t->mro);
    gc_add_root(ts, &t->bases);
    gc_add_root(ts, &t->name_obj);
    if (t != &ObjectType && !t->parent)
        t->parent = &ObjectType;
    Type *p = t->parent;
    if (p && !p->dict)
        type_ready(ts, p);
    t->name_obj = val_from_obj(str_intern(ts, t->name));
    split_dotted_name(ts, t);
    t->version = type_next_version();
    if (p) {
        t->bases = tuple_pack(ts, 1, val_from_obj(p));
        TupleObj *pm = tuple_as(p->mro);
        Value m = tuple_new(ts, pm->len + 1);
        if (!m)
            return;
        tuple_as(m)->items[0] = val_from_obj(t);
        memcpy(tuple_as(m)->items + 1, pm->items, sizeof(Value) * (size_t)pm->len);
        t->mro = m;
    } else {
        t->bases = tuple_new(ts, 0);
        t->mro = tuple_pack(ts, 1, val_from_obj(t));
    }
    if (fill_methods(ts, t) < 0 || add_slot_wrappers(ts, t) < 0)
        return;
    if (p)
        inherit_slots(t, p, false);
    if (!dict_get_str(t->dict, NAME(ts, __doc__)))
        dict_set_str(ts, t->dict, NAME(ts, __doc__), V_NONE);
}

void
type_ready_private(ThreadState *ts)
{
    Type *priv[] = {&GetSetDescrType, &MemberDescrType, &SlotWrapperType, &UnionType};
    for (size_t i = 0; i < sizeof priv / sizeof priv[0]; i++)
        if (!priv[i]->dict)
            type_ready_impl(ts, priv[i]);
}

void
type_ready(ThreadState *ts, Type *t)
{
    if (t->dict)
        return;
    if (!ObjectType.dict) {
        /* the descriptor types must exist before any dict is filled */
        ObjectType.base.type = &TypeType;
        GetSetDescrType.base.type = &TypeType;
        MemberDescrType.base.type = &TypeType;
        SlotWrapperType.base.type = &TypeType;
        BuiltinFunctionType.base.type = &TypeType;
        type_ready_impl(ts, &ObjectType);
        type_ready_private(ts);
        if (t->dict)
            return;
    }
    type_ready_impl(ts, t);
}

/* }===== */
/* {===== isinstance / issubclass */

static bool
is_type(Value v)
{
    return val_is_obj(v) && (val_as_obj(v)->type == &TypeType ||
                             (val_as_obj(v)->type->flags & TF_TYPE_SUBCLASS));
}

static int
call_check_hook(ThreadState *ts, Value cls, StrObj *hook, Value arg, int *done)
{
    Type *meta = val_type(cls);
    *done = 0;
    if (meta == &TypeType)
        return 0;
    Value f = type_lookup(meta, hook);
    if (!f || (val_is(f, &BuiltinFunctionType) &&
               ((BuiltinFuncObj *)val_as_obj(f))->owner == &TypeType))
        return 0;
    *done = 1;
    Value r = call_as_method(ts, f, cls, &arg, 1, VNULL);
    if (!r)
        return -1;
    return obj_truth(ts, r);
}

int
obj_isinstance(ThreadState *ts, Value obj, Value cls)
{
    if (val_from_obj(val_type(obj)) == cls)
        return 1;
    if (val_is_obj(cls) && val_as_obj(cls)->type == &TypeType)
        return val_isinstance(obj, type_of(cls));
    if (val_isinstance(cls, &TupleType)) {
        TupleObj *tp = tuple_as(cls);
        for (int64_t i = 0; i < tp->len; i++) {
            int r = obj_isinstance(ts, obj, tp->items[i]);
            if (r != 0)
                return r;
        }
        return 0;
    }
    Value uargs = union_args_of(cls);
    if (uargs)
        return obj_isinstance(ts, obj, uargs);
    if (val_is(cls, &GenericAliasType)) {
        exc_raise(ts, &TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic");
        return -1;
    }
    if (!is_type(cls)) {
        exc_raise(ts, &TypeErrorType,
                  "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    int done;
    int r = call_check_hook(ts, cls, NAME(ts, __instancecheck__), obj, &done);
    if (done)
        return r;
    return val_isinstance(obj, type_of(cls));
}

int
obj_issubclass(ThreadState *ts, Value sub, Value cls)
{
    if (val_isinstance(cls, &TupleType)) {
        TupleObj *tp = tuple_as(cls);
        for (int64_t i = 0; i < tp->len; i++) {
            int r = obj_issubclass(ts, sub, tp->items[i]);
            if (r != 0)
                return r;
        }
        return 0;
    }
    Value uargs = union_args_of(cls);
    if (uargs)
        return obj_issubclass(ts, sub, uargs);
    if (val_is(cls, &GenericAliasType)) {
        exc_raise(ts, &TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic");
        return -1;
    }
    if (!is_type(cls)) {
        exc_raise(ts, &TypeErrorType,
                  "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    int done;
    int r = call_check_hook(ts, cls, NAME(ts, __subclasscheck__), sub, &done);
    if (done)
        return r;
    if (!is_type(sub)) {
        exc_raise(ts, &TypeErrorType, "issubclass() arg 1 must be a class");
        return -1;
    }
    return type_is_subtype(type_of(sub), type_of(cls));
}

/* }===== */
/* {===== class creation */

/* The builtin layout ancestor that decides instance compatibility. */
static Type *
solid_base(Type *t)
{
    if (t->flags & TF_HEAPTYPE) {
        if (t->slot_names && tuple_as(t->slot_names)->len > 0)
            return t;
        return solid_base(t->parent);
    }
    while (t->parent && t->parent->basicsize == t->basicsize)
        t = t->parent;
    return t;
}

static Type *
best_base(ThreadState *ts, Value bases)
{
    TupleObj *b = tuple_as(bases);
    Type *best = NULL, *best_solid = NULL;
    for (int64_t i = 0; i < b->len; i++) {
        Type *bt = type_of(b->items[i]);
        Type *s = solid_base(bt);
        if (!best_solid || type_is_subtype(s, best_solid)) {
            best = bt;
            best_solid = s;
        } else if (!type_is_subtype(best_solid, s)) {
            exc_raise(ts, &TypeErrorType, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static int
mro_error(ThreadState *ts, Value **seqs, int64_t *lens, int64_t *pos, int nseq)
{
    char buf[512] = "Cannot create a consistent method resolution\norder (MRO) for bases";
    size_t len = strlen(buf);
    Value seen[64];
    int nseen = 0;
    for (int i = 0; i < nseq; i++) {
        if (pos[i] >= lens[i])
            continue;
        Value h = seqs[i][pos[i]];
        bool dup = false;
        for (int j = 0; j < nseen; j++)
            dup |= seen[j] == h;
        if (dup || nseen >= 64)
            continue;
        seen[nseen++] = h;
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s %s", nseen > 1 ? "," : "",
                                type_of(h)->name);
        if (len >= sizeof buf)
            break;
    }
    exc_raise(ts, &TypeErrorType, "%s", buf);
    return -1;
}

static bool
in_tail(Value v, Value *seq, int64_t from, int64_t len)
{
    for (int64_t k = from + 1; k < len; k++)
        if (seq[k] == v)
            return true;
    return false;
}

/* C3 linearization of t with its bases. */
static Value
c3_mro(ThreadState *ts, Type *t, Value bases)
{
    TupleObj *b = tuple_as(bases);
    int nseq = (int)b->len + 1;
    Value *seqs[nseq];
    int64_t lens[nseq], pos[nseq], total = 1;
    for (int i = 0; i < nseq - 1; i++) {
        TupleObj *m = tuple_as(type_of(b->items[i])->mro);
        seqs[i] = m->items;
        lens[i] = m->len;
        total += m->len;
    }
    seqs[nseq - 1] = b->items;
    lens[nseq - 1] = b->len;
    memset(pos, 0, sizeof pos);
    Value out[total];
    int64_t n = 0;
    out[n++] = val_from_obj(t);
    for (;;) {
        Value cand = VNULL;
        bool left = false;
        for (int i = 0; i < nseq && !cand; i++) {
            if (pos[i] >= lens[i])
                continue;
            left = true;
            Value h = seqs[i][pos[i]];
            bool ok = true;
            for (int j = 0; j < nseq && ok; j++)
                ok = !in_tail(h, seqs[j], pos[j], lens[j]);
            if (ok)
                cand = h;
        }
        if (!left)
            break;
        if (!cand) {
            mro_error(ts, seqs, lens, pos, nseq);
            return VNULL;
        }
        out[n++] = cand;
        for (int i = 0; i < nseq; i++)
            if (pos[i] < lens[i] && seqs[i][pos[i]] == cand)
                pos[i]++;
    }
    return tuple_from_array(ts, out, n);
}

/* "__x" inside class C is "_C__x" (names starting with two underscores and
 * not ending with two). */
static Value
mangle(ThreadState *ts, Value cls_name, Value name)
{
    StrObj *s = str_as(name);
    if (s->size < 3 || s->data[0] != '_' || s->data[1] != '_' ||
        (s->data[s->size - 1] == '_' && s->data[s->size - 2] == '_') || strchr(s->data, '.'))
        return name;
    const char *c = str_cstr(cls_name);
    while (*c == '_')
        c++;
    if (!*c)
        return name;
    return str_from_fmt(ts, "_%s%s", c, s->data);
}

/* Builtin bases whose constructor allocates t->basicsize, so that classes
 * may append Values (__dict__, __slots__) to their layout. */
static bool
dict_capable(Type *s)
{
    return s == &ObjectType || s == &PropertyType || s == &SuperType || s == &ListType ||
           s == &IntType || s == &FloatType ||
           s == &DictType || s == &SetType || s == &FrozenSetType || s == &ModuleType ||
           s == &EnumerateType || s == &ZipType || s == &MapType || s == &FilterType ||
           (s->flags & TF_EXC_SUBCLASS);
}

static uint32_t
builtin_dict_field(Type *s)
{
    if (s->dict_offset)
        return s->dict_offset;
    if (s == &ListType || type_is_subtype(s, &ListType))
        return offsetof(ListObj, dict);
    if (s == &DictType || type_is_subtype(s, &DictType))
        return offsetof(DictObj, dict);
    if (s == &SetType || s == &FrozenSetType)
        return offsetof(SetObj, dict);
    if (s->flags & TF_EXC_SUBCLASS)
        return offsetof(ExcObj, dict);
    if (s == &TupleType)
        return offsetof(TupleObj, hash_cache); /* tuple.h: the __dict__ of subclass instances */
    return 0;
}

/* The __slots__ names as a tuple of str (mangled), VNULL if no __slots__. */
static Value
read_slots(ThreadState *ts, Type *t, Value name, bool *want_dict)
{
    Value sl = dict_get_str(t->dict, NAME(ts, __slots__));
    *want_dict = sl == VNULL;
    if (!sl)
        return VNULL;
    Value items = str_check(sl) ? tuple_pack(ts, 1, sl) : tuple_from_iterable(ts, sl);
    if (!items)
        return VNULL;
    TupleObj *it = tuple_as(items);
    Value out = tuple_new(ts, it->len);
    if (!out)
        return VNULL;
    int64_t n = 0;
    for (int64_t i = 0; i < it->len; i++) {
        Value s = it->items[i];
        if (!str_check(s))
            return exc_raise(ts, &TypeErrorType, "__slots__ items must be strings, not '%s'",
                             obj_type_name(s));
        if (strcmp(str_cstr(s), "__dict__") == 0) {
            *want_dict = true;
            continue;
        }
        if (strcmp(str_cstr(s), "__weakref__") == 0)
            continue;
        Value m = mangle(ts, name, s);
        if (!m)
            return VNULL;
        StrObj *in = str_intern_value(ts, m);
        if (dict_get_str(t->dict, in))
            return exc_raise(ts, &ValueErrorType,
                             "'%s' in __slots__ conflicts with class variable", str_cstr(s));
        tuple_as(out)->items[n++] = val_from_obj(in);
    }
    tuple_as(out)->len = n;
    return out;
}

static Value
subtype_get_dict(ThreadState *ts, Value self)
{
    return obj_get_dict(ts, self);
}

static int
subtype_set_dict(ThreadState *ts, Value self, Value v)
{
    Value *slot = obj_dict_slot(self);
    if (!slot) {
        exc_raise(ts, &AttributeErrorType, "This object has no __dict__");
        return -1;
    }
    if (v && !dict_check(v)) {
        exc_raise(ts, &TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'",
                  obj_type_name(v));
        return -1;
    }
    if (!*slot && !obj_get_dict(ts, self))
        return -1;
    *slot = v;
    return 0;
}

static Value
subtype_get_weakref(ThreadState *ts, Value self)
{
    return V_NONE;
}

static const GetSetDef subtype_getsets[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict},
    {"__weakref__", subtype_get_weakref, NULL},
};

static int
add_getset(ThreadState *ts, Type *t, const GetSetDef *g)
{
    Value d = descr_getset_new(ts, t, g);
    return d ? dict_set_cstr(ts, t->dict, g->name, d) : -1;
}

static int
compute_layout(ThreadState *ts, Type *t, Type *p, Value name)
{
    bool want_dict;
    Value slots = read_slots(ts, t, name, &want_dict);
    if (!slots && ts_has_exc(ts))
        return -1;
    t->slot_names = slots;
    Type *sb = type_static_base(p);
    uint32_t size = p->basicsize;
    t->heap_values_start = (p->flags & TF_HEAPTYPE) ? p->heap_values_start : p->basicsize;
    t->dict_offset = p->dict_offset;
    int64_t nslots = slots ? tuple_as(slots)->len : 0;
    bool var_sized = sb == &IntType || sb == &BoolType || sb == &TupleType || sb == &BytesType;
    if (nslots > 0 && (var_sized || !(dict_capable(sb) || sb == &StrType))) {
        exc_raise(ts, &TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'",
                  sb->name);
        return -1;
    }
    for (int64_t i = 0; i < nslots; i++) {
        Value d = descr_member_new(ts, t, tuple_as(slots)->items[i], size);
        if (!d || dict_set_str(ts, t->dict, str_as(tuple_as(slots)->items[i]), d) < 0)
            return -1;
        size += sizeof(Value);
    }
    if (sb == &StrType)
        t->flags |= TF_VAR_VALUES;
    if (want_dict && !t->dict_offset) {
        uint32_t f = builtin_dict_field(sb);
        if (f) {
            t->dict_offset = f;
        } else if (dict_capable(sb) || sb == &StrType) {
            t->dict_offset = size;
            size += sizeof(Value);
        }
        if (t->dict_offset && add_getset(ts, t, &subtype_getsets[0]) < 0)
            return -1;
    }
    t->basicsize = size;
    if (sb == &ObjectType && t->dict_offset)
        t->inline_start = size;
    if (!slots && !lookup_mro(p, NAME(ts, __weakref__)) &&
        add_getset(ts, t, &subtype_getsets[1]) < 0)
        return -1;
    Value d = t->dict;
    if (!dict_get_str(d, NAME(ts, __doc__)) && dict_set_str(ts, d, NAME(ts, __doc__), V_NONE) < 0)
        return -1;
    return 0;
}

static void
heap_inst_mark(GC *gc, Obj *o)
{
    Type *t = o->type;
    Type *sb = type_static_base(t);
    if (sb->mark)
        sb->mark(gc, o);
    Value *p = (Value *)((char *)o + t->heap_values_start);
    Value *e = (Value *)((char *)o + (t->inline_start ? o->gc_size : t->basicsize));
    if (t->flags & TF_VAR_VALUES) {
        p = (Value *)((char *)o + str_values_offset((StrObj *)o));
        e = p + (t->basicsize - t->heap_values_start) / sizeof(Value);
    }
    if (e > p)
        gc_mark_array(gc, p, (size_t)(e - p));
    if (t->dict_offset && t->dict_offset < t->heap_values_start)
        gc_mark(gc, *(Value *)((char *)o + t->dict_offset));
}

static int
check_bases(ThreadState *ts, Value bases)
{
    TupleObj *b = tuple_as(bases);
    for (int64_t i = 0; i < b->len; i++) {
        Value x = b->items[i];
        if (!is_type(x)) {
            exc_raise(ts, &TypeErrorType, "bases must be types");
            return -1;
        }
        if (!(type_of(x)->flags & TF_BASETYPE)) {
            exc_raise(ts, &TypeErrorType, "type '%s' is not an acceptable base type",
                      type_of(x)->name);
            return -1;
        }
        for (int64_t j = 0; j < i; j++) {
            if (b->items[j] == x) {
                exc_raise(ts, &TypeErrorType, "duplicate base class %s", type_of(x)->name);
                return -1;
            }
        }
    }
    return 0;
}

/* Wrap plain functions the way type.__new__ does: __new__ becomes a
 * staticmethod, __init_subclass__ and __class_getitem__ classmethods. */
static int
wrap_special(ThreadState *ts, Value dict, StrObj *name, bool as_static)
{
    Value f = dict_get_str(dict, name);
    if (!f || !val_is(f, &FunctionType))
        return 0;
    Value w = as_static ? descr_staticmethod_new(ts, f) : descr_classmethod_new(ts, f);
    return w ? dict_set_str(ts, dict, name, w) : -1;
}

static int
fill_namespace(ThreadState *ts, Type *t, Value name)
{
    Value d = t->dict;
    Value qn = dict_get_str(d, NAME(ts, __qualname__));
    if (qn) {
        if (!str_check(qn)) {
            exc_raise(ts, &TypeErrorType, "type __qualname__ must be a str, not %s",
                      obj_type_name(qn));
            return -1;
        }
        t->qualname = qn;
        if (dict_del(ts, d, val_from_obj(NAME(ts, __qualname__))) < 0)
            return -1;
    } else {
        t->qualname = name;
    }
    Value mod = dict_get_str(d, NAME(ts, __module__));
    if (!mod && ts->frame && ts->frame->globals) {
        mod = dict_get_str(ts->frame->globals, NAME(ts, __name__));
        if (mod && dict_set_str(ts, d, NAME(ts, __module__), mod) < 0)
            return -1;
    }
    t->module = mod;
    if (dict_get_str(d, NAME(ts, __eq__)) && !dict_get_str(d, NAME(ts, __hash__)) &&
        dict_set_str(ts, d, NAME(ts, __hash__), V_NONE) < 0)
        return -1;
    if (wrap_special(ts, d, NAME(ts, __new__), true) < 0 ||
        wrap_special(ts, d, NAME(ts, __init_subclass__), false) < 0 ||
        wrap_special(ts, d, NAME(ts, __class_getitem__), false) < 0)
        return -1;
    return 0;
}

static int
set_classcell(ThreadState *ts, Type *t)
{
    Value cell = dict_get_str(t->dict, NAME(ts, __classcell__));
    if (!cell)
        return 0;
    if (!val_is(cell, &CellType)) {
        Value r = obj_repr(ts, val_from_obj(val_type(cell)));
        exc_raise(ts, &TypeErrorType, "__classcell__ must be a nonlocal cell, not %s",
                  r ? str_cstr(r) : "?");
        return -1;
    }
    ((CellObj *)val_as_obj(cell))->ref = val_from_obj(t);
    return dict_del(ts, t->dict, val_from_obj(NAME(ts, __classcell__))) < 0 ? -1 : 0;
}

static int
register_subclass(ThreadState *ts, Type *t)
{
    TupleObj *b = tuple_as(t->bases);
    for (int64_t i = 0; i < b->len; i++) {
        Type *base = type_of(b->items[i]);
        if (!(base->flags & TF_HEAPTYPE))
            continue;
        if (base->nsubclasses == base->subclasses_cap) {
            uint32_t nc = base->subclasses_cap ? base->subclasses_cap * 2 : 4;
            Type **ns = realloc(base->subclasses, sizeof(Type *) * nc);
            if (!ns) {
                exc_no_memory(ts);
                return -1;
            }
            base->subclasses = ns;
            base->subclasses_cap = nc;
        }
        base->subclasses[base->nsubclasses++] = t;
    }
    return 0;
}

/* 3.11 wraps the failure: RuntimeError("Error calling __set_name__ ...") from it. */
static void
set_name_error(ThreadState *ts, Type *t, Value val, Value key)
{
    Value cause = exc_fetch(ts);
    ts_push_root(ts, cause);
    Value kr = obj_repr(ts, key);
    ts_pop_roots(ts, 1);
    if (!kr)
        return;
    exc_raise(ts, &RuntimeErrorType, "Error calling __set_name__ on '%s' instance %s in '%s'",
              obj_type_name(val), str_cstr(kr), t->name);
    if (ts->exc && val_isinstance(ts->exc, &BaseExceptionType)) {
        exc_as(ts->exc)->cause = cause;
        exc_as(ts->exc)->context = cause;
        exc_as(ts->exc)->suppress_context = 1;
    }
}

static int
call_set_names(ThreadState *ts, Type *t)
{
    Value items = list_new(ts, 0);
    if (!items)
        return -1;
    ts_push_root(ts, items);
    Value k, v;
    int r = 0;
    for (int64_t i = 0; r == 0 && dict_next(t->dict, &i, &k, &v);)
        if (list_append(ts, items, k) < 0 || list_append(ts, items, v) < 0)
            r = -1;
    ListObj *l = list_as(items);
    for (int64_t i = 0; r == 0 && i + 1 < l->len; i += 2) {
        Value val = l->items[i + 1];
        Value f = type_lookup(val_type(val), NAME(ts, __set_name__));
        if (!f)
            continue;
        Value args[2] = {val_from_obj(t), l->items[i]};
        if (!call_as_method(ts, f, val, args, 2, VNULL)) {
            set_name_error(ts, t, val, l->items[i]);
            r = -1;
        }
    }
    ts_pop_roots(ts, 1);
    return r;
}

static int
call_init_subclass(ThreadState *ts, Type *t, Value *kwvals, Value kwnames)
{
    TupleObj *m = tuple_as(t->mro);
    for (int64_t i = 1; i < m->len; i++) {
        Value f = dict_get_str(type_of(m->items[i])->dict, NAME(ts, __init_subclass__));
        if (!f)
            continue;
        Type *ft = val_type(f);
        if (ft->descr_get) {
            f = ft->descr_get(ts, f, VNULL, val_from_obj(t));
            if (!f)
                return -1;
        }
        ts_push_root(ts, f);
        Value r = obj_call(ts, f, kwvals, 0, kwnames);
        ts_pop_roots(ts, 1);
        return r ? 0 : -1;
    }
    return 0;
}

static Value
copy_namespace(ThreadState *ts, Value ns)
{
    if (dict_check(ns))
        return dict_copy(ts, ns);
    Value d = dict_new(ts);
    if (d && dict_update(ts, d, ns) < 0)
        return VNULL;
    return d;
}

static int
build_class(ThreadState *ts, Type *t, Value name, Value bases, Value ns)
{
    Type *best = best_base(ts, bases);
    if (!best)
        return -1;
    t->flags = TF_HEAPTYPE | TF_BASETYPE;
    t->parent = best;
    t->bases = bases;
    t->name_obj = name;
    t->name = str_cstr(name);
    t->qualname = name;
    if (!(t->dict = copy_namespace(ts, ns)))
        return -1;
    if (fill_namespace(ts, t, name) < 0 || compute_layout(ts, t, best, name) < 0)
        return -1;
    uint32_t size = t->basicsize, doff = t->dict_offset;
    if (!(t->mro = c3_mro(ts, t, bases)))
        return -1;
    t->version = type_next_version();
    t->cache = calloc(TYPE_CACHE_SIZE, sizeof(TypeCacheEntry));
    if (!t->cache) {
        exc_no_memory(ts);
        return -1;
    }
    inherit_slots(t, best, true);
    t->basicsize = size;
    t->dict_offset = doff;
    t->mark = heap_inst_mark;
    type_fixup_one(ts, t);
    if (set_classcell(ts, t) < 0 || register_subclass(ts, t) < 0)
        return -1;
    return 0;
}

static Type *
calc_metaclass(ThreadState *ts, Type *meta, Value bases)
{
    TupleObj *b = tuple_as(bases);
    Type *winner = meta;
    for (int64_t i = 0; i < b->len; i++) {
        Type *bt = val_type(b->items[i]);
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        exc_raise(ts, &TypeErrorType,
                  "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                  "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

Value
type_new_class(ThreadState *ts, Type *meta, Value name, Value bases, Value ns, Value *kwvals,
               Value kwnames)
{
    if (tuple_as(bases)->len == 0) {
        bases = tuple_pack(ts, 1, val_from_obj(&ObjectType));
        if (!bases)
            return VNULL;
    }
    if (check_bases(ts, bases) < 0)
        return VNULL;
    Type *t = gc_alloc(ts, meta, meta->basicsize ? meta->basicsize : sizeof(Type));
    if (!t)
        return VNULL;
    Value tv = val_from_obj(t);
    ts_push_root(ts, tv);
    int r = build_class(ts, t, name, bases, ns);
    if (r == 0)
        r = call_set_names(ts, t);
    if (r == 0)
        r = call_init_subclass(ts, t, kwvals, kwnames);
    ts_pop_roots(ts, 1);
    return r == 0 ? tv : VNULL;
}

/* }===== */
/* {===== the type type */

static Value
type_tp_new(ThreadState *ts, Type *meta, Value *args, int nargs, Value kwnames)
{
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    if (meta == &TypeType && nargs == 1 && nkw == 0)
        return val_from_obj(val_type(args[0]));
    if (nargs != 3) {
        if (meta == &TypeType)
            return exc_raise(ts, &TypeErrorType, "type() takes 1 or 3 arguments");
        return exc_raise(ts, &TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)",
                         nargs);
    }
    if (!str_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "type.__new__() argument 1 must be str, not %s",
                         obj_type_name(args[0]));
    if (!val_isinstance(args[1], &TupleType))
        return exc_raise(ts, &TypeErrorType, "type.__new__() argument 2 must be tuple, not %s",
                         obj_type_name(args[1]));
    if (!dict_check(args[2]))
        return exc_raise(ts, &TypeErrorType, "type.__new__() argument 3 must be dict, not %s",
                         obj_type_name(args[2]));
    Type *winner = calc_metaclass(ts, meta, args[1]);
    if (!winner)
        return VNULL;
    if (winner != meta && winner->new_ != type_tp_new)
        return winner->new_(ts, winner, args, nargs, kwnames);
    Value name = val_from_obj(str_intern_value(ts, args[0]));
    return type_new_class(ts, winner, name, args[1], args[2], args + 3, kwnames);
}

static int
type_tp_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1 && nargs != 3) {
        exc_raise(ts, &TypeErrorType, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

static Value
type_call(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames)
{
    Type *t = type_of(callable);
    if (t == &TypeType && nargs == 1 && (!kwnames || tuple_as(kwnames)->len == 0))
        return val_from_obj(val_type(args[0]));
    if (!t->new_)
        return exc_raise(ts, &TypeErrorType, "cannot create '%s' instances", t->name);
    Value obj = t->new_(ts, t, args, nargs, kwnames);
    if (!obj)
        return VNULL;
    Type *ot = val_type(obj);
    if (ot != t && !type_is_subtype(ot, t))
        return obj;
    if (ot->init) {
        ts_push_root(ts, obj);
        int r = ot->init(ts, obj, args, nargs, kwnames);
        ts_pop_roots(ts, 1);
        if (r < 0)
            return VNULL;
    }
    return obj;
}

static Value
type_getattro(ThreadState *ts, Value obj, StrObj *name)
{
    Type *t = type_of(obj);
    Type *meta = val_type(obj);
    Value ma = type_lookup(meta, name);
    Type *mt = NULL;
    if (ma) {
        mt = val_type(ma);
        if (mt->descr_get && mt->descr_set)
            return mt->descr_get(ts, ma, obj, val_from_obj(meta));
    }
    Value a = type_lookup(t, name);
    if (a) {
        Type *at = val_type(a);
        if (at->descr_get)
            return at->descr_get(ts, a, VNULL, obj);
        return a;
    }
    if (ma) {
        if (mt->descr_get)
            return mt->descr_get(ts, ma, obj, val_from_obj(meta));
        return ma;
    }
    return obj_attr_error(ts, obj, name);
}

static int
type_setattro(ThreadState *ts, Value obj, StrObj *name, Value v)
{
    Type *t = type_of(obj);
    if (!(t->flags & TF_HEAPTYPE)) {
        exc_raise(ts, &TypeErrorType, "cannot set '%s' attribute of immutable type '%s'",
                  name->data, t->name);
        return -1;
    }
    Value ma = type_lookup(val_type(obj), name);
    if (ma && val_type(ma)->descr_set)
        return val_type(ma)->descr_set(ts, ma, obj, v);
    if (!name->interned)
        name = str_intern_value(ts, val_from_obj(name));
    if (v) {
        if (dict_set_str(ts, t->dict, name, v) < 0)
            return -1;
        type_note_class_attr(t, name, v);
    } else {
        int r = dict_del(ts, t->dict, val_from_obj(name));
        if (r <= 0) {
            if (r == 0)
                obj_attr_error(ts, obj, name);
            return -1;
        }
    }
    type_modified(t);
    if (is_dunder(name))
        type_fixup_slots(ts, t);
    return 0;
}

static void
type_mark(GC *gc, Obj *o)
{
    Type *t = (Type *)o;
    gc_mark(gc, t->bases);
    gc_mark(gc, t->mro);
    gc_mark(gc, t->dict);
    gc_mark(gc, t->name_obj);
    gc_mark(gc, t->qualname);
    gc_mark(gc, t->module);
    gc_mark(gc, t->slot_names);
    if (t->parent)
        gc_mark(gc, val_from_obj(t->parent));
}

static void
type_finalize(Obj *o)
{
    Type *t = (Type *)o;
    if (!(t->flags & TF_HEAPTYPE))
        return;
    free(t->cache);
    t->cache = NULL;
    free(t->shape);
    t->shape = NULL;
    free(t->subclasses);
    t->subclasses = NULL;
    t->nsubclasses = 0;
    /* leave the (weak) subclass arrays of the bases still alive */
    TupleObj *b = t->bases ? tuple_as(t->bases) : NULL;
    for (int64_t i = 0; b && i < b->len; i++) {
        Type *base = type_of(b->items[i]);
        for (uint32_t j = 0; j < base->nsubclasses; j++) {
            if (base->subclasses[j] == t) {
                memmove(base->subclasses + j, base->subclasses + j + 1,
                        sizeof(Type *) * (base->nsubclasses - j - 1));
                base->nsubclasses--;
                break;
            }
        }
    }
}

/* ---- type methods and attributes ---- */

static Value
type_mro_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "mro", nargs - 1, 0, 0) < 0)
        return VNULL;
    TupleObj *m = tuple_as(type_of(args[0])->mro);
    return list_from_array(ts, m->items, m->len);
}

static Value
type_subclasses(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__subclasses__", nargs - 1, 0, 0) < 0)
        return VNULL;
    Type *t = type_of(args[0]);
    Value l = list_new(ts, t->nsubclasses);
    for (uint32_t i = 0; l && i < t->nsubclasses; i++)
        if (list_append(ts, l, val_from_obj(t->subclasses[i])) < 0)
            return VNULL;
    return l;
}

static Value
type_instancecheck(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__instancecheck__", nargs - 1, 1, 1) < 0)
        return VNULL;
    return val_bool(val_isinstance(args[1], type_of(args[0])));
}

static Value
type_subclasscheck(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__subclasscheck__", nargs - 1, 1, 1) < 0)
        return VNULL;
    if (!is_type(args[1]))
        return exc_raise(ts, &TypeErrorType, "issubclass() arg 1 must be a class");
    return val_bool(type_is_subtype(type_of(args[1]), type_of(args[0])));
}

static Value
type_prepare(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return dict_new(ts);
}

static Value
type_get_name(ThreadState *ts, Value self)
{
    Type *t = type_of(self);
    return t->name_obj ? t->name_obj : str_from_cstr(ts, t->name);
}

static int
check_mutable(ThreadState *ts, Type *t, const char *attr)
{
    if (t->flags & TF_HEAPTYPE)
        return 0;
    exc_raise(ts, &TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", attr,
              t->name);
    return -1;
}

static int
type_set_name(ThreadState *ts, Value self, Value v)
{
    Type *t = type_of(self);
    if (check_mutable(ts, t, "__name__") < 0)
        return -1;
    if (!v || !str_check(v)) {
        exc_raise(ts, &TypeErrorType, "can only assign string to %s.__name__, not '%s'", t->name,
                  v ? obj_type_name(v) : "NoneType");
        return -1;
    }
    t->name_obj = v;
    t->name = str_cstr(v);
    return 0;
}

static Value
type_get_qualname(ThreadState *ts, Value self)
{
    return type_qualname_value(ts, type_of(self));
}

static int
type_set_qualname(ThreadState *ts, Value self, Value v)
{
    Type *t = type_of(self);
    if (check_mutable(ts, t, "__qualname__") < 0)
        return -1;
    if (!v || !str_check(v)) {
        exc_raise(ts, &TypeErrorType, "can only assign string to %s.__qualname__, not '%s'",
                  t->name, v ? obj_type_name(v) : "NoneType");
        return -1;
    }
    t->qualname = v;
    return 0;
}

static Value
type_get_module(ThreadState *ts, Value self)
{
    Type *t = type_of(self);
    if (t->flags & TF_HEAPTYPE) {
        Value m = dict_get_str(t->dict, NAME(ts, __module__));
        if (!m)
            return exc_raise(ts, &AttributeErrorType, "__module__");
        return m;
    }
    return t->module ? t->module : str_from_cstr(ts, "builtins");
}

static int
type_set_module(ThreadState *ts, Value self, Value v)
{
    Type *t = type_of(self);
    if (check_mutable(ts, t, "__module__") < 0)
        return -1;
    if (!v) {
        exc_raise(ts, &TypeErrorType, "cannot delete '__module__' attribute");
        return -1;
    }
    t->module = v;
    type_modified(t);
    return dict_set_str(ts, t->dict, NAME(ts, __module__), v);
}

static Value
type_get_bases(ThreadState *ts, Value self)
{
    return type_of(self)->bases;
}

static Value
type_get_base(ThreadState *ts, Value self)
{
    Type *p = type_of(self)->parent;
    return p ? val_from_obj(p) : V_NONE;
}

static Value
type_get_mro(ThreadState *ts, Value self)
{
    return type_of(self)->mro;
}

static Value
type_get_dict(ThreadState *ts, Value self)
{
    return descr_mappingproxy_new(ts, type_of(self)->dict);
}

static Value
type_get_doc(ThreadState *ts, Value self)
{
    Type *t = type_of(self);
    Value d = dict_get_str(t->dict, NAME(ts, __doc__));
    if (!d)
        return V_NONE;
    Type *dt = val_type(d);
    if ((t->flags & TF_HEAPTYPE) && dt->descr_get)
        return dt->descr_get(ts, d, VNULL, self);
    return d;
}

static int
type_set_doc(ThreadState *ts, Value self, Value v)
{
    Type *t = type_of(self);
    if (check_mutable(ts, t, "__doc__") < 0)
        return -1;
    type_modified(t);
    return dict_set_str(ts, t->dict, NAME(ts, __doc__), v ? v : V_NONE);
}

static Value
type_get_abstract(ThreadState *ts, Value self)
{
    Type *t = type_of(self);
    Value v = t != &TypeType ? dict_get_str(t->dict, NAME(ts, __abstractmethods__)) : VNULL;
    if (!v)
        return exc_raise(ts, &AttributeErrorType, "__abstractmethods__");
    return v;
}

static int
type_set_abstract(ThreadState *ts, Value self, Value v)
{
    Type *t = type_of(self);
    if (check_mutable(ts, t, "__abstractmethods__") < 0)
        return -1;
    int abstract = 0;
    if (v && (abstract = obj_truth(ts, v)) < 0)
        return -1;
    int r = v ? dict_set_str(ts, t->dict, NAME(ts, __abstractmethods__), v)
              : dict_del(ts, t->dict, NAMEV(ts, __abstractmethods__));
    if (r < 0)
        return -1;
    if (abstract)
        t->flags |= TF_ABSTRACT_NEW;
    else
        t->flags &= ~(uint32_t)TF_ABSTRACT_NEW;
    type_modified(t);
    return 0;
}

static Value
type_get_annotations(ThreadState *ts, Value self)
{
    Type *t = type_of(self);
    if (!(t->flags & TF_HEAPTYPE))
        return obj_attr_error(ts, self, NAME(ts, __annotations__));
    Value a = dict_get_str(t->dict, NAME(ts, __annotations__));
    if (a) {
        Type *at = val_type(a);
        return at->descr_get ? at->descr_get(ts, a, VNULL, self) : a;
    }
    a = dict_new(ts);
    if (!a || dict_set_str(ts, t->dict, NAME(ts, __annotations__), a) < 0)
        return VNULL;
    return a;
}

static int
type_set_annotations(ThreadState *ts, Value self, Value v)
{
    Type *t = type_of(self);
    if (check_mutable(ts, t, "__annotations__") < 0)
        return -1;
    type_modified(t);
    if (v)
        return dict_set_str(ts, t->dict, NAME(ts, __annotations__), v);
    return dict_del(ts, t->dict, NAMEV(ts, __annotations__)) < 0 ? -1 : 0;
}

static Value
type_get_basicsize(ThreadState *ts, Value self)
{
    return val_from_int(type_of(self)->basicsize);
}

static Value
type_get_dictoffset(ThreadState *ts, Value self)
{
    return val_from_int(type_of(self)->dict_offset);
}

static Value
type_get_flags(ThreadState *ts, Value self)
{
    return val_from_int(type_of(self)->flags);
}

static Value
type_get_zero(ThreadState *ts, Value self)
{
    return val_from_int(0);
}

static Value
type_get_none(ThreadState *ts, Value self)
{
    return V_NONE;
}

static Value
type_dir(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__dir__", nargs - 1, 0, 0) < 0)
        return VNULL;
    Value acc = dict_new(ts);
    if (!acc)
        return VNULL;
    ts_push_root(ts, acc);
    int r = dir_add_mro(ts, acc, type_of(args[0]));
    ts_pop_roots(ts, 1);
    return r < 0 ? VNULL : dict_keys_list(ts, acc);
}

static Value
type_sizeof(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__sizeof__", nargs - 1, 0, 0) < 0)
        return VNULL;
    return val_from_int(sizeof(Type));
}

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, METH_DEFAULT},
    {"__dir__", type_dir, METH_DEFAULT},
    {"__sizeof__", type_sizeof, METH_DEFAULT},
    {"__subclasses__", type_subclasses, METH_DEFAULT},
    {"__instancecheck__", type_instancecheck, METH_DEFAULT},
    {"__subclasscheck__", type_subclasscheck, METH_DEFAULT},
    {"__prepare__", type_prepare, METH_CLASS},
    {NULL, NULL, 0},
};

static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {"__basicsize__", type_get_basicsize, NULL},
    {"__dictoffset__", type_get_dictoffset, NULL},
    {"__flags__", type_get_flags, NULL},
    {"__itemsize__", type_get_zero, NULL},
    {"__weakrefoffset__", type_get_zero, NULL},
    {"__text_signature__", type_get_none, NULL},
    {NULL, NULL, NULL},
};

Type TypeType = {
    .name = "type",
    .basicsize = sizeof(Type),
    .flags = TF_BASETYPE | TF_TYPE_SUBCLASS,
    .mark = type_mark,
    .finalize = type_finalize,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .nb = {[NB_OR] = type_or},
    .new_ = type_tp_new,
    .init = type_tp_init,
    .methods = type_methods,
    .getsets = type_getsets,
};

/* }===== */
