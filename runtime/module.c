/* runtime/module.c: module objects.
 * SPDX-License-Identifier: MIT
 *
 * A module is its globals dict plus a name.  Attribute access goes through
 * the generic getattr (the dict is the instance __dict__), with the module
 * flavoured AttributeError text and PEP 562 module __getattr__.
 */
#include <stddef.h>

#include "dict.h"
#include "exc.h"
#include "func.h"
#include "list.h"
#include "module.h"
#include "str.h"
#include "tstate.h"
#include "typeobj.h"

Value
module_new(ThreadState *ts, const char *name)
{
    ModuleObj *m = gc_alloc(ts, &ModuleType, sizeof(ModuleObj));
    if (!m)
        return VNULL;
    Value mv = val_from_obj(m);
    m->builtin = 1;
    m->dict = dict_new(ts);
    if (!m->dict)
        return VNULL;
    m->name = str_from_cstr(ts, name);
    if (!m->name)
        return VNULL;
    if (dict_set_str(ts, m->dict, NAME(ts, __name__), m->name) < 0 ||
        dict_set_str(ts, m->dict, NAME(ts, __doc__), V_NONE) < 0 ||
        dict_set_str(ts, m->dict, NAME(ts, __package__), V_NONE) < 0 ||
        dict_set_str(ts, m->dict, NAME(ts, __loader__), V_NONE) < 0 ||
        dict_set_str(ts, m->dict, NAME(ts, __spec__), V_NONE) < 0)
        return VNULL;
    return mv;
}

int
module_add_functions(ThreadState *ts, Value module, const MethodDef *defs)
{
    ModuleObj *m = (ModuleObj *)val_as_obj(module);
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = builtin_new(ts, d, VNULL, NULL);
        if (!f)
            return -1;
        ((BuiltinFuncObj *)val_as_obj(f))->module = m->name;
        if (dict_set_cstr(ts, m->dict, d->name, f) < 0)
            return -1;
    }
    return 0;
}

static void
module_mark(GC *gc, Obj *o)
{
    ModuleObj *m = (ModuleObj *)o;
    gc_mark(gc, m->dict);
    gc_mark(gc, m->name);
}

static Value
module_getattr(ThreadState *ts, Value obj, StrObj *name)
{
    ModuleObj *m = (ModuleObj *)val_as_obj(obj);
    if (m->dict) {
        Value v = dict_get_str(m->dict, name);
        if (v)
            return v;
    }
    Value r = obj_generic_getattr(ts, obj, name);
    if (r || !exc_matches(ts, &AttributeErrorType))
        return r;
    exc_clear(ts);
    if (m->dict) {
        Value hook = dict_get_str(m->dict, NAME(ts, __getattr__));
        if (hook)
            return obj_call1(ts, hook, val_from_obj(name));
    }
    Value mname = m->dict ? dict_get_str(m->dict, NAME(ts, __name__)) : VNULL;
    if (mname && str_check(mname))
        exc_raise(ts, &AttributeErrorType, "module '%s' has no attribute '%s'", str_cstr(mname),
                  name->data);
    else
        exc_raise(ts, &AttributeErrorType, "module has no attribute '%s'", name->data);
    obj_set_attr_error_fields(ts, obj, name);
    return VNULL;
}

static Value
module_repr(ThreadState *ts, Value v)
{
    ModuleObj *m = (ModuleObj *)val_as_obj(v);
    Value name = m->dict ? dict_get_str(m->dict, NAME(ts, __name__)) : VNULL;
    if (!name)
        name = m->name;
    Value nr = name ? obj_repr(ts, name) : str_from_cstr(ts, "'?'");
    if (!nr)
        return VNULL;
    Value file = m->dict ? dict_get_str(m->dict, NAME(ts, __file__)) : VNULL;
    if (file && str_check(file))
        return str_from_fmt(ts, "<module %s from '%s'>", str_cstr(nr), str_cstr(file));
    if (!m->builtin)
        return str_from_fmt(ts, "<module %s>", str_cstr(nr));
    return str_from_fmt(ts, "<module %s (built-in)>", str_cstr(nr));
}

static Value
module_tp_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    ModuleObj *m = gc_alloc(ts, t, t->basicsize);
    if (!m)
        return VNULL;
    m->dict = dict_new(ts);
    return m->dict ? val_from_obj(m) : VNULL;
}

static int
module_tp_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"name", "doc", NULL};
    Value a[2] = {VNULL, VNULL};
    if (arg_parse(ts, "module", args, nargs, kwnames, names, a, 1) < 0)
        return -1;
    if (!str_check(a[0])) {
        exc_raise(ts, &TypeErrorType, "module.__init__() argument 'name' must be str, not %s",
                  obj_type_name(a[0]));
        return -1;
    }
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    m->name = a[0];
    if (dict_set_str(ts, m->dict, NAME(ts, __name__), a[0]) < 0 ||
        dict_set_str(ts, m->dict, NAME(ts, __doc__), a[1] ? a[1] : V_NONE) < 0 ||
        dict_set_str(ts, m->dict, NAME(ts, __package__), V_NONE) < 0 ||
        dict_set_str(ts, m->dict, NAME(ts, __loader__), V_NONE) < 0 ||
        dict_set_str(ts, m->dict, NAME(ts, __spec__), V_NONE) < 0)
        return -1;
    return 0;
}

static Value
module_dir(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    ModuleObj *m = (ModuleObj *)val_as_obj(args[0]);
    Value l = list_new(ts, 0);
    Value k, v;
    for (int64_t i = 0; l && m->dict && dict_next(m->dict, &i, &k, &v);)
        if (list_append(ts, l, k) < 0)
            return VNULL;
    return l;
}

static const MethodDef module_methods[] = {
    {"__dir__", module_dir, METH_DEFAULT},
    {NULL, NULL, 0},
};

Type ModuleType = {
    .name = "module",
    .basicsize = sizeof(ModuleObj),
    .flags = TF_BASETYPE,
    .dict_offset = offsetof(ModuleObj, dict),
    .mark = module_mark,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = obj_generic_setattr,
    .new_ = module_tp_new,
    .init = module_tp_init,
    .methods = module_methods,
};
