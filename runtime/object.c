/* runtime/object.c: the generic object protocol (what the VM and builtins
 * call) and the `object` base type.
 * SPDX-License-Identifier: MIT
 *
 * Each operation dispatches through the C slots of the operand types with
 * CPython 3.11's rules: reflected operands, subclass priority, identity
 * fallback for == and !=, and the exact TypeError texts.  Classes defined
 * in Python reach their dunder methods through the generic slot functions
 * installed by type.c, so this file never looks a dunder up itself except
 * for protocols without a slot (__class_getitem__, __format__ ...).
 */
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "typeobj.h"

const char *
obj_type_name(Value v)
{
    return val_type(v)->name;
}

/* {===== errors */

void
obj_set_attr_error_fields(ThreadState *ts, Value obj, StrObj *name)
{
    if (ts->exc && val_isinstance(ts->exc, &AttributeErrorType)) {
        exc_as(ts->exc)->fields[0] = val_from_obj(name);
        exc_as(ts->exc)->fields[1] = obj;
    }
}

Value
obj_attr_error(ThreadState *ts, Value obj, StrObj *name)
{
    if (val_isinstance(obj, &TypeType)) {
        Type *t = (Type *)val_as_obj(obj);
        exc_raise(ts, &AttributeErrorType, "type object '%s' has no attribute '%s'", t->name,
                  name->data);
    } else {
        exc_raise(ts, &AttributeErrorType, "'%s' object has no attribute '%s'",
                  obj_type_name(obj), name->data);
    }
    obj_set_attr_error_fields(ts, obj, name);
    return VNULL;
}

/* }===== */
/* {===== calls */

Value
obj_call(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames)
{
    Type *t = val_type(callable);
    if (t->call)
        return t->call(ts, callable, args, nargs, kwnames);
    return exc_raise(ts, &TypeErrorType, "'%s' object is not callable", t->name);
}

Value
obj_call0(ThreadState *ts, Value callable)
{
    return obj_call(ts, callable, NULL, 0, VNULL);
}

Value
obj_call1(ThreadState *ts, Value callable, Value a)
{
    return obj_call(ts, callable, &a, 1, VNULL);
}

Value
obj_call2(ThreadState *ts, Value callable, Value a, Value b)
{
    Value args[2] = {a, b};
    return obj_call(ts, callable, args, 2, VNULL);
}

bool
obj_is_callable(Value v)
{
    return val_type(v)->call != NULL;
}

static bool
is_unbound_method_like(Value f)
{
    Type *ft = val_type(f);
    if (ft == &FunctionType || ft == &SlotWrapperType)
        return true;
    if (ft == &BuiltinFunctionType) {
        BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(f);
        return !b->self && b->owner && !(b->def->flags & (METH_CLASS | METH_STATIC));
    }
    return false;
}

Value
call_as_method(ThreadState *ts, Value f, Value self, Value *args, int nargs, Value kwnames)
{
    if (is_unbound_method_like(f)) {
        int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
        int total = nargs + nkw + 1;
        Value small[8];
        Value *buf = total <= 8 ? small : malloc(sizeof(Value) * (size_t)total);
        if (!buf)
            return exc_no_memory(ts);
        buf[0] = self;
        if (nargs + nkw)
            memcpy(buf + 1, args, sizeof(Value) * (size_t)(nargs + nkw));
        Value r = obj_call(ts, f, buf, nargs + 1, kwnames);
        if (buf != small)
            free(buf);
        return r;
    }
    Type *ft = val_type(f);
    if (ft->descr_get) {
        f = ft->descr_get(ts, f, self, val_from_obj(val_type(self)));
        if (!f)
            return VNULL;
    }
    ts_push_root(ts, f);
    Value r = obj_call(ts, f, args, nargs, kwnames);
    ts_pop_roots(ts, 1);
    return r;
}

Value
obj_call_special(ThreadState *ts, Value self, StrObj *name, Value *args, int nargs, bool *found)
{
    Value f = type_lookup(val_type(self), name);
    *found = f != VNULL;
    if (!f)
        return VNULL;
    return call_as_method(ts, f, self, args, nargs, VNULL);
}

Value
obj_call_method(ThreadState *ts, Value obj, const char *name, Value *args, int nargs)
{
    StrObj *n = str_intern(ts, name);
    if (!n)
        return VNULL;
    Value f = obj_getattr(ts, obj, n);
    if (!f)
        return VNULL;
    ts_push_root(ts, f);
    Value r = obj_call(ts, f, args, nargs, VNULL);
    ts_pop_roots(ts, 1);
    return r;
}

/* }===== */
/* {===== repr, str, hash, truth */

Value
obj_repr(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (t->repr)
        return t->repr(ts, v);
    return object_repr(ts, v);
}

Value
obj_str(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (t == &StrType)
        return v;
    if (t->str)
        return t->str(ts, v);
    return obj_repr(ts, v);
}

int64_t
obj_hash(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (t->hash)
        return t->hash(ts, v);
    exc_raise(ts, &TypeErrorType, "unhashable type: '%s'", t->name);
    return -1;
}

int
obj_truth(ThreadState *ts, Value v)
{
    if (v == V_TRUE)
        return 1;
    if (v == V_FALSE || v == V_NONE)
        return 0;
    if (val_is_int(v))
        return val_as_int(v) != 0;
    Type *t = val_type(v);
    if (t->truth)
        return t->truth(ts, v);
    if (t->len) {
        int64_t n = t->len(ts, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

int64_t
obj_len(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (t->len)
        return t->len(ts, v);
    exc_raise(ts, &TypeErrorType, "object of type '%s' has no len()", t->name);
    return -1;
}

/* }===== */
/* {===== comparisons */

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_sym[] = {"<", "<=", "==", "!=", ">", ">="};

static Value
compare_small(int64_t x, int64_t y, int op)
{
    switch (op) {
    case CMP_LT: return val_bool(x < y);
    case CMP_LE: return val_bool(x <= y);
    case CMP_EQ: return val_bool(x == y);
    case CMP_NE: return val_bool(x != y);
    case CMP_GT: return val_bool(x > y);
    default: return val_bool(x >= y);
    }
}

Value
obj_compare(ThreadState *ts, Value a, Value b, int op)
{
    if (val_is_int(a) && val_is_int(b))
        return compare_small(val_as_int(a), val_as_int(b), op);
    Type *ta = val_type(a), *tb = val_type(b);
    bool checked = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        checked = true;
        ts_push_root(ts, a);
        ts_push_root(ts, b);
        r = tb->richcompare(ts, b, a, swapped_op[op]);
        ts_pop_roots(ts, 2);
        if (r != V_NOTIMPL)
            return r;
    }
    if (ta->richcompare) {
        ts_push_root(ts, a);
        ts_push_root(ts, b);
        r = ta->richcompare(ts, a, b, op);
        ts_pop_roots(ts, 2);
        if (r != V_NOTIMPL)
            return r;
    }
    if (!checked && tb->richcompare) {
        r = tb->richcompare(ts, b, a, swapped_op[op]);
        if (r != V_NOTIMPL)
            return r;
    }
    if (op == CMP_EQ)
        return val_bool(a == b);
    if (op == CMP_NE)
        return val_bool(a != b);
    return exc_raise(ts, &TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
                     cmp_sym[op], ta->name, tb->name);
}

int
obj_compare_bool(ThreadState *ts, Value a, Value b, int op)
{
    Value r = obj_compare(ts, a, b, op);
    if (!r)
        return -1;
    if (r == V_TRUE)
        return 1;
    if (r == V_FALSE)
        return 0;
    return obj_truth(ts, r);
}

int
obj_eq(ThreadState *ts, Value a, Value b)
{
    if (a == b)
        return 1;
    if (val_is_int(a) && val_is_int(b))
        return 0;
    if (str_check_exact(a) && str_check_exact(b))
        return str_eq(str_as(a), str_as(b));
    return obj_compare_bool(ts, a, b, CMP_EQ);
}

/* }===== */
/* {===== arithmetic */

static const char *const nb_sym[NB_COUNT] = {
#define X(n, s, d, r, i) s,
    NB_OPS(X)
#undef X
};

static Value
binary_op1(ThreadState *ts, Value a, Value b, int op)
{
    Type *ta = val_type(a), *tb = val_type(b);
    BinaryFn sa = ta->nb[op];
    BinaryFn sb = tb != ta ? tb->nb[op] : NULL;
    if (sb == sa)
        sb = NULL;
    Value r;
    if (sa) {
        if (sb && type_is_subtype(tb, ta)) {
            ts_push_root(ts, a);
            ts_push_root(ts, b);
            r = sb(ts, a, b);
            ts_pop_roots(ts, 2);
            if (r != V_NOTIMPL)
                return r;
            sb = NULL;
        }
        if (!sb) /* nothing else to try: no need to keep a and b */
            return sa(ts, a, b);
        ts_push_root(ts, a);
        ts_push_root(ts, b);
        r = sa(ts, a, b);
        ts_pop_roots(ts, 2);
        if (r != V_NOTIMPL)
            return r;
    }
    if (sb)
        return sb(ts, a, b);
    return V_NOTIMPL;
}

static bool
is_sequence(Value v)
{
    return val_isinstance(v, &StrType) || val_isinstance(v, &ListType) ||
           val_isinstance(v, &TupleType) || val_isinstance(v, &BytesType);
}

static bool
has_index(Value v)
{
    return val_is_int(v) || val_type(v)->index != NULL;
}

static Value
binop_error(ThreadState *ts, Value a, Value b, int op, bool inplace)
{
    if (op == NB_MUL) {
        if (is_sequence(a) && !has_index(b))
            return exc_raise(ts, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                             obj_type_name(b));
        if (is_sequence(b) && !has_index(a))
            return exc_raise(ts, &TypeErrorType, "can't multiply sequence by non-int of type '%s'",
                             obj_type_name(a));
    }
    if (op == NB_POW && !inplace)
        return exc_raise(ts, &TypeErrorType,
                         "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                         obj_type_name(a), obj_type_name(b));
    return exc_raise(ts, &TypeErrorType, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                     nb_sym[op], inplace ? "=" : "", obj_type_name(a), obj_type_name(b));
}

Value
obj_binary_op(ThreadState *ts, Value a, Value b, int op)
{
    Value r = binary_op1(ts, a, b, op);
    if (r != V_NOTIMPL)
        return r;
    return binop_error(ts, a, b, op, false);
}

Value
obj_inplace_op(ThreadState *ts, Value a, Value b, int op)
{
    BinaryFn si = val_type(a)->nb_inplace[op];
    if (si) {
        Value r = si(ts, a, b);
        if (r != V_NOTIMPL)
            return r;
    }
    Value r = binary_op1(ts, a, b, op);
    if (r != V_NOTIMPL)
        return r;
    return binop_error(ts, a, b, op, true);
}

static Value
unary(ThreadState *ts, Value a, UnaryFn f, const char *sym)
{
    if (f)
        return f(ts, a);
    return exc_raise(ts, &TypeErrorType, "bad operand type for unary %s: '%s'", sym,
                     obj_type_name(a));
}

Value
obj_neg(ThreadState *ts, Value a)
{
    return unary(ts, a, val_type(a)->neg, "-");
}

Value
obj_pos(ThreadState *ts, Value a)
{
    return unary(ts, a, val_type(a)->pos, "+");
}

Value
obj_invert(ThreadState *ts, Value a)
{
    return unary(ts, a, val_type(a)->invert, "~");
}

Value
obj_index(ThreadState *ts, Value v)
{
    if (val_is_int(v))
        return v;
    Type *t = val_type(v);
    if (t == &IntType)
        return v;
    if (t->index) {
        Value r = t->index(ts, v);
        if (r && !int_check(r))
            return exc_raise(ts, &TypeErrorType, "__index__ returned non-int (type %s)",
                             obj_type_name(r));
        return r;
    }
    return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                     t->name);
}

/* }===== */
/* {===== attributes */

/* Where the Value at layout offset `off` of a class instance lives: str
 * subclasses keep their class Values after the character data. */
static inline Value *
value_at(Obj *o, Type *t, uint32_t off)
{
    if (t->flags & TF_VAR_VALUES)
        return (Value *)((char *)o + str_values_offset((StrObj *)o) + (off - sizeof(StrObj)));
    return (Value *)((char *)o + off);
}

Value *
obj_value_at(Value obj, uint32_t off)
{
    Obj *o = val_as_obj(obj);
    return value_at(o, o->type, off);
}

Value *
obj_dict_slot(Value obj)
{
    if (!val_is_obj(obj))
        return NULL;
    Obj *o = val_as_obj(obj);
    uint32_t off = o->type->dict_offset;
    return off ? value_at(o, o->type, off) : NULL;
}

/* {===== inline instance values
 * A class with inline values (t->inline_start) lays its instances out as the
 * fixed part, then a Value array sized when the instance is allocated.
 * Attribute i of the class's shape lives in values[i]; an instance fills
 * its values densely in shape order (so a dict made later has the right
 * insertion order) and switches to a real __dict__ when it cannot: a
 * deletion, an out-of-order or overflowing attribute, a name that would
 * shadow a method, or anyone asking for __dict__. */

#define SHAPE_MAX 48

static inline Value *
inline_values(Obj *o, Type *t, int64_t *cap)
{
    *cap = ((int64_t)o->gc_size - (int64_t)t->inline_start) / (int64_t)sizeof(Value);
    if (*cap < 0)
        *cap = 0;
    return (Value *)((char *)o + t->inline_start);
}

static inline int64_t
shape_find(Type *t, StrObj *name)
{
    for (uint32_t i = 0; i < t->shape_len; i++)
        if (t->shape[i] == name)
            return i;
    if (!name->interned) /* shapes hold interned names: compare contents */
        for (uint32_t i = 0; i < t->shape_len; i++)
            if (str_eq(t->shape[i], name))
                return i;
    return -1;
}

int64_t
type_shape_index(Type *t, StrObj *name)
{
    return t->inline_start ? shape_find(t, name) : -1;
}

static bool
shadows_method(Type *t, StrObj *name)
{
    Value d = type_lookup(t, name);
    return d && (val_is(d, &FunctionType) || val_is(d, &BuiltinFunctionType));
}

static int64_t
shape_append(Type *t, StrObj *name)
{
    if (t->shape_len >= SHAPE_MAX)
        return -1;
    if (t->shape_len == t->shape_cap) {
        uint32_t nc = t->shape_cap ? t->shape_cap * 2 : 8;
        StrObj **ns = realloc(t->shape, sizeof(StrObj *) * nc);
        if (!ns)
            return -1;
        t->shape = ns;
        t->shape_cap = nc;
    }
    t->shape[t->shape_len] = name;
    return t->shape_len++;
}

/* Store into the inline values: 1 stored, 0 the instance needs a dict. */
static int
values_set(Obj *o, Type *t, StrObj *name, Value v)
{
    if (!name->interned)
        return 0;
    int64_t cap;
    Value *vals = inline_values(o, t, &cap);
    int64_t i = shape_find(t, name);
    if (i < 0) {
        i = t->shape_len;
        if (i >= cap || (i > 0 && !vals[i - 1]) || shadows_method(t, name))
            return 0;
        if (shape_append(t, name) < 0)
            return 0;
    } else if (i >= cap || (!vals[i] && i > 0 && !vals[i - 1])) {
        return 0;
    }
    vals[i] = v;
    return 1;
}

static Value
materialize(ThreadState *ts, Obj *o, Type *t, Value *slot)
{
    Value d = dict_new(ts);
    if (!d)
        return VNULL;
    if (t->inline_start) {
        int64_t cap;
        Value *vals = inline_values(o, t, &cap);
        for (int64_t i = 0; i < cap && i < (int64_t)t->shape_len; i++) {
            if (vals[i] && dict_set_str(ts, d, t->shape[i], vals[i]) < 0)
                return VNULL;
        }
        for (int64_t i = 0; i < cap; i++)
            vals[i] = VNULL;
    }
    *slot = d;
    return d;
}

Value
obj_get_dict(ThreadState *ts, Value obj)
{
    Value *slot = obj_dict_slot(obj);
    if (!slot)
        return exc_raise(ts, &AttributeErrorType, "'%s' object has no attribute '__dict__'",
                         obj_type_name(obj));
    if (*slot)
        return *slot;
    return materialize(ts, val_as_obj(obj), val_type(obj), slot);
}

Value
obj_instance_attr(Value obj, StrObj *name)
{
    Value *slot = obj_dict_slot(obj);
    if (!slot)
        return VNULL;
    if (*slot)
        return dict_get_str(*slot, name);
    Type *t = val_type(obj);
    if (!t->inline_start)
        return VNULL;
    int64_t cap, i = shape_find(t, name);
    Value *vals = inline_values(val_as_obj(obj), t, &cap);
    return i >= 0 && i < cap ? vals[i] : VNULL;
}

static Value
instance_dict(ThreadState *ts, Value obj, Value *slot)
{
    if (*slot)
        return *slot;
    return materialize(ts, val_as_obj(obj), val_type(obj), slot);
}

/* }===== */

/* The generic lookup; with `quiet`, a missing attribute returns VNULL with no
 * exception (obj_lookup_attr) instead of raising AttributeError. */
static Value
generic_getattr(ThreadState *ts, Value obj, StrObj *name, bool quiet)
{
    Type *t = val_type(obj);
    Value d = type_lookup(t, name);
    Type *dt = NULL;
    if (d) {
        dt = val_type(d);
        if (dt->descr_get && dt->descr_set)
            return dt->descr_get(ts, d, obj, val_from_obj(t));
    }
    if (t->dict_offset && val_is_obj(obj)) {
        Obj *o = val_as_obj(obj);
        Value *slot = value_at(o, t, t->dict_offset);
        if (*slot) {
            Value v = dict_get_str(*slot, name);
            if (v)
                return v;
        } else if (t->inline_start) {
            int64_t cap, i = shape_find(t, name);
            Value *vals = inline_values(o, t, &cap);
            if (i >= 0 && i < cap && vals[i])
                return vals[i];
        }
        if (name == NAME(ts, __dict__))
            return instance_dict(ts, obj, slot);
    }
    if (d) {
        if (dt->descr_get)
            return dt->descr_get(ts, d, obj, val_from_obj(t));
        return d;
    }
    if (quiet)
        return VNULL;
    return obj_attr_error(ts, obj, name);
}

Value
obj_generic_getattr(ThreadState *ts, Value obj, StrObj *name)
{
    return generic_getattr(ts, obj, name, false);
}

Value
obj_generic_getattr_noopt(ThreadState *ts, Value obj, StrObj *name)
{
    return generic_getattr(ts, obj, name, false);
}

/* A method-like attribute `name` was just set on class t: instances whose
 * inline values hold `name` would be missed by the VM's LOAD_METHOD fast
 * path (it only checks a real __dict__), so switch t and its subclasses to a
 * getattr slot that disables the fast paths. */
void
type_note_class_attr(Type *t, StrObj *name, Value v)
{
    if (!val_is(v, &FunctionType) && !val_is(v, &BuiltinFunctionType))
        return;
    if (t->inline_start && shape_find(t, name) >= 0) {
        t->flags |= TF_SHADOWED;
        if (t->getattr == obj_generic_getattr)
            t->getattr = obj_generic_getattr_noopt;
    }
    for (uint32_t i = 0; i < t->nsubclasses; i++)
        type_note_class_attr(t->subclasses[i], name, v);
}

Value
obj_getattr(ThreadState *ts, Value obj, StrObj *name)
{
    Type *t = val_type(obj);
    if (t->getattr)
        return t->getattr(ts, obj, name);
    return generic_getattr(ts, obj, name, false);
}

Value
obj_getattr_cstr(ThreadState *ts, Value obj, const char *name)
{
    StrObj *n = str_intern(ts, name);
    return n ? obj_getattr(ts, obj, n) : VNULL;
}

Value
obj_lookup_attr(ThreadState *ts, Value obj, StrObj *name)
{
    Type *t = val_type(obj);
    Value r;
    if (!t->getattr || t->getattr == obj_generic_getattr || t->getattr == obj_generic_getattr_noopt)
        r = generic_getattr(ts, obj, name, true); /* a descriptor may still raise */
    else
        r = t->getattr(ts, obj, name);
    if (!r && exc_matches(ts, &AttributeErrorType))
        exc_clear(ts);
    return r;
}

static int
set_instance_dict(ThreadState *ts, Value obj, Value *slot, Value v)
{
    if (!*slot && !materialize(ts, val_as_obj(obj), val_type(obj), slot))
        return -1;
    if (!v) {
        *slot = VNULL;
        return 0;
    }
    if (!dict_check(v)) {
        exc_raise(ts, &TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'",
                  obj_type_name(v));
        return -1;
    }
    *slot = v;
    return 0;
}

int
obj_generic_setattr(ThreadState *ts, Value obj, StrObj *name, Value v)
{
    Type *t = val_type(obj);
    Value d = type_lookup(t, name);
    if (d) {
        Type *dt = val_type(d);
        if (dt->descr_set)
            return dt->descr_set(ts, d, obj, v);
    }
    Value *slot = obj_dict_slot(obj);
    if (slot) {
        if (name == NAME(ts, __dict__))
            return set_instance_dict(ts, obj, slot, v);
        if (v) {
            if (!*slot && t->inline_start && values_set(val_as_obj(obj), t, name, v))
                return 0;
            Value dict = instance_dict(ts, obj, slot);
            return dict ? dict_set_str(ts, dict, name, v) : -1;
        }
        if (!*slot && t->inline_start && !materialize(ts, val_as_obj(obj), t, slot))
            return -1;
        int r = *slot ? dict_del(ts, *slot, val_from_obj(name)) : 0;
        if (r > 0)
            return 0;
        if (r == 0)
            obj_attr_error(ts, obj, name);
        return -1;
    }
    if (d)
        exc_raise(ts, &AttributeErrorType, "'%s' object attribute '%s' is read-only", t->name,
                  name->data);
    else
        obj_attr_error(ts, obj, name);
    return -1;
}

int
obj_setattr(ThreadState *ts, Value obj, StrObj *name, Value v)
{
    Type *t = val_type(obj);
    if (t->setattr)
        return t->setattr(ts, obj, name, v);
    obj_attr_error(ts, obj, name);
    return -1;
}

/* }===== */
/* {===== items, iteration */

static Value seqiter_new(ThreadState *ts, Value seq);

static bool
generic_builtin(Type *t)
{
    return t == &ListType || t == &DictType || t == &TupleType || t == &SetType ||
           t == &FrozenSetType || t == &TypeType;
}

static Value
class_getitem(ThreadState *ts, Type *cls, Value key)
{
    Value f = type_lookup(cls, NAME(ts, __class_getitem__));
    if (!f) {
        if (generic_builtin(cls))
            return descr_generic_alias_new(ts, val_from_obj(cls), key);
        return exc_raise(ts, &TypeErrorType, "type '%s' is not subscriptable", cls->name);
    }
    Type *ft = val_type(f);
    if (ft->descr_get) {
        f = ft->descr_get(ts, f, VNULL, val_from_obj(cls));
        if (!f)
            return VNULL;
    }
    return obj_call1(ts, f, key);
}

Value
obj_getitem(ThreadState *ts, Value obj, Value key)
{
    Type *t = val_type(obj);
    if (t->getitem)
        return t->getitem(ts, obj, key);
    if (val_isinstance(obj, &TypeType))
        return class_getitem(ts, (Type *)val_as_obj(obj), key);
    return exc_raise(ts, &TypeErrorType, "'%s' object is not subscriptable", t->name);
}

int
obj_setitem(ThreadState *ts, Value obj, Value key, Value v)
{
    Type *t = val_type(obj);
    if (t->setitem)
        return t->setitem(ts, obj, key, v);
    exc_raise(ts, &TypeErrorType, "'%s' object does not support item assignment", t->name);
    return -1;
}

int
obj_delitem(ThreadState *ts, Value obj, Value key)
{
    Type *t = val_type(obj);
    if (t->setitem)
        return t->setitem(ts, obj, key, VNULL);
    exc_raise(ts, &TypeErrorType, "'%s' object doesn't support item deletion", t->name);
    return -1;
}

Value
obj_iter(ThreadState *ts, Value v)
{
    Type *t = val_type(v);
    if (t->iter)
        return t->iter(ts, v);
    if (t->getitem && !val_isinstance(v, &DictType))
        return seqiter_new(ts, v);
    return exc_raise(ts, &TypeErrorType, "'%s' object is not iterable", t->name);
}

Value
obj_next(ThreadState *ts, Value it)
{
    Type *t = val_type(it);
    if (t->iternext)
        return t->iternext(ts, it);
    return exc_raise(ts, &TypeErrorType, "'%s' object is not an iterator", t->name);
}

int
obj_contains(ThreadState *ts, Value container, Value item)
{
    Type *t = val_type(container);
    if (t->contains)
        return t->contains(ts, container, item);
    if (!t->iter && !t->getitem) {
        exc_raise(ts, &TypeErrorType, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Value it = obj_iter(ts, container);
    if (!it)
        return -1;
    ts_push_root(ts, it);
    ts_push_root(ts, item);
    int found = 0;
    for (;;) {
        Value x = obj_next(ts, it);
        if (!x) {
            found = ts_has_exc(ts) ? -1 : 0;
            break;
        }
        int eq = obj_eq(ts, x, item);
        if (eq != 0) {
            found = eq;
            break;
        }
    }
    ts_pop_roots(ts, 2);
    return found;
}

/* }===== */
/* {===== argument helpers */

int
arg_check_count(ThreadState *ts, const char *fname, int nargs, int min, int max)
{
    if (nargs >= min && (max < 0 || nargs <= max))
        return 0;
    if (max == 0)
        exc_raise(ts, &TypeErrorType, "%s() takes no arguments (%d given)", fname, nargs);
    else if (min == 1 && max == 1)
        exc_raise(ts, &TypeErrorType, "%s() takes exactly one argument (%d given)", fname, nargs);
    else if (min == max)
        exc_raise(ts, &TypeErrorType, "%s expected %d argument%s, got %d", fname, min,
                  min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        exc_raise(ts, &TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min,
                  min == 1 ? "" : "s", nargs);
    else
        exc_raise(ts, &TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max,
                  max == 1 ? "" : "s", nargs);
    return -1;
}

int
arg_no_kwargs(ThreadState *ts, const char *fname, Value kwnames)
{
    if (!kwnames || tuple_as(kwnames)->len == 0)
        return 0;
    exc_raise(ts, &TypeErrorType, "%s() takes no keyword arguments", fname);
    return -1;
}

int
arg_parse(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
          const char *const *names, Value *out, int min)
{
    int n = 0;
    while (names[n])
        n++;
    if (nargs > n) {
        exc_raise(ts, &TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, n,
                  n == 1 ? "" : "s", nargs);
        return -1;
    }
    for (int i = 0; i < nargs; i++)
        out[i] = args[i];
    int64_t nkw = kwnames ? tuple_as(kwnames)->len : 0;
    for (int64_t k = 0; k < nkw; k++) {
        const char *kn = str_cstr(tuple_as(kwnames)->items[k]);
        int i = 0;
        while (i < n && strcmp(names[i], kn) != 0)
            i++;
        if (i == n) {
            exc_raise(ts, &TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname,
                      kn);
            return -1;
        }
        if (out[i]) {
            exc_raise(ts, &TypeErrorType, "argument for %s() given by name ('%s') and position (%d)",
                      fname, kn, i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < min; i++) {
        if (!out[i]) {
            exc_raise(ts, &TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname,
                      names[i], i + 1);
            return -1;
        }
    }
    return 0;
}

/* }===== */
/* {===== sequence iterator (iter() over a class with only __getitem__) */

typedef struct SeqIterObj {
    Obj base;
    Value seq; /* VNULL once exhausted */
    int64_t index;
} SeqIterObj;

static void
seqiter_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((SeqIterObj *)o)->seq);
}

static Value
seqiter_next(ThreadState *ts, Value v)
{
    SeqIterObj *it = (SeqIterObj *)val_as_obj(v);
    if (!it->seq)
        return VNULL;
    Value r = obj_getitem(ts, it->seq, val_from_int(it->index));
    if (r) {
        it->index++;
        return r;
    }
    if (exc_matches(ts, &IndexErrorType) || exc_matches(ts, &StopIterationType)) {
        exc_clear(ts);
        it->seq = VNULL;
    }
    return VNULL;
}

static Value
seqiter_iter(ThreadState *ts, Value v)
{
    return v;
}

static Type ObjSeqIterType = {
    .name = "iterator",
    .basicsize = sizeof(SeqIterObj),
    .mark = seqiter_mark,
    .iter = seqiter_iter,
    .iternext = seqiter_next,
};

static Value
seqiter_new(ThreadState *ts, Value seq)
{
    if (!ObjSeqIterType.dict)
        type_ready(ts, &ObjSeqIterType);
    SeqIterObj *it = gc_alloc(ts, &ObjSeqIterType, sizeof(SeqIterObj));
    if (!it)
        return VNULL;
    it->seq = seq;
    return val_from_obj(it);
}

/* }===== */
/* {===== the object type */

/* "Can't instantiate abstract class C with abstract methods f, g" (3.11). */
static Value
abstract_error(ThreadState *ts, Type *t)
{
    if (!(t->flags & TF_HEAPTYPE))
        return exc_raise(ts, &TypeErrorType, "cannot create '%s' instances", t->name);
    Value am = dict_get_str(t->dict, NAME(ts, __abstractmethods__));
    Value l = am ? list_from_iterable(ts, am) : list_new(ts, 0);
    if (!l || list_sort(ts, l, VNULL, false) < 0)
        return VNULL;
    ListObj *lo = list_as(l);
    Value joined = str_join_array(ts, ", ", 2, lo->items, (size_t)lo->len);
    if (!joined)
        return VNULL;
    return exc_raise(ts, &TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s",
                     t->name, lo->len == 1 ? "" : "s", str_cstr(joined));
}

Value
object_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (nargs > 0 || (kwnames && tuple_as(kwnames)->len > 0)) {
        if (t->new_ != object_new)
            return exc_raise(ts, &TypeErrorType,
                             "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == object_init)
            return exc_raise(ts, &TypeErrorType, "%s() takes no arguments", t->name);
    }
    if (t->flags & TF_ABSTRACT_NEW)
        return abstract_error(ts, t);
    size_t size = t->basicsize ? t->basicsize : sizeof(Obj);
    if (t->inline_start)
        size = t->inline_start + sizeof(Value) * (t->shape_len < 6 ? 6 : t->shape_len + 2);
    Obj *o = gc_alloc(ts, t, size);
    return o ? val_from_obj(o) : VNULL;
}

int
object_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (nargs > 0 || (kwnames && tuple_as(kwnames)->len > 0)) {
        Type *t = val_type(self);
        if (t->init != object_init) {
            exc_raise(ts, &TypeErrorType,
                      "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == object_new) {
            exc_raise(ts, &TypeErrorType,
                      "%s.__init__() takes exactly one argument (the instance to initialize)",
                      t->name);
            return -1;
        }
    }
    return 0;
}

Value
object_repr(ThreadState *ts, Value self)
{
    Type *t = val_type(self);
    const char *mod = type_module_cstr(t);
    Value qn = type_qualname_value(ts, t);
    if (!qn)
        return VNULL;
    void *addr = val_is_obj(self) ? (void *)val_as_obj(self) : (void *)(uintptr_t)self;
    if (mod)
        return str_from_fmt(ts, "<%s.%s object at %p>", mod, str_cstr(qn), addr);
    return str_from_fmt(ts, "<%s object at %p>", str_cstr(qn), addr);
}

static Value
object_str(ThreadState *ts, Value self)
{
    return obj_repr(ts, self);
}

static int64_t
object_hash(ThreadState *ts, Value self)
{
    uint64_t y = (uint64_t)self;
    y = (y >> 4) | (y << 60);
    int64_t x = (int64_t)y;
    return x == -1 ? -2 : x;
}

Value
object_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (op == CMP_EQ)
        return a == b ? V_TRUE : V_NOTIMPL;
    if (op == CMP_NE) {
        Type *t = val_type(a);
        if (!t->richcompare)
            return V_NOTIMPL;
        Value r = t->richcompare(ts, a, b, CMP_EQ);
        if (!r || r == V_NOTIMPL)
            return r;
        int ok = obj_truth(ts, r);
        return ok < 0 ? VNULL : val_bool(!ok);
    }
    return V_NOTIMPL;
}

static Value
object_format(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__format__", nargs - 1, 1, 1) < 0)
        return VNULL;
    if (!str_check(args[1]))
        return exc_raise(ts, &TypeErrorType, "__format__() argument must be str, not %s",
                         obj_type_name(args[1]));
    if (str_as(args[1])->size > 0) {
        Value qn = type_qualname_value(ts, val_type(args[0]));
        return qn ? exc_raise(ts, &TypeErrorType, "unsupported format string passed to %s.__format__",
                              str_cstr(qn)) : VNULL;
    }
    return obj_str(ts, args[0]);
}

static int
dir_add_keys(ThreadState *ts, Value acc, Value d)
{
    Value k, v;
    for (int64_t i = 0; d && dict_next(d, &i, &k, &v);)
        if (dict_set(ts, acc, k, V_NONE) < 0)
            return -1;
    return 0;
}

int
dir_add_mro(ThreadState *ts, Value acc, Type *t)
{
    TupleObj *mro = tuple_as(t->mro);
    for (int64_t i = 0; i < mro->len; i++)
        if (dir_add_keys(ts, acc, ((Type *)val_as_obj(mro->items[i]))->dict) < 0)
            return -1;
    return 0;
}

static Value
object_dir(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__dir__", nargs - 1, 0, 0) < 0)
        return VNULL;
    Value self = args[0];
    Value acc = dict_new(ts);
    if (!acc)
        return VNULL;
    ts_push_root(ts, acc);
    Value *slot = obj_dict_slot(self);
    Value idict = slot ? obj_get_dict(ts, self) : VNULL;
    int r = slot && !idict ? -1 : slot ? dir_add_keys(ts, acc, idict) : 0;
    if (r == 0)
        r = dir_add_mro(ts, acc, val_type(self));
    ts_pop_roots(ts, 1);
    return r < 0 ? VNULL : dict_keys_list(ts, acc);
}

static Value
object_sizeof(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__sizeof__", nargs - 1, 0, 0) < 0)
        return VNULL;
    Value self = args[0];
    int64_t n = val_is_obj(self) ? (int64_t)val_as_obj(self)->gc_size : 8;
    if (n == 0)
        n = (int64_t)val_type(self)->basicsize;
    return val_from_int(n);
}

static Value
object_init_subclass(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Type *cls = (Type *)val_as_obj(args[0]);
    Value qn = type_qualname_value(ts, cls);
    if (!qn)
        return VNULL;
    if (kwnames && tuple_as(kwnames)->len > 0)
        return exc_raise(ts, &TypeErrorType, "%s.__init_subclass__() takes no keyword arguments",
                         str_cstr(qn));
    if (nargs > 1)
        return exc_raise(ts, &TypeErrorType, "%s.__init_subclass__() takes no arguments (%d given)",
                         str_cstr(qn), nargs - 1);
    return V_NONE;
}

static Value
object_subclasshook(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return V_NOTIMPL;
}

static Value
object_getstate(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "__getstate__", nargs - 1, 0, 0) < 0)
        return VNULL;
    if (!obj_dict_slot(args[0]))
        return V_NONE;
    Value d = obj_get_dict(ts, args[0]);
    if (!d)
        return VNULL;
    return dict_as(d)->used ? d : V_NONE;
}

static Value
object_reduce_ex(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return exc_raise(ts, &TypeErrorType, "cannot pickle '%s' object", obj_type_name(args[0]));
}

static Value
object_get_class(ThreadState *ts, Value self)
{
    return val_from_obj(val_type(self));
}

static Type *
static_base(Type *t)
{
    while (t->flags & TF_HEAPTYPE)
        t = t->parent;
    return t;
}

static int
object_set_class(ThreadState *ts, Value self, Value v)
{
    if (!v) {
        exc_raise(ts, &TypeErrorType, "can't delete __class__ attribute");
        return -1;
    }
    if (!val_isinstance(v, &TypeType)) {
        exc_raise(ts, &TypeErrorType, "__class__ must be set to a class, not '%s' object",
                  obj_type_name(v));
        return -1;
    }
    Type *old = val_type(self), *nt = (Type *)val_as_obj(v);
    if (!val_is_obj(self) || !(old->flags & TF_HEAPTYPE) || !(nt->flags & TF_HEAPTYPE)) {
        exc_raise(ts, &TypeErrorType,
                  "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (static_base(old) != static_base(nt) || old->basicsize != nt->basicsize ||
        old->dict_offset != nt->dict_offset) {
        exc_raise(ts, &TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'",
                  nt->name, old->name);
        return -1;
    }
    Value *slot = obj_dict_slot(self);
    if (slot && !*slot && old->inline_start && !obj_get_dict(ts, self))
        return -1;
    val_as_obj(self)->type = nt;
    return 0;
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, METH_DEFAULT},
    {"__dir__", object_dir, METH_DEFAULT},
    {"__sizeof__", object_sizeof, METH_DEFAULT},
    {"__init_subclass__", object_init_subclass, METH_CLASS},
    {"__subclasshook__", object_subclasshook, METH_CLASS},
    {"__reduce_ex__", object_reduce_ex, METH_DEFAULT},
    {"__reduce__", object_reduce_ex, METH_DEFAULT},
    {"__getstate__", object_getstate, METH_DEFAULT},
    {NULL, NULL, 0},
};

static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

Type ObjectType = {
    .name = "object",
    .basicsize = sizeof(Obj),
    .flags = TF_BASETYPE,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

/* }===== */
