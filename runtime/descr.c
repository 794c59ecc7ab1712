/* runtime/descr.c: descriptors: getset/member/slot wrappers, property,
 * staticmethod, classmethod and super; plus the small helper types of the
 * class machinery: types.UnionType (int | None), mappingproxy (C.__dict__)
 * and types.GenericAlias (list[int]).
 * SPDX-License-Identifier: MIT
 *
 * Slot wrappers expose the C slots of builtin types as dunder methods
 * (int.__add__, object.__init__, BaseException.__init__), so that Python code
 * can call them through super() or explicitly; they always dispatch to the
 * slot of the type that owns them, never to the instance's (possibly
 * overriding) type.
 */
#include <stddef.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "typeobj.h"

/* {===== getset and member descriptors */

Value
descr_getset_new(ThreadState *ts, Type *owner, const GetSetDef *def)
{
    GetSetDescrObj *d = gc_alloc(ts, &GetSetDescrType, sizeof(GetSetDescrObj));
    if (!d)
        return VNULL;
    d->def = def;
    d->owner = owner;
    return val_from_obj(d);
}

static int
check_owner(ThreadState *ts, const char *name, Type *owner, Value obj)
{
    if (val_isinstance(obj, owner))
        return 0;
    exc_raise(ts, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
              name, owner->name, obj_type_name(obj));
    return -1;
}

static Value
getset_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(descr);
    if (!obj)
        return descr;
    if (check_owner(ts, d->def->name, d->owner, obj) < 0)
        return VNULL;
    return d->def->get(ts, obj);
}

static int
getset_set(ThreadState *ts, Value descr, Value obj, Value v)
{
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(descr);
    if (check_owner(ts, d->def->name, d->owner, obj) < 0)
        return -1;
    if (!d->def->set) {
        if (val_isinstance(obj, &TypeType) && !(((Type *)val_as_obj(obj))->flags & TF_HEAPTYPE)) {
            exc_raise(ts, &TypeErrorType, "cannot set '%s' attribute of immutable type '%s'",
                      d->def->name, ((Type *)val_as_obj(obj))->name);
            return -1;
        }
        exc_raise(ts, &AttributeErrorType, "attribute '%s' of '%s' objects is not writable",
                  d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(ts, obj, v);
}

static Value
getset_repr(ThreadState *ts, Value v)
{
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(v);
    return str_from_fmt(ts, "<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

Type GetSetDescrType = {
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObj),
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};

Value
descr_member_new(ThreadState *ts, Type *owner, Value name, uint32_t offset)
{
    MemberDescrObj *d = gc_alloc(ts, &MemberDescrType, sizeof(MemberDescrObj));
    if (!d)
        return VNULL;
    d->name = name;
    d->owner = owner;
    d->offset = offset;
    return val_from_obj(d);
}

static void
member_mark(GC *gc, Obj *o)
{
    MemberDescrObj *d = (MemberDescrObj *)o;
    gc_mark(gc, d->name);
    gc_mark(gc, val_from_obj(d->owner));
}

static Value
member_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    MemberDescrObj *d = (MemberDescrObj *)val_as_obj(descr);
    if (!obj)
        return descr;
    if (check_owner(ts, str_cstr(d->name), d->owner, obj) < 0)
        return VNULL;
    Value v = *obj_value_at(obj, d->offset);
    if (!v)
        return obj_attr_error(ts, obj, str_as(d->name));
    return v;
}

static int
member_set(ThreadState *ts, Value descr, Value obj, Value v)
{
    MemberDescrObj *d = (MemberDescrObj *)val_as_obj(descr);
    if (check_owner(ts, str_cstr(d->name), d->owner, obj) < 0)
        return -1;
    Value *slot = obj_value_at(obj, d->offset);
    if (!v && !*slot) {
        obj_attr_error(ts, obj, str_as(d->name));
        return -1;
    }
    *slot = v;
    return 0;
}

static Value
member_repr(ThreadState *ts, Value v)
{
    MemberDescrObj *d = (MemberDescrObj *)val_as_obj(v);
    return str_from_fmt(ts, "<member '%s' of '%s' objects>", str_cstr(d->name), d->owner->name);
}

Type MemberDescrType = {
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObj),
    .mark = member_mark,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
};

/* }===== */
/* {===== slot wrappers */

Value
descr_slot_wrapper_new(ThreadState *ts, Type *owner, StrObj *name, int kind, int op)
{
    SlotWrapperObj *w = gc_alloc(ts, &SlotWrapperType, sizeof(SlotWrapperObj));
    if (!w)
        return VNULL;
    w->owner = owner;
    w->name = val_from_obj(name);
    w->kind = kind;
    w->op = op;
    return val_from_obj(w);
}

static void
sw_mark(GC *gc, Obj *o)
{
    SlotWrapperObj *w = (SlotWrapperObj *)o;
    gc_mark(gc, w->name);
    gc_mark(gc, val_from_obj(w->owner));
}

static int
sw_expect(ThreadState *ts, int got, int want)
{
    if (got == want)
        return 0;
    exc_raise(ts, &TypeErrorType, "expected %d argument%s, got %d", want, want == 1 ? "" : "s",
              got);
    return -1;
}

static Value
int_result(ThreadState *ts, int r)
{
    return r < 0 ? VNULL : val_bool(r);
}

static Value
none_result(int r)
{
    return r < 0 ? VNULL : V_NONE;
}

static Value
sw_new(ThreadState *ts, SlotWrapperObj *w, Value *args, int nargs, Value kwnames)
{
    const char *on = w->owner->name;
    if (nargs < 1)
        return exc_raise(ts, &TypeErrorType, "%s.__new__(): not enough arguments", on);
    if (!val_isinstance(args[0], &TypeType))
        return exc_raise(ts, &TypeErrorType, "%s.__new__(X): X is not a type object (%s)", on,
                         obj_type_name(args[0]));
    Type *sub = (Type *)val_as_obj(args[0]);
    if (!type_is_subtype(sub, w->owner) && sub != w->owner)
        return exc_raise(ts, &TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", on,
                         sub->name, sub->name, on);
    if (!w->owner->new_)
        return exc_raise(ts, &TypeErrorType, "cannot create '%s' instances", sub->name);
    return w->owner->new_(ts, sub, args + 1, nargs - 1, kwnames);
}

static Value sw_dispatch(ThreadState *ts, SlotWrapperObj *w, Value self, Value *a, int n,
                         Value kwnames);

static Value
sw_call(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(callable);
    if (w->kind == SW_NEW)
        return sw_new(ts, w, args, nargs, kwnames);
    if (nargs < 1)
        return exc_raise(ts, &TypeErrorType, "descriptor '%s' of '%s' object needs an argument",
                         str_cstr(w->name), w->owner->name);
    Value self = args[0];
    if (!val_isinstance(self, w->owner))
        return exc_raise(ts, &TypeErrorType,
                         "descriptor '%s' requires a '%s' object but received a '%s'",
                         str_cstr(w->name), w->owner->name, obj_type_name(self));
    if (w->kind != SW_INIT && w->kind != SW_CALL && kwnames && tuple_as(kwnames)->len > 0)
        return exc_raise(ts, &TypeErrorType, "wrapper %s() takes no keyword arguments",
                         str_cstr(w->name));
    return sw_dispatch(ts, w, self, args + 1, nargs - 1, kwnames);
}

static Value
sw_unary(ThreadState *ts, UnaryFn f, Value self, int n)
{
    if (sw_expect(ts, n, 0) < 0)
        return VNULL;
    return f(ts, self);
}

/* x.__pow__(y, z): our number slots are binary, so the modular form is
 * done here for ints (int_pow_mod) and refused for floats, as CPython does. */
static Value
ternary_pow(ThreadState *ts, Type *owner, Value x, Value y, Value z)
{
    if (int_check(x) && int_check(y) && int_check(z))
        return int_pow_mod(ts, x, y, z);
    if (type_is_subtype(owner, &FloatType))
        return exc_raise(ts, &TypeErrorType,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    return V_NOTIMPL;
}

static Value
sw_dispatch(ThreadState *ts, SlotWrapperObj *w, Value self, Value *a, int n, Value kwnames)
{
    Type *o = w->owner;
    switch (w->kind) {
    case SW_REPR: return sw_unary(ts, o->repr, self, n);
    case SW_STR: return sw_unary(ts, o->str, self, n);
    case SW_ITER: return sw_unary(ts, o->iter, self, n);
    case SW_NEG: return sw_unary(ts, o->neg, self, n);
    case SW_POS: return sw_unary(ts, o->pos, self, n);
    case SW_INVERT: return sw_unary(ts, o->invert, self, n);
    case SW_ABS: return sw_unary(ts, o->absolute, self, n);
    case SW_INDEX: return sw_unary(ts, o->index, self, n);
    case SW_INT: return sw_unary(ts, o->to_int, self, n);
    case SW_FLOAT: return sw_unary(ts, o->to_float, self, n);
    case SW_NEXT: {
        if (sw_expect(ts, n, 0) < 0)
            return VNULL;
        Value r = o->iternext(ts, self);
        if (!r && !ts_has_exc(ts))
            exc_raise_arg(ts, &StopIterationType, VNULL);
        return r;
    }
    case SW_HASH: {
        if (sw_expect(ts, n, 0) < 0)
            return VNULL;
        int64_t h = o->hash(ts, self);
        return h == -1 && ts_has_exc(ts) ? VNULL : int_from_i64(ts, h);
    }
    case SW_BOOL:
        if (sw_expect(ts, n, 0) < 0)
            return VNULL;
        return int_result(ts, o->truth(ts, self));
    case SW_LEN: {
        if (sw_expect(ts, n, 0) < 0)
            return VNULL;
        int64_t l = o->len(ts, self);
        return l < 0 ? VNULL : int_from_i64(ts, l);
    }
    case SW_CMP:
        if (sw_expect(ts, n, 1) < 0)
            return VNULL;
        return o->richcompare(ts, self, a[0], w->op);
    case SW_GETATTRIBUTE:
        if (sw_expect(ts, n, 1) < 0)
            return VNULL;
        if (!str_check(a[0]))
            return exc_raise(ts, &TypeErrorType, "attribute name must be string, not '%s'",
                             obj_type_name(a[0]));
        return o->getattr(ts, self, str_intern_value(ts, a[0]));
    case SW_SETATTR:
    case SW_DELATTR: {
        if (sw_expect(ts, n, w->kind == SW_SETATTR ? 2 : 1) < 0)
            return VNULL;
        if (!str_check(a[0]))
            return exc_raise(ts, &TypeErrorType, "attribute name must be string, not '%s'",
                             obj_type_name(a[0]));
        StrObj *name = str_intern_value(ts, a[0]);
        return none_result(o->setattr(ts, self, name, w->kind == SW_SETATTR ? a[1] : VNULL));
    }
    case SW_CALL: return o->call(ts, self, a, n, kwnames);
    case SW_GETITEM:
        if (sw_expect(ts, n, 1) < 0)
            return VNULL;
        return o->getitem(ts, self, a[0]);
    case SW_SETITEM:
        if (sw_expect(ts, n, 2) < 0)
            return VNULL;
        return none_result(o->setitem(ts, self, a[0], a[1]));
    case SW_DELITEM:
        if (sw_expect(ts, n, 1) < 0)
            return VNULL;
        return none_result(o->setitem(ts, self, a[0], VNULL));
    case SW_CONTAINS:
        if (sw_expect(ts, n, 1) < 0)
            return VNULL;
        return int_result(ts, o->contains(ts, self, a[0]));
    case SW_NB:
        if (w->op == NB_POW && n == 2 && a[1] != V_NONE)
            return ternary_pow(ts, o, self, a[0], a[1]);
        if (n != 1 && !(w->op == NB_POW && n == 2) && sw_expect(ts, n, 1) < 0)
            return VNULL;
        return o->nb[w->op](ts, self, a[0]);
    case SW_RNB:
        if (sw_expect(ts, n, 1) < 0)
            return VNULL;
        return o->nb[w->op](ts, a[0], self);
    case SW_INB:
        if (sw_expect(ts, n, 1) < 0)
            return VNULL;
        return o->nb_inplace[w->op](ts, self, a[0]);
    case SW_GET: {
        if (n < 1 || n > 2)
            return exc_raise(ts, &TypeErrorType, "expected 1 or 2 arguments, got %d", n);
        Value obj = a[0] == V_NONE ? VNULL : a[0];
        Value type = n > 1 && a[1] != V_NONE ? a[1] : VNULL;
        if (!obj && !type)
            return exc_raise(ts, &TypeErrorType, "__get__(None, None) is invalid");
        return o->descr_get(ts, self, obj, type);
    }
    case SW_SET:
        if (sw_expect(ts, n, 2) < 0)
            return VNULL;
        return none_result(o->descr_set(ts, self, a[0], a[1]));
    case SW_DELETE:
        if (sw_expect(ts, n, 1) < 0)
            return VNULL;
        return none_result(o->descr_set(ts, self, a[0], VNULL));
    case SW_INIT: return none_result(o->init(ts, self, a, n, kwnames));
    default: return exc_raise(ts, &SystemErrorType, "bad slot wrapper");
    }
}

static Value
sw_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(descr);
    if (!obj || w->kind == SW_NEW)
        return descr;
    if (check_owner(ts, str_cstr(w->name), w->owner, obj) < 0)
        return VNULL;
    return method_new(ts, descr, obj);
}

static Value
sw_repr(ThreadState *ts, Value v)
{
    SlotWrapperObj *w = (SlotWrapperObj *)val_as_obj(v);
    if (w->kind == SW_NEW)
        return str_from_fmt(ts, "<built-in method __new__ of type object at %p>",
                            (void *)w->owner);
    return str_from_fmt(ts, "<slot wrapper '%s' of '%s' objects>", str_cstr(w->name),
                        w->owner->name);
}

static Value
sw_get_name(ThreadState *ts, Value self)
{
    return ((SlotWrapperObj *)val_as_obj(self))->name;
}

static Value
sw_get_objclass(ThreadState *ts, Value self)
{
    return val_from_obj(((SlotWrapperObj *)val_as_obj(self))->owner);
}

static const GetSetDef sw_getsets[] = {
    {"__name__", sw_get_name, NULL},
    {"__qualname__", sw_get_name, NULL},
    {"__objclass__", sw_get_objclass, NULL},
    {NULL, NULL, NULL},
};

Type SlotWrapperType = {
    .name = "wrapper_descriptor",
    .basicsize = sizeof(SlotWrapperObj),
    .mark = sw_mark,
    .repr = sw_repr,
    .call = sw_call,
    .descr_get = sw_get,
    .getsets = sw_getsets,
};

/* }===== */
/* {===== property */

static void
property_mark(GC *gc, Obj *o)
{
    PropertyObj *p = (PropertyObj *)o;
    gc_mark(gc, p->fget);
    gc_mark(gc, p->fset);
    gc_mark(gc, p->fdel);
    gc_mark(gc, p->doc);
    gc_mark(gc, p->name);
}

static Value
property_tp_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    PropertyObj *p = gc_alloc(ts, t, t->basicsize);
    if (!p)
        return VNULL;
    p->fget = p->fset = p->fdel = p->doc = V_NONE;
    return val_from_obj(p);
}

static int
property_tp_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value a[4] = {VNULL, VNULL, VNULL, VNULL};
    if (arg_parse(ts, "property", args, nargs, kwnames, names, a, 0) < 0)
        return -1;
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    p->fget = a[0] ? a[0] : V_NONE;
    p->fset = a[1] ? a[1] : V_NONE;
    p->fdel = a[2] ? a[2] : V_NONE;
    p->doc = a[3] ? a[3] : V_NONE;
    if (p->fget != V_NONE) {
        Value n = obj_lookup_attr(ts, p->fget, NAME(ts, __name__));
        if (!n && ts_has_exc(ts))
            return -1;
        if (n && str_check(n))
            p->name = n;
        if (p->doc == V_NONE) {
            Value d = obj_lookup_attr(ts, p->fget, NAME(ts, __doc__));
            if (!d && ts_has_exc(ts))
                return -1;
            if (d)
                p->doc = d;
        }
    }
    return 0;
}

static Value
property_error(ThreadState *ts, PropertyObj *p, Value obj, const char *what)
{
    Value qn = type_qualname_value(ts, val_type(obj));
    const char *q = qn ? str_cstr(qn) : val_type(obj)->name;
    if (p->name && str_check(p->name))
        return exc_raise(ts, &AttributeErrorType, "property '%s' of '%s' object has no %s",
                         str_cstr(p->name), q, what);
    return exc_raise(ts, &AttributeErrorType, "property of '%s' object has no %s", q, what);
}

static Value
property_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(descr);
    if (!obj)
        return descr;
    if (p->fget == V_NONE)
        return property_error(ts, p, obj, "getter");
    return obj_call1(ts, p->fget, obj);
}

static int
property_set(ThreadState *ts, Value descr, Value obj, Value v)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(descr);
    Value f = v ? p->fset : p->fdel;
    if (f == V_NONE) {
        property_error(ts, p, obj, v ? "setter" : "deleter");
        return -1;
    }
    Value r = v ? obj_call2(ts, f, obj, v) : obj_call1(ts, f, obj);
    return r ? 0 : -1;
}

static Value
property_copy(ThreadState *ts, Value self, int which, Value f)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    Type *t = val_type(self);
    Value a[4] = {p->fget, p->fset, p->fdel, p->doc};
    a[which] = f;
    if (which == 0 && p->doc != V_NONE) {
        /* a doc taken from the old getter follows the new getter */
        Value od = p->fget != V_NONE ? obj_lookup_attr(ts, p->fget, NAME(ts, __doc__)) : VNULL;
        if (od && od == p->doc)
            a[3] = V_NONE;
        exc_clear(ts);
    }
    Value np = obj_call(ts, val_from_obj(t), a, 4, VNULL);
    if (!np)
        return VNULL;
    if (val_is(np, &PropertyType) && p->name && which != 0)
        ((PropertyObj *)val_as_obj(np))->name = p->name;
    else if (val_is(np, &PropertyType) && which == 0 &&
             !((PropertyObj *)val_as_obj(np))->name)
        ((PropertyObj *)val_as_obj(np))->name = p->name;
    return np;
}

static Value
property_getter(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "getter", nargs - 1, 1, 1) < 0)
        return VNULL;
    return property_copy(ts, args[0], 0, args[1]);
}

static Value
property_setter(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "setter", nargs - 1, 1, 1) < 0)
        return VNULL;
    return property_copy(ts, args[0], 1, args[1]);
}

static Value
property_deleter(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "deleter", nargs - 1, 1, 1) < 0)
        return VNULL;
    return property_copy(ts, args[0], 2, args[1]);
}

static Value
property_set_name(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (nargs != 3)
        return exc_raise(ts, &TypeErrorType, "__set_name__() takes 2 positional arguments");
    ((PropertyObj *)val_as_obj(args[0]))->name = args[2];
    return V_NONE;
}

static Value
property_fget(ThreadState *ts, Value self)
{
    return ((PropertyObj *)val_as_obj(self))->fget;
}

static Value
property_fset(ThreadState *ts, Value self)
{
    return ((PropertyObj *)val_as_obj(self))->fset;
}

static Value
property_fdel(ThreadState *ts, Value self)
{
    return ((PropertyObj *)val_as_obj(self))->fdel;
}

static Value
property_doc(ThreadState *ts, Value self)
{
    return ((PropertyObj *)val_as_obj(self))->doc;
}

static int
property_set_doc(ThreadState *ts, Value self, Value v)
{
    ((PropertyObj *)val_as_obj(self))->doc = v ? v : V_NONE;
    return 0;
}

static Value
property_isabstract(ThreadState *ts, Value self)
{
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (fs[i] == V_NONE)
            continue;
        Value r = obj_lookup_attr(ts, fs[i], NAME(ts, __isabstractmethod__));
        if (!r && ts_has_exc(ts))
            return VNULL;
        if (r) {
            int t = obj_truth(ts, r);
            if (t < 0)
                return VNULL;
            if (t)
                return V_TRUE;
        }
    }
    return V_FALSE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, METH_DEFAULT},
    {"setter", property_setter, METH_DEFAULT},
    {"deleter", property_deleter, METH_DEFAULT},
    {"__set_name__", property_set_name, METH_DEFAULT},
    {NULL, NULL, 0},
};

static const GetSetDef property_getsets[] = {
    {"fget", property_fget, NULL},
    {"fset", property_fset, NULL},
    {"fdel", property_fdel, NULL},
    {"__doc__", property_doc, property_set_doc},
    {"__isabstractmethod__", property_isabstract, NULL},
    {NULL, NULL, NULL},
};

Type PropertyType = {
    .name = "property",
    .basicsize = sizeof(PropertyObj),
    .flags = TF_BASETYPE,
    .mark = property_mark,
    .descr_get = property_get,
    .descr_set = property_set,
    .new_ = property_tp_new,
    .init = property_tp_init,
    .methods = property_methods,
    .getsets = property_getsets,
};

/* }===== */
/* {===== staticmethod and classmethod */

static void
fw_mark(GC *gc, Obj *o)
{
    FuncWrapObj *f = (FuncWrapObj *)o;
    gc_mark(gc, f->dict);
    gc_mark(gc, f->callable);
}

static Value
fw_alloc(ThreadState *ts, Type *t, Value callable)
{
    FuncWrapObj *f = gc_alloc(ts, t, t->basicsize);
    if (!f)
        return VNULL;
    f->callable = callable;
    return val_from_obj(f);
}

Value
descr_staticmethod_new(ThreadState *ts, Value callable)
{
    return fw_alloc(ts, &StaticMethodType, callable);
}

Value
descr_classmethod_new(ThreadState *ts, Value callable)
{
    return fw_alloc(ts, &ClassMethodType, callable);
}

static Value
fw_tp_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    const char *n = t == &StaticMethodType || type_is_subtype(t, &StaticMethodType)
                        ? "staticmethod" : "classmethod";
    if (arg_no_kwargs(ts, n, kwnames) < 0)
        return VNULL;
    if (nargs != 1)
        return exc_raise(ts, &TypeErrorType, "%s expected 1 argument, got %d", n, nargs);
    return fw_alloc(ts, t, args[0]);
}

static int
fw_tp_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    return 0;
}

static Value
staticmethod_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    return ((FuncWrapObj *)val_as_obj(descr))->callable;
}

static Value
staticmethod_call(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames)
{
    return obj_call(ts, ((FuncWrapObj *)val_as_obj(callable))->callable, args, nargs, kwnames);
}

static Value
classmethod_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    if (!type)
        type = val_from_obj(val_type(obj));
    Value f = ((FuncWrapObj *)val_as_obj(descr))->callable;
    /* 3.11 chains descriptors: classmethod(property(...)) binds to the class */
    Type *ft = val_type(f);
    if (ft != &FunctionType && ft->descr_get)
        return ft->descr_get(ts, f, type, type);
    return method_new(ts, f, type);
}

static Value
fw_repr(ThreadState *ts, Value v)
{
    Value r = obj_repr(ts, ((FuncWrapObj *)val_as_obj(v))->callable);
    if (!r)
        return VNULL;
    return str_from_fmt(ts, "<%s(%s)>", val_type(v)->name, str_cstr(r));
}

static Value
fw_func(ThreadState *ts, Value self)
{
    return ((FuncWrapObj *)val_as_obj(self))->callable;
}

static Value
fw_isabstract(ThreadState *ts, Value self)
{
    Value r = obj_lookup_attr(ts, fw_func(ts, self), NAME(ts, __isabstractmethod__));
    if (!r)
        return ts_has_exc(ts) ? VNULL : V_FALSE;
    int t = obj_truth(ts, r);
    return t < 0 ? VNULL : val_bool(t);
}

/* Attributes of the wrapped function (__name__, __doc__ ...) read through. */
static Value
fw_getattr(ThreadState *ts, Value obj, StrObj *name)
{
    Value r = obj_generic_getattr(ts, obj, name);
    if (r || !exc_matches(ts, &AttributeErrorType))
        return r;
    if (name == NAME(ts, __name__) || name == NAME(ts, __qualname__) ||
        name == NAME(ts, __doc__) || name == NAME(ts, __module__)) {
        exc_clear(ts);
        return obj_getattr(ts, fw_func(ts, obj), name);
    }
    return VNULL;
}

static const GetSetDef fw_getsets[] = {
    {"__func__", fw_func, NULL},
    {"__wrapped__", fw_func, NULL},
    {"__isabstractmethod__", fw_isabstract, NULL},
    {NULL, NULL, NULL},
};

/* staticmethod and classmethod differ only in binding (and calling). */
#define FUNCWRAP_SLOTS(tname)                                                                      \
    .name = tname, .basicsize = sizeof(FuncWrapObj), .flags = TF_BASETYPE,                         \
    .dict_offset = offsetof(FuncWrapObj, dict), .mark = fw_mark, .repr = fw_repr,                  \
    .getattr = fw_getattr, .new_ = fw_tp_new, .init = fw_tp_init, .getsets = fw_getsets

Type StaticMethodType = {
    FUNCWRAP_SLOTS("staticmethod"),
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
};

Type ClassMethodType = {
    FUNCWRAP_SLOTS("classmethod"),
    .descr_get = classmethod_get,
};
#undef FUNCWRAP_SLOTS

/* }===== */
/* {===== super */

static void
super_mark(GC *gc, Obj *o)
{
    SuperObj *s = (SuperObj *)o;
    gc_mark(gc, val_from_obj(s->type));
    gc_mark(gc, s->obj);
    gc_mark(gc, val_from_obj(s->obj_type));
}

static Value
super_tp_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    return val_from_obj(gc_alloc(ts, t, t->basicsize));
}

/* The type whose MRO super(type, obj) searches (CPython's supercheck). */
static Type *
super_check(ThreadState *ts, Type *type, Value obj)
{
    if (val_isinstance(obj, &TypeType)) {
        Type *ot = (Type *)val_as_obj(obj);
        if (ot == type || type_is_subtype(ot, type))
            return ot;
    }
    if (val_isinstance(obj, type))
        return val_type(obj);
    Value cls = obj_lookup_attr(ts, obj, NAME(ts, __class__));
    if (!cls && ts_has_exc(ts))
        return NULL;
    if (cls && val_isinstance(cls, &TypeType) && cls != val_from_obj(val_type(obj)) &&
        type_is_subtype((Type *)val_as_obj(cls), type))
        return (Type *)val_as_obj(cls);
    exc_raise(ts, &TypeErrorType, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static int
super_from_frame(ThreadState *ts, Type **type, Value *obj)
{
    Frame *f = ts->frame;
    if (!f || !f->code) {
        exc_raise(ts, &RuntimeErrorType, "super(): no current frame");
        return -1;
    }
    CodeObj *co = f->code;
    if (co->argcount == 0 && !(co->flags & CO_VARARGS)) {
        exc_raise(ts, &RuntimeErrorType, "super(): no arguments");
        return -1;
    }
    Value first = f->base[0];
    TupleObj *cells = tuple_as(co->cellvars);
    TupleObj *vn = tuple_as(co->varnames);
    for (int64_t i = 0; vn->len > 0 && i < cells->len; i++) {
        if (str_eq(str_as(cells->items[i]), str_as(vn->items[0]))) {
            Value c = f->base[co->nlocals + i];
            if (val_is(c, &CellType))
                first = ((CellObj *)val_as_obj(c))->ref;
        }
    }
    if (!first) {
        exc_raise(ts, &RuntimeErrorType, "super(): arg[0] deleted");
        return -1;
    }
    TupleObj *fv = tuple_as(co->freevars);
    for (int64_t i = 0; i < fv->len; i++) {
        if (str_as(fv->items[i]) != NAME(ts, __class__) &&
            !str_eq(str_as(fv->items[i]), NAME(ts, __class__)))
            continue;
        Value c = f->base[co->nlocals + co->ncellvars + i];
        Value cls = val_is(c, &CellType) ? ((CellObj *)val_as_obj(c))->ref : VNULL;
        if (!cls) {
            exc_raise(ts, &RuntimeErrorType, "super(): empty __class__ cell");
            return -1;
        }
        if (!val_isinstance(cls, &TypeType)) {
            exc_raise(ts, &RuntimeErrorType, "super(): __class__ is not a type (%s)",
                      obj_type_name(cls));
            return -1;
        }
        *type = (Type *)val_as_obj(cls);
        *obj = first;
        return 0;
    }
    exc_raise(ts, &RuntimeErrorType, "super(): __class__ cell not found");
    return -1;
}

static int
super_tp_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "super", kwnames) < 0)
        return -1;
    if (nargs > 2) {
        exc_raise(ts, &TypeErrorType, "super() takes at most 2 arguments (%d given)", nargs);
        return -1;
    }
    Type *type;
    Value obj = VNULL;
    if (nargs == 0) {
        if (super_from_frame(ts, &type, &obj) < 0)
            return -1;
    } else {
        if (!val_isinstance(args[0], &TypeType)) {
            exc_raise(ts, &TypeErrorType, "super() argument 1 must be a type, not %s",
                      obj_type_name(args[0]));
            return -1;
        }
        type = (Type *)val_as_obj(args[0]);
        if (nargs == 2 && args[1] != V_NONE)
            obj = args[1];
    }
    Type *ot = NULL;
    if (obj && !(ot = super_check(ts, type, obj)))
        return -1;
    SuperObj *s = (SuperObj *)val_as_obj(self);
    s->type = type;
    s->obj = obj;
    s->obj_type = ot;
    return 0;
}

static Value
super_getattr(ThreadState *ts, Value self, StrObj *name)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    Type *start = s->obj_type;
    if (start && name != NAME(ts, __class__)) {
        TupleObj *mro = tuple_as(start->mro);
        int64_t i = 0;
        while (i < mro->len && val_as_obj(mro->items[i]) != &s->type->base)
            i++;
        for (i++; i < mro->len; i++) {
            Type *t = (Type *)val_as_obj(mro->items[i]);
            Value r = dict_get_str(t->dict, name);
            if (!r)
                continue;
            Type *rt = val_type(r);
            if (rt->descr_get) {
                Value o = s->obj == val_from_obj(start) ? VNULL : s->obj;
                return rt->descr_get(ts, r, o, val_from_obj(start));
            }
            return r;
        }
    }
    Value r = obj_generic_getattr(ts, self, name);
    if (!r && exc_matches(ts, &AttributeErrorType)) {
        exc_clear(ts);
        exc_raise(ts, &AttributeErrorType, "'super' object has no attribute '%s'", name->data);
        obj_set_attr_error_fields(ts, self, name);
    }
    return r;
}

static Value
super_repr(ThreadState *ts, Value v)
{
    SuperObj *s = (SuperObj *)val_as_obj(v);
    if (!s->type)
        return str_from_cstr(ts, "<super: <class 'NULL'>, NULL>");
    if (!s->obj_type)
        return str_from_fmt(ts, "<super: <class '%s'>, NULL>", s->type->name);
    return str_from_fmt(ts, "<super: <class '%s'>, <%s object>>", s->type->name,
                        s->obj_type->name);
}

static Value
super_thisclass(ThreadState *ts, Value self)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    return s->type ? val_from_obj(s->type) : V_NONE;
}

static Value
super_self(ThreadState *ts, Value self)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    return s->obj ? s->obj : V_NONE;
}

static Value
super_self_class(ThreadState *ts, Value self)
{
    SuperObj *s = (SuperObj *)val_as_obj(self);
    return s->obj_type ? val_from_obj(s->obj_type) : V_NONE;
}

static const GetSetDef super_getsets[] = {
    {"__thisclass__", super_thisclass, NULL},
    {"__self__", super_self, NULL},
    {"__self_class__", super_self_class, NULL},
    {NULL, NULL, NULL},
};

Type SuperType = {
    .name = "super",
    .basicsize = sizeof(SuperObj),
    .flags = TF_BASETYPE,
    .mark = super_mark,
    .repr = super_repr,
    .getattr = super_getattr,
    .new_ = super_tp_new,
    .init = super_tp_init,
    .getsets = super_getsets,
};

/* }===== */
/* {===== types.UnionType: X | Y of classes (PEP 604) */

typedef struct UnionObj {
    Obj base;
    Value args; /* tuple of classes, flattened, without duplicates */
} UnionObj;

static void
union_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((UnionObj *)o)->args);
}

static bool
unionable(Value v)
{
    return v == V_NONE || val_isinstance(v, &TypeType) || val_is(v, &UnionType) ||
           val_is(v, &GenericAliasType);
}

static int
union_add(ThreadState *ts, Value *items, int *n, int max, Value v)
{
    if (val_is(v, &UnionType)) {
        TupleObj *a = tuple_as(((UnionObj *)val_as_obj(v))->args);
        for (int64_t i = 0; i < a->len; i++)
            if (union_add(ts, items, n, max, a->items[i]) < 0)
                return -1;
        return 0;
    }
    if (v == V_NONE)
        v = val_from_obj(&NoneType);
    for (int i = 0; i < *n; i++)
        if (items[i] == v)
            return 0;
    if (*n >= max) {
        exc_raise(ts, &TypeErrorType, "too many arguments in union");
        return -1;
    }
    items[(*n)++] = v;
    return 0;
}

Value
type_or(ThreadState *ts, Value a, Value b)
{
    if (!unionable(a) || !unionable(b))
        return V_NOTIMPL;
    Value items[64];
    int n = 0;
    if (union_add(ts, items, &n, 64, a) < 0 || union_add(ts, items, &n, 64, b) < 0)
        return VNULL;
    if (n == 1)
        return items[0];
    UnionObj *u = gc_alloc(ts, &UnionType, sizeof(UnionObj));
    if (!u)
        return VNULL;
    u->args = tuple_from_array(ts, items, n);
    return u->args ? val_from_obj(u) : VNULL;
}

static Value
union_item_repr(ThreadState *ts, Value v)
{
    if (v == val_from_obj(&NoneType))
        return str_from_cstr(ts, "None");
    if (!val_isinstance(v, &TypeType))
        return obj_repr(ts, v);
    Type *t = (Type *)val_as_obj(v);
    const char *mod = type_module_cstr(t);
    Value qn = type_qualname_value(ts, t);
    if (!qn)
        return VNULL;
    return mod ? str_from_fmt(ts, "%s.%s", mod, str_cstr(qn)) : qn;
}

static Value
union_repr(ThreadState *ts, Value v)
{
    TupleObj *a = tuple_as(((UnionObj *)val_as_obj(v))->args);
    Value parts[64];
    for (int64_t i = 0; i < a->len && i < 64; i++)
        if (!(parts[i] = union_item_repr(ts, a->items[i])))
            return VNULL;
    return str_join_array(ts, " | ", 3, parts, (size_t)a->len);
}

static bool
union_contains_arg(TupleObj *a, Value v)
{
    for (int64_t i = 0; i < a->len; i++)
        if (a->items[i] == v)
            return true;
    return false;
}

static Value
union_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is(b, &UnionType))
        return V_NOTIMPL;
    TupleObj *x = tuple_as(((UnionObj *)val_as_obj(a))->args);
    TupleObj *y = tuple_as(((UnionObj *)val_as_obj(b))->args);
    bool eq = x->len == y->len;
    for (int64_t i = 0; eq && i < x->len; i++)
        eq = union_contains_arg(y, x->items[i]);
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t
union_hash(ThreadState *ts, Value v)
{
    TupleObj *a = tuple_as(((UnionObj *)val_as_obj(v))->args);
    uint64_t h = 0x345678;
    for (int64_t i = 0; i < a->len; i++)
        h ^= (uint64_t)a->items[i] >> 4; /* order-independent */
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

static Value
union_args(ThreadState *ts, Value self)
{
    return ((UnionObj *)val_as_obj(self))->args;
}

Value
union_args_of(Value u)
{
    return val_is(u, &UnionType) ? ((UnionObj *)val_as_obj(u))->args : VNULL;
}

static const GetSetDef union_getsets[] = {
    {"__args__", union_args, NULL},
    {NULL, NULL, NULL},
};

Type UnionType = {
    .name = "UnionType",
    .basicsize = sizeof(UnionObj),
    .mark = union_mark,
    .repr = union_repr,
    .richcompare = union_richcompare,
    .hash = union_hash,
    .nb = {[NB_OR] = type_or},
    .getsets = union_getsets,
};

/* }===== */
/* {===== mappingproxy: the read-only view returned by C.__dict__ */

typedef struct ProxyObj {
    Obj base;
    Value mapping;
} ProxyObj;

static Type MappingProxyType;

Value
descr_mappingproxy_new(ThreadState *ts, Value mapping)
{
    if (!MappingProxyType.dict)
        type_ready(ts, &MappingProxyType);
    ProxyObj *p = gc_alloc(ts, &MappingProxyType, sizeof(ProxyObj));
    if (!p)
        return VNULL;
    p->mapping = mapping;
    return val_from_obj(p);
}

static inline Value
proxied(Value v)
{
    return ((ProxyObj *)val_as_obj(v))->mapping;
}

static void
proxy_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((ProxyObj *)o)->mapping);
}

static Value
proxy_repr(ThreadState *ts, Value v)
{
    Value r = obj_repr(ts, proxied(v));
    return r ? str_from_fmt(ts, "mappingproxy(%s)", str_cstr(r)) : VNULL;
}

static Value
proxy_getitem(ThreadState *ts, Value v, Value key)
{
    return obj_getitem(ts, proxied(v), key);
}

static int64_t
proxy_len(ThreadState *ts, Value v)
{
    return obj_len(ts, proxied(v));
}

static int
proxy_contains(ThreadState *ts, Value v, Value key)
{
    return obj_contains(ts, proxied(v), key);
}

static Value
proxy_iter(ThreadState *ts, Value v)
{
    return obj_iter(ts, proxied(v));
}

static Value
proxy_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    return obj_compare(ts, proxied(a), val_is(b, &MappingProxyType) ? proxied(b) : b, op);
}

static Value
proxy_forward(ThreadState *ts, const char *name, Value *args, int nargs)
{
    return obj_call_method(ts, proxied(args[0]), name, args + 1, nargs - 1);
}

static Value
proxy_keys(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return proxy_forward(ts, "keys", args, nargs);
}

static Value
proxy_values(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return proxy_forward(ts, "values", args, nargs);
}

static Value
proxy_items(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return proxy_forward(ts, "items", args, nargs);
}

static Value
proxy_get(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return proxy_forward(ts, "get", args, nargs);
}

static Value
proxy_copy(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return proxy_forward(ts, "copy", args, nargs);
}

static const MethodDef proxy_methods[] = {
    {"keys", proxy_keys, METH_DEFAULT},   {"values", proxy_values, METH_DEFAULT},
    {"items", proxy_items, METH_DEFAULT}, {"get", proxy_get, METH_DEFAULT},
    {"copy", proxy_copy, METH_DEFAULT},   {NULL, NULL, 0},
};

static Type MappingProxyType = {
    .name = "mappingproxy",
    .basicsize = sizeof(ProxyObj),
    .mark = proxy_mark,
    .repr = proxy_repr,
    .str = proxy_repr,
    .richcompare = proxy_richcompare,
    .getitem = proxy_getitem,
    .len = proxy_len,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .methods = proxy_methods,
};

/* }===== */
/* {===== types.GenericAlias: list[int] and friends (PEP 585), enough for
 * annotations, reprs and calls */

typedef struct AliasObj {
    Obj base;
    Value origin;
    Value args; /* tuple */
} AliasObj;

static void
alias_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((AliasObj *)o)->origin);
    gc_mark(gc, ((AliasObj *)o)->args);
}

Value
descr_generic_alias_new(ThreadState *ts, Value origin, Value args)
{
    if (!GenericAliasType.dict)
        type_ready(ts, &GenericAliasType);
    if (!val_isinstance(args, &TupleType) && !(args = tuple_pack(ts, 1, args)))
        return VNULL;
    AliasObj *a = gc_alloc(ts, &GenericAliasType, sizeof(AliasObj));
    if (!a)
        return VNULL;
    a->origin = origin;
    a->args = args;
    return val_from_obj(a);
}

static Value
alias_item_repr(ThreadState *ts, Value v)
{
    if (v == V_ELLIPSIS)
        return str_from_cstr(ts, "...");
    return union_item_repr(ts, v);
}

static Value
alias_repr(ThreadState *ts, Value v)
{
    AliasObj *a = (AliasObj *)val_as_obj(v);
    TupleObj *args = tuple_as(a->args);
    Value head = alias_item_repr(ts, a->origin);
    if (!head)
        return VNULL;
    if (args->len == 0)
        return str_from_fmt(ts, "%s[()]", str_cstr(head));
    Value parts[64];
    int64_t n = args->len < 64 ? args->len : 64;
    for (int64_t i = 0; i < n; i++)
        if (!(parts[i] = alias_item_repr(ts, args->items[i])))
            return VNULL;
    Value inner = str_join_array(ts, ", ", 2, parts, (size_t)n);
    return inner ? str_from_fmt(ts, "%s[%s]", str_cstr(head), str_cstr(inner)) : VNULL;
}

static Value
alias_call(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames)
{
    return obj_call(ts, ((AliasObj *)val_as_obj(callable))->origin, args, nargs, kwnames);
}

static Value
alias_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is(b, &GenericAliasType))
        return V_NOTIMPL;
    AliasObj *x = (AliasObj *)val_as_obj(a), *y = (AliasObj *)val_as_obj(b);
    int eq = x->origin == y->origin ? obj_eq(ts, x->args, y->args) : 0;
    if (eq < 0)
        return VNULL;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t
alias_hash(ThreadState *ts, Value v)
{
    AliasObj *a = (AliasObj *)val_as_obj(v);
    int64_t h = obj_hash(ts, a->args);
    if (h == -1 && ts_has_exc(ts))
        return -1;
    h ^= (int64_t)(a->origin >> 4);
    return h == -1 ? -2 : h;
}

static Value
alias_origin(ThreadState *ts, Value self)
{
    return ((AliasObj *)val_as_obj(self))->origin;
}

static Value
alias_args(ThreadState *ts, Value self)
{
    return ((AliasObj *)val_as_obj(self))->args;
}

static Value
alias_parameters(ThreadState *ts, Value self)
{
    return tuple_new(ts, 0);
}

/* Other attributes come from the origin class, as in CPython. */
static Value
alias_getattr(ThreadState *ts, Value obj, StrObj *name)
{
    Value r = obj_generic_getattr(ts, obj, name);
    if (r || !exc_matches(ts, &AttributeErrorType))
        return r;
    exc_clear(ts);
    return obj_getattr(ts, ((AliasObj *)val_as_obj(obj))->origin, name);
}

static const GetSetDef alias_getsets[] = {
    {"__origin__", alias_origin, NULL},
    {"__args__", alias_args, NULL},
    {"__parameters__", alias_parameters, NULL},
    {NULL, NULL, NULL},
};

Type GenericAliasType = {
    .name = "GenericAlias",
    .basicsize = sizeof(AliasObj),
    .mark = alias_mark,
    .repr = alias_repr,
    .call = alias_call,
    .getattr = alias_getattr,
    .richcompare = alias_richcompare,
    .hash = alias_hash,
    .nb = {[NB_OR] = type_or},
    .getsets = alias_getsets,
};

/* }===== */
