/* runtime/func.c: code objects, functions, cells, bound methods, builtin functions.
 * SPDX-License-Identifier: MIT
 *
 * These are the callables the VM knows about.  Python functions are called
 * through eval_call_function (interp/call.c), which binds arguments in place
 * on the value stack; the VM itself inlines calls to them and to bound
 * methods, so the `call` slots here are the paths used from C.
 */
#include "func.h"

#include <stdlib.h>
#include <string.h>

#include "../interp/eval.h"
#include "../interp/vm.h"
#include "dict.h"
#include "exc.h"
#include "module.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

/* ================================================================ code */

Value
code_new(ThreadState *ts)
{
    CodeObj *co = gc_alloc(ts, &CodeType, sizeof(CodeObj));
    if (!co)
        return VNULL;
    co->firstlineno = 1;
    return val_from_obj(co);
}

int
code_line_of(CodeObj *co, int lasti)
{
    if (!co->positions || lasti < 0 || lasti >= co->ncode)
        return co->firstlineno;
    int line = co->positions[lasti].line;
    /* Instructions without a position take the nearest earlier one. */
    for (int i = lasti; line < 0 && i > 0; i--)
        line = co->positions[i - 1].line;
    return line < 0 ? co->firstlineno : line;
}

static void
code_mark(GC *gc, Obj *o)
{
    CodeObj *co = (CodeObj *)o;
    gc_mark(gc, co->consts);
    gc_mark(gc, co->names);
    gc_mark(gc, co->varnames);
    gc_mark(gc, co->cellvars);
    gc_mark(gc, co->freevars);
    gc_mark(gc, co->name);
    gc_mark(gc, co->qualname);
    gc_mark(gc, co->filename);
}

static void
code_finalize(Obj *o)
{
    CodeObj *co = (CodeObj *)o;
    free(co->code);
    free(co->positions);
    free(co->exctab);
    free(co->cache);
    co->code = NULL;
    co->positions = NULL;
    co->exctab = NULL;
    co->cache = NULL;
}

static Value
code_repr(ThreadState *ts, Value v)
{
    CodeObj *co = (CodeObj *)val_as_obj(v);
    return str_from_fmt(ts, "<code object %s at %p, file \"%s\", line %d>",
                        co->name ? str_cstr(co->name) : "?", (void *)co,
                        co->filename ? str_cstr(co->filename) : "?", co->firstlineno);
}

#define CODE_OF(v) ((CodeObj *)val_as_obj(v))

static Value
or_none(Value v)
{
    return v ? v : V_NONE;
}

/* How a code object field shows as an attribute (see CODE_ATTRS). */
static Value
show_opt(ThreadState *ts, Value v)
{
    return or_none(v);
}

static Value
show_int(ThreadState *ts, int64_t n)
{
    return val_from_int(n);
}

static Value
show_tuple(ThreadState *ts, Value t)
{
    return t ? t : tuple_new(ts, 0);
}

/* The co_* attributes: field of CodeObj, and how its value is shown.  A GetSetDef
 * getter gets no closure, so each attribute needs a function of its own; this one
 * list writes both the getters and the table. */
#define CODE_ATTRS(X)                                                                              \
    X(name, show_opt)                                                                              \
    X(qualname, show_opt)                                                                          \
    X(filename, show_opt)                                                                          \
    X(firstlineno, show_int)                                                                       \
    X(argcount, show_int)                                                                          \
    X(posonlyargcount, show_int)                                                                   \
    X(kwonlyargcount, show_int)                                                                    \
    X(nlocals, show_int)                                                                           \
    X(flags, show_int)                                                                             \
    X(stacksize, show_int)                                                                         \
    X(varnames, show_tuple)                                                                        \
    X(consts, show_tuple)                                                                          \
    X(names, show_tuple)                                                                           \
    X(cellvars, show_tuple)                                                                        \
    X(freevars, show_tuple)

#define CODE_GETTER(field, show)                                                                   \
    static Value co_##field##_get(ThreadState *ts, Value v)                                        \
    {                                                                                              \
        return show(ts, CODE_OF(v)->field);                                                        \
    }
CODE_ATTRS(CODE_GETTER)
#undef CODE_GETTER

/* clang-format off */
static const GetSetDef code_getsets[] = {
#define CODE_GETSET(field, show) {"co_" #field, co_##field##_get, NULL},
    CODE_ATTRS(CODE_GETSET)
#undef CODE_GETSET
    {NULL},
};
/* clang-format on */

Type CodeType = {
    .name = "code",
    .basicsize = sizeof(CodeObj),
    .mark = code_mark,
    .finalize = code_finalize,
    .repr = code_repr,
    .getsets = code_getsets,
};

/* ============================================================ function */

Value
func_new(ThreadState *ts, Value code, Value globals)
{
    CodeObj *co = CODE_OF(code);
    FuncObj *fn = gc_alloc(ts, &FunctionType, sizeof(FuncObj));
    if (!fn)
        return VNULL;
    fn->code = code;
    fn->globals = globals;
    fn->name = co->name;
    fn->qualname = co->qualname ? co->qualname : co->name;
    fn->doc = V_NONE;
    /* CPython 3.11 keeps the docstring (or None) as consts[0] of functions. */
    if ((co->flags & CO_OPTIMIZED) && co->consts && tuple_as(co->consts)->len > 0 &&
        str_check_exact(tuple_as(co->consts)->items[0]))
        fn->doc = tuple_as(co->consts)->items[0];
    Value mod = dict_check(globals) ? dict_get_str(globals, NAME(ts, __name__)) : VNULL;
    fn->module = mod ? mod : V_NONE;
    Value b = dict_check(globals) ? dict_get_str(globals, NAME(ts, __builtins__)) : VNULL;
    if (b && val_is(b, &ModuleType))
        b = ((ModuleObj *)val_as_obj(b))->dict;
    fn->builtins = (b && dict_check(b)) ? b : ts->interp->builtins;
    return val_from_obj(fn);
}

static void
func_mark(GC *gc, Obj *o)
{
    FuncObj *fn = (FuncObj *)o;
    gc_mark(gc, fn->dict);
    gc_mark(gc, fn->code);
    gc_mark(gc, fn->globals);
    gc_mark(gc, fn->builtins);
    gc_mark(gc, fn->defaults);
    gc_mark(gc, fn->kwdefaults);
    gc_mark(gc, fn->closure);
    gc_mark(gc, fn->name);
    gc_mark(gc, fn->qualname);
    gc_mark(gc, fn->module);
    gc_mark(gc, fn->doc);
    gc_mark(gc, fn->annotations);
}

static Value
func_repr(ThreadState *ts, Value v)
{
    FuncObj *fn = (FuncObj *)val_as_obj(v);
    return str_from_fmt(ts, "<function %s at %p>", str_cstr(fn->qualname), (void *)fn);
}

static Value
func_descr_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    if (!obj || obj == V_NONE)
        return descr;
    return method_new(ts, descr, obj);
}

#define FUNC_OF(v) ((FuncObj *)val_as_obj(v))

static int
set_str_attr(ThreadState *ts, Value *slot, Value v, const char *what)
{
    if (!v || !str_check(v)) {
        exc_raise(ts, &TypeErrorType, "%s must be set to a string object", what);
        return -1;
    }
    *slot = v;
    return 0;
}

static Value
fn_name_get(ThreadState *ts, Value v)
{
    return FUNC_OF(v)->name;
}
static int
fn_name_set(ThreadState *ts, Value v, Value x)
{
    return set_str_attr(ts, &FUNC_OF(v)->name, x, "__name__");
}
static Value
fn_qualname_get(ThreadState *ts, Value v)
{
    return FUNC_OF(v)->qualname;
}
static int
fn_qualname_set(ThreadState *ts, Value v, Value x)
{
    return set_str_attr(ts, &FUNC_OF(v)->qualname, x, "__qualname__");
}
/* The FuncObj fields that read None when unset; __doc__ and __module__ also take
 * any value (deleting sets None). GetSetDef getters get no closure: a macro. */
#define FN_OPT_GETTER(field)                                                                       \
    static Value fn_##field##_get(ThreadState *ts, Value v)                                        \
    {                                                                                              \
        return or_none(FUNC_OF(v)->field);                                                         \
    }
#define FN_ANY_SETTER(field)                                                                       \
    static int fn_##field##_set(ThreadState *ts, Value v, Value x)                                 \
    {                                                                                              \
        FUNC_OF(v)->field = x ? x : V_NONE;                                                        \
        return 0;                                                                                  \
    }
FN_OPT_GETTER(doc)
FN_ANY_SETTER(doc)
FN_OPT_GETTER(module)
FN_ANY_SETTER(module)
FN_OPT_GETTER(defaults)
FN_OPT_GETTER(kwdefaults)
FN_OPT_GETTER(closure)
#undef FN_OPT_GETTER
#undef FN_ANY_SETTER

/* __defaults__ / __kwdefaults__: None clears; a change bumps the version the
 * call caches check. */
static int
set_defaults_attr(ThreadState *ts, Value v, Value *slot, Value x, bool (*is_kind)(Value),
                  const char *msg)
{
    if (x && x != V_NONE && !is_kind(x)) {
        exc_raise(ts, &TypeErrorType, "%s", msg);
        return -1;
    }
    *slot = (x == V_NONE) ? VNULL : x;
    FUNC_OF(v)->version++;
    return 0;
}
static int
fn_defaults_set(ThreadState *ts, Value v, Value x)
{
    return set_defaults_attr(ts, v, &FUNC_OF(v)->defaults, x, tuple_check,
                             "__defaults__ must be set to a tuple object");
}
static int
fn_kwdefaults_set(ThreadState *ts, Value v, Value x)
{
    return set_defaults_attr(ts, v, &FUNC_OF(v)->kwdefaults, x, dict_check,
                             "__kwdefaults__ must be set to a dict object");
}
static Value
fn_code_get(ThreadState *ts, Value v)
{
    return FUNC_OF(v)->code;
}
static int
fn_code_set(ThreadState *ts, Value v, Value x)
{
    if (!x || !val_is(x, &CodeType)) {
        exc_raise(ts, &TypeErrorType, "__code__ must be set to a code object");
        return -1;
    }
    FUNC_OF(v)->code = x;
    FUNC_OF(v)->version++;
    return 0;
}
static Value
fn_globals_get(ThreadState *ts, Value v)
{
    return FUNC_OF(v)->globals;
}
static Value
fn_builtins_get(ThreadState *ts, Value v)
{
    return FUNC_OF(v)->builtins;
}
/* The dict in *slot, made on first use (__annotations__, __dict__). */
static Value
lazy_dict(ThreadState *ts, Value *slot)
{
    if (!*slot)
        *slot = dict_new(ts);
    return *slot;
}
static Value
fn_annotations_get(ThreadState *ts, Value v)
{
    return lazy_dict(ts, &FUNC_OF(v)->annotations);
}
static int
fn_annotations_set(ThreadState *ts, Value v, Value x)
{
    FUNC_OF(v)->annotations = (x == V_NONE) ? VNULL : x;
    return 0;
}
static Value
fn_dict_get(ThreadState *ts, Value v)
{
    return lazy_dict(ts, &FUNC_OF(v)->dict);
}
static int
fn_dict_set(ThreadState *ts, Value v, Value x)
{
    if (!x || !dict_check(x)) {
        exc_raise(ts, &TypeErrorType, "__dict__ must be set to a dictionary");
        return -1;
    }
    FUNC_OF(v)->dict = x;
    return 0;
}

static const GetSetDef func_getsets[] = {
    {"__name__", fn_name_get, fn_name_set},
    {"__qualname__", fn_qualname_get, fn_qualname_set},
    {"__doc__", fn_doc_get, fn_doc_set},
    {"__module__", fn_module_get, fn_module_set},
    {"__defaults__", fn_defaults_get, fn_defaults_set},
    {"__kwdefaults__", fn_kwdefaults_get, fn_kwdefaults_set},
    {"__code__", fn_code_get, fn_code_set},
    {"__globals__", fn_globals_get, NULL},
    {"__closure__", fn_closure_get, NULL},
    {"__builtins__", fn_builtins_get, NULL},
    {"__annotations__", fn_annotations_get, fn_annotations_set},
    {"__dict__", fn_dict_get, fn_dict_set},
    {NULL},
};

Type FunctionType = {
    .name = "function",
    .basicsize = sizeof(FuncObj),
    .dict_offset = offsetof(FuncObj, dict),
    .mark = func_mark,
    .repr = func_repr,
    .call = eval_call_function,
    .descr_get = func_descr_get,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .getsets = func_getsets,
};

/* ================================================================ cell */

Value
cell_new(ThreadState *ts, Value ref)
{
    CellObj *c = gc_alloc(ts, &CellType, sizeof(CellObj));
    if (!c)
        return VNULL;
    c->ref = ref;
    return val_from_obj(c);
}

static void
cell_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((CellObj *)o)->ref);
}

static Value
cell_repr(ThreadState *ts, Value v)
{
    CellObj *c = (CellObj *)val_as_obj(v);
    if (!c->ref)
        return str_from_fmt(ts, "<cell at %p: empty>", (void *)c);
    return str_from_fmt(ts, "<cell at %p: %s object at %p>", (void *)c, obj_type_name(c->ref),
                        val_is_obj(c->ref) ? (void *)val_as_obj(c->ref) : (void *)c->ref);
}

static Value
cell_contents_get(ThreadState *ts, Value v)
{
    CellObj *c = (CellObj *)val_as_obj(v);
    if (!c->ref)
        return exc_raise(ts, &ValueErrorType, "Cell is empty");
    return c->ref;
}

static int
cell_contents_set(ThreadState *ts, Value v, Value x)
{
    ((CellObj *)val_as_obj(v))->ref = x;
    return 0;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_contents_get, cell_contents_set},
    {NULL},
};

Type CellType = {
    .name = "cell",
    .basicsize = sizeof(CellObj),
    .mark = cell_mark,
    .repr = cell_repr,
    .getsets = cell_getsets,
};

/* ======================================================== bound method */

Value
method_new(ThreadState *ts, Value func, Value self)
{
    MethodObj *m = gc_alloc(ts, &MethodType, sizeof(MethodObj));
    if (!m)
        return VNULL;
    m->func = func;
    m->self = self;
    return val_from_obj(m);
}

static void
method_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((MethodObj *)o)->func);
    gc_mark(gc, ((MethodObj *)o)->self);
}

/* Prepend self and call func; the arguments are copied to a C buffer,
 * which is safe because the caller keeps every argument reachable. */
static Value
method_call(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames)
{
    MethodObj *m = (MethodObj *)val_as_obj(callable);
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int total = nargs + nkw + 1;
    Value small[16];
    Value *buf = total <= 16 ? small : malloc(sizeof(Value) * (size_t)total);
    if (!buf)
        return exc_no_memory(ts);
    buf[0] = m->self;
    if (nargs + nkw)
        memcpy(buf + 1, args, sizeof(Value) * (size_t)(nargs + nkw));
    Value r;
    if (val_is(m->func, &FunctionType))
        r = eval_call_function(ts, m->func, buf, nargs + 1, kwnames);
    else
        r = obj_call(ts, m->func, buf, nargs + 1, kwnames);
    if (buf != small)
        free(buf);
    return r;
}

static Value
method_repr(ThreadState *ts, Value v)
{
    MethodObj *m = (MethodObj *)val_as_obj(v);
    Value qn = obj_lookup_attr(ts, m->func, NAME(ts, __qualname__));
    if (!qn && ts_has_exc(ts))
        return VNULL;
    if (!qn || !str_check(qn)) {
        qn = obj_lookup_attr(ts, m->func, NAME(ts, __name__));
        if (!qn && ts_has_exc(ts))
            return VNULL;
    }
    Value sr = obj_repr(ts, m->self);
    if (!sr)
        return VNULL;
    return str_from_fmt(ts, "<bound method %s of %s>", qn && str_check(qn) ? str_cstr(qn) : "?",
                        str_cstr(sr));
}

static Value
method_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is(b, &MethodType))
        return V_NOTIMPL;
    MethodObj *x = (MethodObj *)val_as_obj(a), *y = (MethodObj *)val_as_obj(b);
    int eq = x->self == y->self;
    if (eq) {
        eq = obj_eq(ts, x->func, y->func);
        if (eq < 0)
            return VNULL;
    }
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t
method_hash(ThreadState *ts, Value v)
{
    MethodObj *m = (MethodObj *)val_as_obj(v);
    int64_t h = obj_hash(ts, m->func);
    if (h == -1 && ts_has_exc(ts))
        return -1;
    int64_t x = (int64_t)((m->self >> 4) | (m->self << 60));
    x ^= h;
    return x == -1 ? -2 : x;
}

static Value
method_getattr(ThreadState *ts, Value obj, StrObj *name)
{
    MethodObj *m = (MethodObj *)val_as_obj(obj);
    if (name != NAME(ts, __doc__) && type_lookup(&MethodType, name))
        return obj_generic_getattr(ts, obj, name);
    return obj_getattr(ts, m->func, name);
}

static Value
m_func_get(ThreadState *ts, Value v)
{
    return ((MethodObj *)val_as_obj(v))->func;
}
static Value
m_self_get(ThreadState *ts, Value v)
{
    return ((MethodObj *)val_as_obj(v))->self;
}

static const GetSetDef method_getsets[] = {
    {"__func__", m_func_get, NULL},
    {"__self__", m_self_get, NULL},
    {NULL},
};

Type MethodType = {
    .name = "method",
    .basicsize = sizeof(MethodObj),
    .mark = method_mark,
    .repr = method_repr,
    .call = method_call,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattr = method_getattr,
    .getsets = method_getsets,
};

/* ==================================================== builtin function */

Value
builtin_new(ThreadState *ts, const MethodDef *def, Value self, Type *owner)
{
    BuiltinFuncObj *b = gc_alloc(ts, &BuiltinFunctionType, sizeof(BuiltinFuncObj));
    if (!b)
        return VNULL;
    b->def = def;
    b->self = self;
    b->owner = owner;
    return val_from_obj(b);
}

static void
builtin_mark(GC *gc, Obj *o)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)o;
    gc_mark(gc, b->self);
    gc_mark(gc, b->module);
    if (b->owner)
        gc_mark(gc, val_from_obj(b->owner));
}

/* An unbound method descriptor called directly: list.append(lst, 1). */
static Value
descriptor_call(ThreadState *ts, BuiltinFuncObj *b, Value *args, int nargs, Value kwnames)
{
    const char *tn = b->owner->name;
    if (nargs < 1)
        return exc_raise(ts, &TypeErrorType, "unbound method %s.%s() needs an argument", tn,
                         b->def->name);
    if (!val_isinstance(args[0], b->owner))
        return exc_raise(ts, &TypeErrorType,
                         "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                         b->def->name, tn, obj_type_name(args[0]));
    return b->def->fn(ts, args, nargs, kwnames);
}

static Value
builtin_call(ThreadState *ts, Value callable, Value *args, int nargs, Value kwnames)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(callable);
    if (!b->self) {
        if (b->owner && !(b->def->flags & (METH_STATIC | METH_CLASS)))
            return descriptor_call(ts, b, args, nargs, kwnames);
        return b->def->fn(ts, args, nargs, kwnames);
    }
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int total = nargs + nkw + 1;
    Value small[16];
    Value *buf = total <= 16 ? small : malloc(sizeof(Value) * (size_t)total);
    if (!buf)
        return exc_no_memory(ts);
    buf[0] = b->self;
    if (nargs + nkw)
        if (nargs + nkw)
            memcpy(buf + 1, args, sizeof(Value) * (size_t)(nargs + nkw));
    Value r = b->def->fn(ts, buf, nargs + 1, kwnames);
    if (buf != small)
        free(buf);
    return r;
}

static Value
builtin_descr_get(ThreadState *ts, Value descr, Value obj, Value type)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(descr);
    if (b->self || !b->owner || (b->def->flags & METH_STATIC))
        return descr;
    if (b->def->flags & METH_CLASS) {
        Value t = type ? type : val_from_obj(val_type(obj));
        return builtin_new(ts, b->def, t, b->owner);
    }
    if (!obj || obj == V_NONE)
        return descr;
    return builtin_new(ts, b->def, obj, b->owner);
}

static Value
builtin_repr(ThreadState *ts, Value v)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(v);
    if (!b->self) {
        if (b->owner && !(b->def->flags & METH_STATIC))
            return str_from_fmt(ts, "<method '%s' of '%s' objects>", b->def->name,
                                b->owner->name);
        return str_from_fmt(ts, "<built-in function %s>", b->def->name);
    }
    if (val_is(b->self, &ModuleType))
        return str_from_fmt(ts, "<built-in function %s>", b->def->name);
    return str_from_fmt(ts, "<built-in method %s of %s object at %p>", b->def->name,
                        obj_type_name(b->self),
                        val_is_obj(b->self) ? (void *)val_as_obj(b->self) : (void *)b->self);
}

static Value
builtin_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !val_is(b, &BuiltinFunctionType))
        return V_NOTIMPL;
    BuiltinFuncObj *x = (BuiltinFuncObj *)val_as_obj(a), *y = (BuiltinFuncObj *)val_as_obj(b);
    bool eq = x->def == y->def && x->self == y->self;
    return val_bool(op == CMP_EQ ? eq : !eq);
}

static int64_t
builtin_hash(ThreadState *ts, Value v)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(v);
    int64_t h = (int64_t)(((uintptr_t)b->def >> 4) ^ (uintptr_t)(b->self >> 4));
    return h == -1 ? -2 : h;
}

static Value
bf_name_get(ThreadState *ts, Value v)
{
    return str_from_cstr(ts, ((BuiltinFuncObj *)val_as_obj(v))->def->name);
}
static Value
bf_qualname_get(ThreadState *ts, Value v)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(v);
    if (b->owner)
        return str_from_fmt(ts, "%s.%s", b->owner->name, b->def->name);
    return str_from_cstr(ts, b->def->name);
}
static Value
bf_self_get(ThreadState *ts, Value v)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(v);
    return b->self ? b->self : V_NONE;
}
static Value
bf_module_get(ThreadState *ts, Value v)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(v);
    if (b->module)
        return b->module;
    if (b->self && val_is(b->self, &ModuleType))
        return ((ModuleObj *)val_as_obj(b->self))->name;
    return b->owner ? V_NONE : str_from_cstr(ts, "builtins");
}
static Value
bf_doc_get(ThreadState *ts, Value v)
{
    return V_NONE;
}
static Value
bf_objclass_get(ThreadState *ts, Value v)
{
    BuiltinFuncObj *b = (BuiltinFuncObj *)val_as_obj(v);
    if (!b->owner)
        return exc_raise(ts, &AttributeErrorType,
                         "'builtin_function_or_method' object has no attribute '__objclass__'");
    return val_from_obj(b->owner);
}

static const GetSetDef builtin_getsets[] = {
    {"__name__", bf_name_get, NULL},
    {"__qualname__", bf_qualname_get, NULL},
    {"__self__", bf_self_get, NULL},
    {"__module__", bf_module_get, NULL},
    {"__doc__", bf_doc_get, NULL},
    {"__objclass__", bf_objclass_get, NULL},
    {NULL},
};

Type BuiltinFunctionType = {
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFuncObj),
    .mark = builtin_mark,
    .repr = builtin_repr,
    .call = builtin_call,
    .descr_get = builtin_descr_get,
    .richcompare = builtin_richcompare,
    .hash = builtin_hash,
    .getsets = builtin_getsets,
};
