/* runtime/singletons.c: None, NotImplemented and Ellipsis.
 * SPDX-License-Identifier: MIT
 *
 * Each is a static object of its own type; calling the type returns the
 * singleton (as CPython 3.11 does for type(None)() and friends).
 */
#include "object.h"
#include "str.h"
#include "tstate.h"
#include "exc.h"

Obj NoneObj = {.type = &NoneType};
Obj NotImplementedObj = {.type = &NotImplementedType};
Obj EllipsisObj = {.type = &EllipsisType};

static Value
none_repr(ThreadState *ts, Value v)
{
    return str_from_cstr(ts, "None");
}

static Value
notimpl_repr(ThreadState *ts, Value v)
{
    return str_from_cstr(ts, "NotImplemented");
}

static Value
ellipsis_repr(ThreadState *ts, Value v)
{
    return str_from_cstr(ts, "Ellipsis");
}

static int
none_truth(ThreadState *ts, Value v)
{
    return 0;
}

/* A fixed hash, as CPython 3.12 does (3.11 uses the address, also stable). */
static int64_t
none_hash(ThreadState *ts, Value v)
{
    return 0xFCA86420;
}

static Value
singleton_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (nargs > 0 || (kwnames && val_is_obj(kwnames)))
        return exc_raise(ts, &TypeErrorType, "%s takes no arguments", t->name);
    if (t == &NoneType)
        return V_NONE;
    if (t == &NotImplementedType)
        return V_NOTIMPL;
    return V_ELLIPSIS;
}

Type NoneType = {
    .name = "NoneType",
    .basicsize = sizeof(Obj),
    .repr = none_repr,
    .truth = none_truth,
    .hash = none_hash,
    .new_ = singleton_new,
};

Type NotImplementedType = {
    .name = "NotImplementedType",
    .basicsize = sizeof(Obj),
    .repr = notimpl_repr,
    .new_ = singleton_new,
};

Type EllipsisType = {
    .name = "ellipsis",
    .basicsize = sizeof(Obj),
    .repr = ellipsis_repr,
    .new_ = singleton_new,
};
