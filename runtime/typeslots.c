/* runtime/typeslots.c: the C slots of classes defined in Python.
 * SPDX-License-Identifier: MIT
 *
 * A class statement that defines __add__, __len__, __getattr__ ... gets the
 * generic slot functions below in its Type, so the VM and the generic
 * operations (object.c) always call one C function pointer per operation.
 * Each looks the dunder up on the type (type_lookup, cached by version) and
 * calls it as a method without building a bound method.  type_fixup_one
 * recomputes the slots when a class is created or a dunder is assigned.
 */
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "typeobj.h"

#define TYPE_OF(v) ((Type *)val_as_obj(v))

/* {===== slots of classes defined in Python */

static Value
call_dunder(ThreadState *ts, Value self, int name_id, Value *args, int nargs, bool *found)
{
    return obj_call_special(ts, self, ts->interp->names[name_id], args, nargs, found);
}

static Value
slot_unary(ThreadState *ts, Value self, int name_id)
{
    bool found;
    Value r = call_dunder(ts, self, name_id, NULL, 0, &found);
    if (!found && !ts_has_exc(ts))
        return exc_raise(ts, &TypeErrorType, "'%s' object has no method %s", obj_type_name(self),
                         ts->interp->names[name_id]->data);
    return r;
}

static Value
check_str_result(ThreadState *ts, Value r, const char *what)
{
    if (r && !str_check(r))
        return exc_raise(ts, &TypeErrorType, "%s returned non-string (type %s)", what,
                         obj_type_name(r));
    return r;
}

static Value
slot_repr(ThreadState *ts, Value self)
{
    /* CPython's repr path trips its C-level recursion check first */
    if (ts->recursion_depth >= ts->interp->recursion_limit)
        return exc_raise(ts, &RecursionErrorType,
                         "maximum recursion depth exceeded while calling a Python object");
    return check_str_result(ts, slot_unary(ts, self, NAME___repr__), "__repr__");
}

static Value
slot_str(ThreadState *ts, Value self)
{
    return check_str_result(ts, slot_unary(ts, self, NAME___str__), "__str__");
}

static int64_t
slot_hash(ThreadState *ts, Value self)
{
    Value f = type_lookup(val_type(self), NAME(ts, __hash__));
    if (!f || f == V_NONE) {
        exc_raise(ts, &TypeErrorType, "unhashable type: '%s'", obj_type_name(self));
        return -1;
    }
    Value r = call_as_method(ts, f, self, NULL, 0, VNULL);
    if (!r)
        return -1;
    if (!int_check(r)) {
        exc_raise(ts, &TypeErrorType, "__hash__ method should return an integer");
        return -1;
    }
    return int_hash(r);
}

static Value
slot_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    bool found;
    Value r = call_dunder(ts, a, type_cmp_name_ids[op], &b, 1, &found);
    return found || ts_has_exc(ts) ? r : V_NOTIMPL;
}

static Value
slot_getattr_hook(ThreadState *ts, Value obj, StrObj *name)
{
    Type *t = val_type(obj);
    Value ga = type_lookup(t, NAME(ts, __getattribute__));
    Value r;
    if (!ga || (val_is(ga, &SlotWrapperType) &&
                ((SlotWrapperObj *)val_as_obj(ga))->owner->getattr == obj_generic_getattr)) {
        r = obj_generic_getattr(ts, obj, name);
    } else {
        Value n = val_from_obj(name);
        r = call_as_method(ts, ga, obj, &n, 1, VNULL);
    }
    if (r || !exc_matches(ts, &AttributeErrorType))
        return r;
    Value g = type_lookup(t, NAME(ts, __getattr__));
    if (!g)
        return VNULL;
    exc_clear(ts);
    Value n = val_from_obj(name);
    return call_as_method(ts, g, obj, &n, 1, VNULL);
}

static int
slot_setattr(ThreadState *ts, Value obj, StrObj *name, Value v)
{
    bool found;
    Value args[2] = {val_from_obj(name), v};
    Value r = v ? call_dunder(ts, obj, NAME___setattr__, args, 2, &found)
                : call_dunder(ts, obj, NAME___delattr__, args, 1, &found);
    if (!found && !ts_has_exc(ts))
        return obj_generic_setattr(ts, obj, name, v);
    return r ? 0 : -1;
}

static Value
call_with_self_kw(ThreadState *ts, Value self, int name_id, Value *args, int nargs, Value kwnames)
{
    Value f = type_lookup(val_type(self), ts->interp->names[name_id]);
    if (!f)
        return exc_raise(ts, &TypeErrorType, "'%s' object is not callable", obj_type_name(self));
    return call_as_method(ts, f, self, args, nargs, kwnames);
}

static Value
slot_call(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    return call_with_self_kw(ts, self, NAME___call__, args, nargs, kwnames);
}

static Value
slot_iter(ThreadState *ts, Value self)
{
    Value f = type_lookup(val_type(self), NAME(ts, __iter__));
    if (!f || f == V_NONE)
        return exc_raise(ts, &TypeErrorType, "'%s' object is not iterable", obj_type_name(self));
    Value r = call_as_method(ts, f, self, NULL, 0, VNULL);
    if (r && !val_type(r)->iternext)
        return exc_raise(ts, &TypeErrorType, "iter() returned non-iterator of type '%s'",
                         obj_type_name(r));
    return r;
}

static Value
slot_iternext(ThreadState *ts, Value self)
{
    Value r = slot_unary(ts, self, NAME___next__);
    if (!r && exc_matches(ts, &StopIterationType))
        exc_clear(ts);
    return r;
}

static int64_t
len_result(ThreadState *ts, Value r)
{
    if (!r)
        return -1;
    Value i = obj_index(ts, r);
    if (!i)
        return -1;
    if (int_sign(i) < 0) {
        exc_raise(ts, &ValueErrorType, "__len__() should return >= 0");
        return -1;
    }
    if (!val_is_int(i)) {
        exc_raise(ts, &OverflowErrorType, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return val_as_int(i);
}

static int64_t
slot_len(ThreadState *ts, Value self)
{
    return len_result(ts, slot_unary(ts, self, NAME___len__));
}

static int
slot_truth(ThreadState *ts, Value self)
{
    bool found;
    Value r = call_dunder(ts, self, NAME___bool__, NULL, 0, &found);
    if (!found && !ts_has_exc(ts)) {
        if (!type_lookup(val_type(self), NAME(ts, __len__)))
            return 1;
        int64_t n = len_result(ts, slot_unary(ts, self, NAME___len__));
        return n < 0 ? -1 : n > 0;
    }
    if (!r)
        return -1;
    if (r == V_TRUE || r == V_FALSE)
        return r == V_TRUE;
    exc_raise(ts, &TypeErrorType, "__bool__ should return bool, returned %s", obj_type_name(r));
    return -1;
}

static Value
slot_getitem(ThreadState *ts, Value self, Value key)
{
    bool found;
    Value r = call_dunder(ts, self, NAME___getitem__, &key, 1, &found);
    if (!found && !ts_has_exc(ts))
        return exc_raise(ts, &TypeErrorType, "'%s' object is not subscriptable",
                         obj_type_name(self));
    return r;
}

static int
slot_setitem(ThreadState *ts, Value self, Value key, Value v)
{
    bool found;
    Value args[2] = {key, v};
    Value r = v ? call_dunder(ts, self, NAME___setitem__, args, 2, &found)
                : call_dunder(ts, self, NAME___delitem__, args, 1, &found);
    if (!found && !ts_has_exc(ts)) {
        exc_raise(ts, &TypeErrorType, v ? "'%s' object does not support item assignment"
                                        : "'%s' object doesn't support item deletion",
                  obj_type_name(self));
        return -1;
    }
    return r ? 0 : -1;
}

static int
slot_contains(ThreadState *ts, Value self, Value key)
{
    Value f = type_lookup(val_type(self), NAME(ts, __contains__));
    if (!f || f == V_NONE) {
        /* fall back to iteration (obj_contains without the slot) */
        Value it = obj_iter(ts, self);
        if (!it)
            return -1;
        ts_push_root(ts, it);
        ts_push_root(ts, key);
        int res = 0;
        for (;;) {
            Value x = obj_next(ts, it);
            if (!x) {
                res = ts_has_exc(ts) ? -1 : 0;
                break;
            }
            if ((res = obj_eq(ts, x, key)) != 0)
                break;
        }
        ts_pop_roots(ts, 2);
        return res;
    }
    Value r = call_as_method(ts, f, self, &key, 1, VNULL);
    return r ? obj_truth(ts, r) : -1;
}

/* Slots get no closure, so each unary dunder needs a C function of its own. */
#define UNARY_SLOT(fn, name)                                                                       \
    static Value fn(ThreadState *ts, Value a)                                                      \
    {                                                                                              \
        return slot_unary(ts, a, name);                                                            \
    }
UNARY_SLOT(slot_neg, NAME___neg__)
UNARY_SLOT(slot_pos, NAME___pos__)
UNARY_SLOT(slot_invert, NAME___invert__)
UNARY_SLOT(slot_abs, NAME___abs__)
#undef UNARY_SLOT

static Value
slot_index(ThreadState *ts, Value a)
{
    Value r = slot_unary(ts, a, NAME___index__);
    if (r && !int_check(r))
        return exc_raise(ts, &TypeErrorType, "__index__ returned non-int (type %s)",
                         obj_type_name(r));
    return r;
}

static Value
slot_int(ThreadState *ts, Value a)
{
    Value r = slot_unary(ts, a, NAME___int__);
    if (r && !int_check(r))
        return exc_raise(ts, &TypeErrorType, "__int__ returned non-int (type %s)",
                         obj_type_name(r));
    return r;
}

static Value
slot_float(ThreadState *ts, Value a)
{
    Value r = slot_unary(ts, a, NAME___float__);
    if (r && !val_isinstance(r, &FloatType))
        return exc_raise(ts, &TypeErrorType, "%s.__float__ returned non-float (type %s)",
                         obj_type_name(a), obj_type_name(r));
    return r;
}

static Value
slot_descr_get(ThreadState *ts, Value self, Value obj, Value type)
{
    Value f = type_lookup(val_type(self), NAME(ts, __get__));
    if (!f)
        return self;
    Value args[2] = {obj ? obj : V_NONE, type ? type : V_NONE};
    return call_as_method(ts, f, self, args, 2, VNULL);
}

static int
slot_descr_set(ThreadState *ts, Value self, Value obj, Value v)
{
    bool found;
    Value args[2] = {obj, v};
    Value r = v ? call_dunder(ts, self, NAME___set__, args, 2, &found)
                : call_dunder(ts, self, NAME___delete__, args, 1, &found);
    if (!found && !ts_has_exc(ts)) {
        exc_raise(ts, &AttributeErrorType, v ? "__set__" : "__delete__");
        return -1;
    }
    return r ? 0 : -1;
}

static Value
slot_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    Value f = type_lookup(t, NAME(ts, __new__));
    if (!f)
        return exc_raise(ts, &TypeErrorType, "cannot create '%s' instances", t->name);
    Type *ft = val_type(f);
    if (ft->descr_get && ft != &SlotWrapperType) {
        f = ft->descr_get(ts, f, VNULL, val_from_obj(t));
        if (!f)
            return VNULL;
    }
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int total = nargs + nkw + 1;
    Value small[8];
    Value *buf = total <= 8 ? small : malloc(sizeof(Value) * (size_t)total);
    if (!buf)
        return exc_no_memory(ts);
    buf[0] = val_from_obj(t);
    if (nargs + nkw)
        memcpy(buf + 1, args, sizeof(Value) * (size_t)(nargs + nkw));
    ts_push_root(ts, f);
    Value r = obj_call(ts, f, buf, nargs + 1, kwnames);
    ts_pop_roots(ts, 1);
    if (buf != small)
        free(buf);
    return r;
}

static int
slot_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    Value r = call_with_self_kw(ts, self, NAME___init__, args, nargs, kwnames);
    if (!r)
        return -1;
    if (r != V_NONE) {
        exc_raise(ts, &TypeErrorType, "__init__() should return None, not '%s'",
                  obj_type_name(r));
        return -1;
    }
    return 0;
}

/* Binary operators: one slot function per operator, shared by all classes,
 * so that "does b's type use the generic slot" is a pointer comparison
 * (CPython's SLOT1BINFULL). */
static Value
slot_binop(ThreadState *ts, Value a, Value b, int op, BinaryFn self_fn)
{
    Type *ta = val_type(a), *tb = val_type(b);
    StrObj *fwd = ts->interp->names[type_nb_name_ids[op][0]];
    StrObj *rev = ts->interp->names[type_nb_name_ids[op][1]];
    bool do_other = ta != tb && tb->nb[op] == self_fn;
    bool found;
    Value r;
    ts_push_root(ts, a);
    ts_push_root(ts, b);
    if (ta->nb[op] == self_fn) {
        if (do_other && type_is_subtype(tb, ta) && type_lookup(tb, rev) != type_lookup(ta, rev)) {
            r = obj_call_special(ts, b, rev, &a, 1, &found);
            if (!found && !ts_has_exc(ts))
                r = V_NOTIMPL;
            if (r != V_NOTIMPL)
                goto done;
            do_other = false;
        }
        r = obj_call_special(ts, a, fwd, &b, 1, &found);
        if (!found && !ts_has_exc(ts))
            r = V_NOTIMPL;
        if (r != V_NOTIMPL || ta == tb)
            goto done;
    }
    r = V_NOTIMPL;
    if (do_other) {
        r = obj_call_special(ts, b, rev, &a, 1, &found);
        if (!found && !ts_has_exc(ts))
            r = V_NOTIMPL;
    }
done:
    ts_pop_roots(ts, 2);
    return r;
}

static Value
slot_inplace(ThreadState *ts, Value a, Value b, int op)
{
    bool found;
    Value r = obj_call_special(ts, a, ts->interp->names[type_nb_name_ids[op][2]], &b, 1, &found);
    return found || ts_has_exc(ts) ? r : V_NOTIMPL;
}

#define X(n, s, d, rr, i)                                                      \
    static Value slot_nb_##n(ThreadState *ts, Value a, Value b)                \
    {                                                                          \
        return slot_binop(ts, a, b, NB_##n, slot_nb_##n);                      \
    }                                                                          \
    static Value slot_inb_##n(ThreadState *ts, Value a, Value b)               \
    {                                                                          \
        return slot_inplace(ts, a, b, NB_##n);                                 \
    }
NB_OPS(X)
#undef X

static const BinaryFn slot_nb_fns[NB_COUNT] = {
#define X(n, s, d, rr, i) slot_nb_##n,
    NB_OPS(X)
#undef X
};

static const BinaryFn slot_inb_fns[NB_COUNT] = {
#define X(n, s, d, rr, i) slot_inb_##n,
    NB_OPS(X)
#undef X
};

/* Is `name` defined by a class written in Python along t's MRO?  1 yes,
 * 0 no; *v receives the value found. */
static int
py_defined(ThreadState *ts, Type *t, int name_id, Value *v)
{
    *v = VNULL;
    Type *d = type_defining_type(t, ts->interp->names[name_id], v);
    return d && (d->flags & TF_HEAPTYPE);
}

#define PYDEF(id) py_defined(ts, t, id, &v)
#define FIX(slot, cond, fn) t->slot = (cond) ? fn : sb->slot

void
type_fixup_one(ThreadState *ts, Type *t)
{
    Type *sb = type_static_base(t);
    Value v;
    FIX(repr, PYDEF(NAME___repr__), slot_repr);
    FIX(str, PYDEF(NAME___str__), slot_str);
    if (PYDEF(NAME___hash__))
        t->hash = v == V_NONE ? NULL : slot_hash;
    else
        t->hash = sb->hash;
    bool cmp = false;
    for (int op = 0; op < 6; op++)
        cmp |= PYDEF(type_cmp_name_ids[op]);
    FIX(richcompare, cmp, slot_richcompare);
    FIX(getattr, PYDEF(NAME___getattribute__) | PYDEF(NAME___getattr__), slot_getattr_hook);
    /* the VM's attribute fast paths read dict_offset directly: keep them off */
    if ((t->flags & (TF_SHADOWED | TF_VAR_VALUES)) && t->getattr == obj_generic_getattr)
        t->getattr = obj_generic_getattr_noopt;
    FIX(setattr, PYDEF(NAME___setattr__) | PYDEF(NAME___delattr__), slot_setattr);
    FIX(call, PYDEF(NAME___call__), slot_call);
    FIX(iter, PYDEF(NAME___iter__), slot_iter);
    FIX(iternext, PYDEF(NAME___next__), slot_iternext);
    FIX(truth, PYDEF(NAME___bool__), slot_truth);
    FIX(len, PYDEF(NAME___len__), slot_len);
    FIX(getitem, PYDEF(NAME___getitem__), slot_getitem);
    FIX(setitem, PYDEF(NAME___setitem__) | PYDEF(NAME___delitem__), slot_setitem);
    FIX(contains, PYDEF(NAME___contains__), slot_contains);
    FIX(neg, PYDEF(NAME___neg__), slot_neg);
    FIX(pos, PYDEF(NAME___pos__), slot_pos);
    FIX(invert, PYDEF(NAME___invert__), slot_invert);
    FIX(absolute, PYDEF(NAME___abs__), slot_abs);
    FIX(index, PYDEF(NAME___index__), slot_index);
    FIX(to_int, PYDEF(NAME___int__), slot_int);
    FIX(to_float, PYDEF(NAME___float__), slot_float);
    FIX(descr_get, PYDEF(NAME___get__), slot_descr_get);
    FIX(descr_set, PYDEF(NAME___set__) | PYDEF(NAME___delete__), slot_descr_set);
    FIX(new_, PYDEF(NAME___new__), slot_new);
    FIX(init, PYDEF(NAME___init__), slot_init);
    for (int op = 0; op < NB_COUNT; op++) {
        FIX(nb[op], PYDEF(type_nb_name_ids[op][0]) | PYDEF(type_nb_name_ids[op][1]), slot_nb_fns[op]);
        FIX(nb_inplace[op], PYDEF(type_nb_name_ids[op][2]), slot_inb_fns[op]);
    }
}

void
type_fixup_slots(ThreadState *ts, Type *t)
{
    type_fixup_one(ts, t);
    for (uint32_t i = 0; i < t->nsubclasses; i++)
        type_fixup_slots(ts, t->subclasses[i]);
}

/* }===== */
