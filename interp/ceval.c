/* interp/ceval.c: the bytecode interpreter loop.
 * SPDX-License-Identifier: MIT
 *
 * One C function (vm_run_frame) runs frames until its entry frame returns or
 * yields.  Python-to-Python calls do not recurse in C: CALL pushes a frame
 * whose locals window starts at the first argument and the loop continues;
 * RETURN_VALUE pops it and stores the result where the callable was.  The
 * registers ip/sp/base live in C locals and are spilled into the Frame only
 * at calls and safe points.  Safe points (where the collector may run) are
 * ONLY the eval-breaker checks at backward jumps and calls; before any
 * operation that may run Python code the loop stores sp into the frame, so
 * every live Value is inside some frame's [base, sp) window.
 *
 * Dispatch uses computed goto under GNU C (tables generated from
 * opcodes.def) and a switch otherwise.  Small-int and float arithmetic and
 * comparisons are inlined (a comparison followed by a conditional jump
 * skips making the bool); everything else calls the runtime's obj_* API.
 * Inline caches hang off each code object (co->cache): LOAD_GLOBAL guarded
 * by dict versions, LOAD_ATTR / STORE_ATTR / LOAD_METHOD guarded by the
 * class's version tag (instance values inline or in the instance dict).
 * Errors: an instruction that fails jumps to `error`, which records a
 * traceback entry for this frame and searches the exception table (first
 * matching entry wins); frames without a handler are popped and the search
 * continues in the caller at its CALL instruction.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../modules/modules.h"
#include "../modules/thread_mod.h"
#include "../runtime/dict.h"
#include "../runtime/exc.h"
#include "../runtime/float.h"
#include "../runtime/gil.h"
#include "../runtime/int.h"
#include "../runtime/list.h"
#include "../runtime/module.h"
#include "../runtime/range.h"
#include "../runtime/set.h"
#include "../runtime/signals.h"
#include "../runtime/slice.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "eval.h"
#include "opcodes.h"
#include "../modules/import.h"
#include "../runtime/weakref.h"
#include "vm.h"

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ================================================= eval breaker */

int
eval_handle_breaker(ThreadState *ts)
{
    uint32_t b = atomic_load_explicit(&ts->breaker, memory_order_relaxed);
    if (b & BREAK_GC) {
        gc_collect(ts);
        b = atomic_load_explicit(&ts->breaker, memory_order_relaxed);
    }
    if (b & BREAK_PENDING)
        weakref_run_callbacks(ts);
    if (b & BREAK_SIGNAL) {
        if (signals_handle_pending(ts) < 0)
            return -1;
    }
    if (b & BREAK_DROP_GIL)
        gil_yield(ts);
    /* BREAK_ASYNC_EXC / BREAK_CALLS: hooks for later work. */
    return 0;
}

/* THREADING helper: signal handlers do not run just before a call to a C
 * function (in CPython they run at Python function entry, at backward jumps
 * and after C calls, never before one).  Otherwise a KeyboardInterrupt could
 * fall between, e.g., the end of a `with lock:` body and lock.__exit__, or
 * on the `lock.release()` of a finally block, and leave the lock held for
 * good.  The signal stays pending for the next check point. */
static int
handle_breaker_before_call(ThreadState *ts, Value callable)
{
    /* BREAK_CALLS: this thread has a trace/profile function (sys_thread.c). */
    if ((atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BREAK_CALLS) &&
        sys_trace_prepare_call(ts, callable) < 0)
        return -1;
    if (!val_is(callable, &BuiltinFunctionType) ||
        !(atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BREAK_SIGNAL))
        return eval_handle_breaker(ts);
    atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_SIGNAL);
    int rc = eval_handle_breaker(ts);
    atomic_fetch_or(&ts->breaker, BREAK_SIGNAL);
    return rc;
}

/* ================================================= global cache */

/* Inline caches, one block per code object (co->cache, freed by code_finalize):
 * an AttrCache per instruction (LOAD_ATTR / STORE_ATTR on instances), then a
 * GlobalCache per co->names index.
 *
 * GlobalCache: valid while both dicts are the same objects at the same
 * versions (every dict mutation bumps its version).
 * AttrCache: for an instance of `type` at `version` the name is not found
 * on the type at all (so no descriptor interferes) and was found in the
 * instance dict at entry `ix`; a hit re-checks that entry's key. */
typedef struct GlobalCache {
    Obj *globals, *builtins;
    uint64_t gver, bver;
    Value v;
} GlobalCache;

typedef struct AttrCache {
    Type *type;
    uint64_t version;
    int32_t ix;   /* dict entry or inline value index */
    int32_t kind; /* ATTR_NONE, ATTR_DICT, ATTR_INLINE, ATTR_METHOD */
    Value method; /* ATTR_METHOD (LOAD_METHOD): the function found on the type */
} AttrCache;

enum { ATTR_NONE, ATTR_DICT, ATTR_INLINE, ATTR_METHOD };

static void *
vm_cache(CodeObj *co)
{
    if (!co->cache) {
        int64_t n = co->names ? tuple_as(co->names)->len : 0;
        co->cache = calloc(1, sizeof(AttrCache) * (size_t)co->ncode + sizeof(GlobalCache) * (size_t)(n + 1));
    }
    return co->cache;
}

static inline GlobalCache *
global_cache_at(CodeObj *co, uint32_t i)
{
    return (GlobalCache *)((AttrCache *)co->cache + co->ncode) + i;
}

static inline AttrCache *
attr_cache_at(CodeObj *co, uint32_t *ip)
{
    return (AttrCache *)co->cache + (ip - co->code - 1);
}

/* Can instances of t use a cached attribute slot for `name`: plain
 * getattr/setattr and nothing of that name on the type (no descriptor). */
static inline bool
attr_type_ok(Type *t, StrObj *name)
{
    return t->dict_offset && t->getattr == obj_generic_getattr &&
           (!t->setattr || t->setattr == obj_generic_setattr) && !type_lookup(t, name);
}

/* After a slow LOAD_ATTR / STORE_ATTR: remember where an instance attribute
 * lives, or that this type cannot use the cache (ATTR_NONE). */
static void
attr_cache_fill(CodeObj *co, uint32_t *ip, Value obj, StrObj *name)
{
    if (!val_is_obj(obj) || !vm_cache(co))
        return;
    Obj *o = val_as_obj(obj);
    Type *t = o->type;
    AttrCache *ac = attr_cache_at(co, ip);
    if (ac->type == t && ac->version == t->version && ac->kind == ATTR_NONE)
        return;
    ac->type = t;
    ac->version = t->version;
    ac->kind = ATTR_NONE;
    if (!attr_type_ok(t, name))
        return;
    Value d = *(Value *)((char *)o + t->dict_offset);
    if (d) {
        int64_t ix = val_is(d, &DictType) ? dict_find_str_index(d, name) : -1;
        if (ix >= 0 && ix < INT32_MAX) {
            ac->ix = (int32_t)ix;
            ac->kind = ATTR_DICT;
        }
        return;
    }
    if (t->inline_start) {
        for (uint32_t i = 0; i < t->shape_len; i++)
            if (t->shape[i] == name) {
                ac->ix = (int32_t)i;
                ac->kind = ATTR_INLINE;
                return;
            }
    }
}

/* LOAD_METHOD found plain function m on obj's type.  Inline values never
 * hold a name that shadows a method while the type is unchanged, so only a
 * name already in the shape prevents caching. */
static void
method_cache_fill(CodeObj *co, uint32_t *ip, Value obj, StrObj *name, Value m)
{
    if (!val_is_obj(obj) || !vm_cache(co))
        return;
    Type *t = val_as_obj(obj)->type;
    for (uint32_t i = 0; t->inline_start && i < t->shape_len; i++)
        if (t->shape[i] == name)
            return;
    AttrCache *ac = attr_cache_at(co, ip);
    ac->type = t;
    ac->version = t->version;
    ac->kind = ATTR_METHOD;
    ac->method = m;
}

/* A polymorphic site met another class: adopt it if the same slot applies. */
static bool
attr_cache_retarget(AttrCache *ac, Type *t, Value name)
{
    if (ac->kind == ATTR_INLINE &&
        (!t->inline_start || (uint32_t)ac->ix >= t->shape_len || t->shape[ac->ix] != str_as(name)))
        return false;
    if (!attr_type_ok(t, str_as(name)))
        return false;
    ac->type = t;
    ac->version = t->version;
    return true;
}

/* The cached location of instance attribute `name` of obj, or NULL.  For a
 * store (`store`), an inline slot may also be the next one to fill. */
static Value *
attr_cache_lookup(CodeObj *co, uint32_t *ip, Value obj, Value name, bool store)
{
    if (!val_is_obj(obj) || !co->cache)
        return NULL;
    AttrCache *ac = attr_cache_at(co, ip);
    if (ac->kind != ATTR_DICT && ac->kind != ATTR_INLINE)
        return NULL;
    Obj *o = val_as_obj(obj);
    Type *t = o->type;
    if (UNLIKELY(ac->type != t || ac->version != t->version)) {
        if (!attr_cache_retarget(ac, t, name))
            return NULL;
    }
    Value d = *(Value *)((char *)o + t->dict_offset);
    if (ac->kind == ATTR_INLINE) {
        if (d)
            return NULL;
        int64_t cap = ((int64_t)o->gc_size - (int64_t)t->inline_start) / (int64_t)sizeof(Value);
        if (ac->ix >= cap)
            return NULL;
        Value *vals = (Value *)((char *)o + t->inline_start);
        if (vals[ac->ix])
            return &vals[ac->ix];
        /* inline values fill densely, in shape order */
        if (store && (ac->ix == 0 || vals[ac->ix - 1]))
            return &vals[ac->ix];
        return NULL;
    }
    if (!d || !val_is(d, &DictType))
        return NULL;
    DictObj *dd = dict_as(d);
    if (ac->ix >= dd->nentries || dd->entries[ac->ix].key != name)
        return NULL;
    if (store)
        dd->version++;
    return &dd->entries[ac->ix].value;
}

static void
name_error(ThreadState *ts, Value name)
{
    exc_raise(ts, &NameErrorType, "name '%s' is not defined", str_cstr(name));
    if (ts->exc && val_isinstance(ts->exc, &NameErrorType))
        exc_as(ts->exc)->fields[0] = name;
}

static Value
load_global_slow(ThreadState *ts, Frame *f, int i)
{
    CodeObj *co = f->code;
    Value name = tuple_as(co->names)->items[i];
    Value v = VNULL;
    if (dict_check(f->globals)) {
        v = dict_get_str(f->globals, str_as(name));
    }
    if (!v) {
        if (dict_check(f->builtins)) {
            v = dict_get_str(f->builtins, str_as(name));
        } else {
            v = obj_getitem(ts, f->builtins, name);
            if (!v && !exc_matches(ts, &KeyErrorType))
                return VNULL;
            exc_clear(ts);
        }
        if (!v) {
            name_error(ts, name);
            return VNULL;
        }
    }
    if (val_is(f->globals, &DictType) && val_is(f->builtins, &DictType)) {
        if (vm_cache(co)) {
            GlobalCache *c = global_cache_at(co, (uint32_t)i);
            c->globals = val_as_obj(f->globals);
            c->builtins = val_as_obj(f->builtins);
            c->gver = dict_as(f->globals)->version;
            c->bver = dict_as(f->builtins)->version;
            c->v = v;
        }
    }
    return v;
}

/* ================================================= helpers (cold paths) */

static void
unbound_local(ThreadState *ts, Value name)
{
    exc_raise(ts, &UnboundLocalErrorType,
              "cannot access local variable '%s' where it is not associated with a value",
              str_cstr(name));
}

static void
deref_error(ThreadState *ts, CodeObj *co, int i)
{
    if (i < co->ncellvars) {
        unbound_local(ts, tuple_as(co->cellvars)->items[i]);
    } else {
        Value name = tuple_as(co->freevars)->items[i - co->ncellvars];
        exc_raise(ts, &NameErrorType,
                  "cannot access free variable '%s' where it is not associated with a value in "
                  "enclosing scope",
                  str_cstr(name));
    }
}

static Value
deref_name(CodeObj *co, int i)
{
    if (i < co->ncellvars)
        return tuple_as(co->cellvars)->items[i];
    return tuple_as(co->freevars)->items[i - co->ncellvars];
}

/* locals-dict lookup: 1 found, 0 absent, -1 error */
static int
mapping_get(ThreadState *ts, Value m, Value key, Value *out)
{
    if (val_is(m, &DictType)) {
        *out = dict_get_str(m, str_as(key));
        return *out != VNULL;
    }
    Value v = obj_getitem(ts, m, key);
    if (v) {
        *out = v;
        return 1;
    }
    if (exc_matches(ts, &KeyErrorType)) {
        exc_clear(ts);
        return 0;
    }
    return -1;
}

static Value
load_name(ThreadState *ts, Frame *f, Value name)
{
    Value v;
    if (f->locals) {
        int rc = mapping_get(ts, f->locals, name, &v);
        if (rc)
            return rc > 0 ? v : VNULL;
    }
    int rc = mapping_get(ts, f->globals, name, &v);
    if (rc)
        return rc > 0 ? v : VNULL;
    rc = mapping_get(ts, f->builtins, name, &v);
    if (rc)
        return rc > 0 ? v : VNULL;
    name_error(ts, name);
    return VNULL;
}

static int
store_name(ThreadState *ts, Frame *f, Value name, Value v)
{
    if (!f->locals) {
        exc_raise(ts, &SystemErrorType, "no locals found when storing '%s'", str_cstr(name));
        return -1;
    }
    if (val_is(f->locals, &DictType))
        return dict_set(ts, f->locals, name, v);
    return obj_setitem(ts, f->locals, name, v);
}

static int
delete_name(ThreadState *ts, Frame *f, Value name)
{
    if (!f->locals) {
        exc_raise(ts, &SystemErrorType, "no locals when deleting '%s'", str_cstr(name));
        return -1;
    }
    if (dict_check(f->locals)) {
        int rc = dict_del(ts, f->locals, name);
        if (rc == 0)
            name_error(ts, name);
        return rc > 0 ? 0 : -1;
    }
    if (obj_delitem(ts, f->locals, name) < 0) {
        if (exc_matches(ts, &KeyErrorType)) {
            exc_clear(ts);
            name_error(ts, name);
        }
        return -1;
    }
    return 0;
}

static int
delete_global(ThreadState *ts, Frame *f, Value name)
{
    int rc = dict_del(ts, f->globals, name);
    if (rc == 0)
        name_error(ts, name);
    return rc > 0 ? 0 : -1;
}

static Value
load_classderef(ThreadState *ts, Frame *f, int i)
{
    CodeObj *co = f->code;
    Value name = deref_name(co, i);
    Value v;
    if (f->locals) {
        int rc = mapping_get(ts, f->locals, name, &v);
        if (rc)
            return rc > 0 ? v : VNULL;
    }
    CellObj *c = (CellObj *)val_as_obj(f->base[co->nlocals + i]);
    if (!c->ref) {
        deref_error(ts, co, i);
        return VNULL;
    }
    return c->ref;
}

/* "cannot unpack non-iterable int object" */
static Value
unpack_iter(ThreadState *ts, Value seq)
{
    Type *t = val_type(seq);
    if (!t->iter && !t->getitem)
        return exc_raise(ts, &TypeErrorType, "cannot unpack non-iterable %s object", t->name);
    return obj_iter(ts, seq);
}

/* UNPACK_SEQUENCE into out[0..n) in sequence order. */
static int
unpack_sequence(ThreadState *ts, Value seq, int n, Value *out)
{
    if (val_is(seq, &TupleType) || val_is(seq, &ListType)) {
        int64_t len;
        Value *items;
        if (val_is(seq, &TupleType)) {
            len = tuple_as(seq)->len;
            items = tuple_as(seq)->items;
        } else {
            len = list_as(seq)->len;
            items = list_as(seq)->items;
        }
        if (len == n) {
            memcpy(out, items, sizeof(Value) * (size_t)n);
            return 0;
        }
        if (len < n)
            exc_raise(ts, &ValueErrorType, "not enough values to unpack (expected %d, got %ld)", n,
                      (long)len);
        else
            exc_raise(ts, &ValueErrorType, "too many values to unpack (expected %d)", n);
        return -1;
    }
    Value it = unpack_iter(ts, seq);
    if (!it)
        return -1;
    ts_push_root(ts, it);
    int rc = -1;
    for (int i = 0; i < n; i++) {
        Value x = obj_next(ts, it);
        if (!x) {
            if (!ts_has_exc(ts))
                exc_raise(ts, &ValueErrorType,
                          "not enough values to unpack (expected %d, got %d)", n, i);
            goto done;
        }
        out[i] = x;
        ts_push_root(ts, x);
    }
    Value extra = obj_next(ts, it);
    if (extra) {
        exc_raise(ts, &ValueErrorType, "too many values to unpack (expected %d)", n);
        goto done;
    }
    if (!ts_has_exc(ts))
        rc = 0;
done:
    return rc;
}

/* UNPACK_SEQUENCE slow path: write the items to dst[0..n) in stack order
 * (last item first).  Kept out of the loop to keep its C frame small. */
static __attribute__((noinline)) int
unpack_to_stack(ThreadState *ts, Value seq, int n, Value *dst)
{
    Value tmp[64];
    Value *out = n <= 64 ? tmp : malloc(sizeof(Value) * (size_t)n);
    if (!out) {
        exc_no_memory(ts);
        return -1;
    }
    int saved_roots = ts->nroots;
    int rc = (n + 2 + ts->nroots <= TS_MAX_ROOTS || val_is(seq, &TupleType) ||
              val_is(seq, &ListType))
                 ? unpack_sequence(ts, seq, n, out)
                 : -2;
    ts->nroots = saved_roots;
    if (rc == -2) {
        /* too many items to root one by one: go through a list */
        Value l = list_from_iterable(ts, seq);
        rc = l ? unpack_sequence(ts, l, n, out) : -1;
    }
    if (rc == 0)
        for (int i = 0; i < n; i++)
            dst[i] = out[n - 1 - i];
    if (out != tmp)
        free(out);
    return rc;
}

/* UNPACK_EX: returns the list of all items (rooted by the caller on the stack). */
static Value
unpack_ex_list(ThreadState *ts, Value seq, int before, int after)
{
    Value it = unpack_iter(ts, seq);
    if (!it)
        return VNULL;
    ts_push_root(ts, it);
    Value l = list_from_iterable(ts, it);
    ts_pop_roots(ts, 1);
    if (!l)
        return VNULL;
    if (list_as(l)->len < before + after)
        return exc_raise(ts, &ValueErrorType,
                         "not enough values to unpack (expected at least %d, got %ld)",
                         before + after, (long)list_as(l)->len);
    return l;
}

static int
exc_class_valid(Value t)
{
    return val_isinstance(t, &TypeType) &&
           type_is_subtype((Type *)val_as_obj(t), &BaseExceptionType);
}

/* `except X` accepts a class or a flat tuple of classes (no nesting, as in
 * CPython 3.11). */
static int
exc_type_valid(Value t)
{
    if (tuple_check(t)) {
        for (int64_t i = 0; i < tuple_as(t)->len; i++)
            if (!exc_class_valid(tuple_as(t)->items[i]))
                return 0;
        return 1;
    }
    return exc_class_valid(t);
}

static int
do_raise(ThreadState *ts, Value exc, Value cause)
{
    if (cause) {
        Value c = cause;
        if (c == V_NONE) {
            c = VNULL;
        } else if (val_isinstance(c, &TypeType) &&
                   type_is_subtype((Type *)val_as_obj(c), &BaseExceptionType)) {
            c = obj_call0(ts, c);
            if (!c)
                return -1;
        } else if (!val_isinstance(c, &BaseExceptionType)) {
            exc_raise(ts, &TypeErrorType, "exception causes must derive from BaseException");
            return -1;
        }
        ts_push_root(ts, c);
        exc_raise_value(ts, exc);
        ts_pop_roots(ts, 1);
        Value e = ts->exc;
        if (e && val_isinstance(e, &BaseExceptionType) &&
            (val_isinstance(exc, &BaseExceptionType) ||
             (val_isinstance(exc, &TypeType) &&
              type_is_subtype((Type *)val_as_obj(exc), &BaseExceptionType)))) {
            exc_as(e)->cause = c;
            exc_as(e)->suppress_context = 1;
        }
        return -1;
    }
    exc_raise_value(ts, exc);
    return -1;
}

static Value
format_value(ThreadState *ts, Value v, int flags, Value spec)
{
    switch (flags & 3) {
    case 1:
        v = obj_str(ts, v);
        break;
    case 2:
        v = obj_repr(ts, v);
        break;
    case 3: {
        Value r = obj_repr(ts, v);
        if (!r)
            return VNULL;
        StrObj *s = str_as(r);
        if (s->ascii) {
            v = r;
            break;
        }
        /* ascii(): escape non-ASCII code points */
        size_t cap = (size_t)s->size * 10 + 1, n = 0;
        char *buf = malloc(cap);
        if (!buf)
            return exc_no_memory(ts);
        for (int64_t i = 0; i < s->size;) {
            uint32_t cp;
            int k = utf8_decode(s->data + i, &cp);
            i += k > 0 ? k : 1;
            if (cp < 0x80)
                buf[n++] = (char)cp;
            else if (cp < 0x100)
                n += (size_t)snprintf(buf + n, cap - n, "\\x%02x", cp);
            else if (cp < 0x10000)
                n += (size_t)snprintf(buf + n, cap - n, "\\u%04x", cp);
            else
                n += (size_t)snprintf(buf + n, cap - n, "\\U%08x", cp);
        }
        v = str_new(ts, buf, n);
        free(buf);
        break;
    }
    default:
        break;
    }
    if (!v)
        return VNULL;
    if (!spec && str_check_exact(v))
        return v;
    if (!spec) {
        spec = str_new(ts, "", 0);
        if (!spec)
            return VNULL;
    }
    return obj_format(ts, v, spec);
}

static Value
make_function(ThreadState *ts, Frame *f, Value *sp, int flags)
{
    Value code = sp[-1];
    Value *p = sp - 1;
    Value fnv = func_new(ts, code, f->globals);
    if (!fnv)
        return VNULL;
    FuncObj *fn = (FuncObj *)val_as_obj(fnv);
    fn->builtins = f->builtins;
    if (flags & 8)
        fn->closure = *--p;
    if (flags & 4) {
        Value a = *--p;
        if (tuple_check(a)) {
            /* (name, value, ...) pairs, CPython 3.10+ style */
            Value d = dict_new(ts);
            if (!d)
                return VNULL;
            for (int64_t i = 0; i + 1 < tuple_as(a)->len; i += 2)
                if (dict_set(ts, d, tuple_as(a)->items[i], tuple_as(a)->items[i + 1]) < 0)
                    return VNULL;
            a = d;
        }
        fn->annotations = a;
    }
    if (flags & 2)
        fn->kwdefaults = *--p;
    if (flags & 1)
        fn->defaults = *--p;
    return fnv;
}

/* "f()" for call-site error messages, as CPython's _PyObject_FunctionStr. */
static void
func_str(ThreadState *ts, Value func, char *buf, size_t cap)
{
    Value qn = obj_lookup_attr(ts, func, NAME(ts, __qualname__));
    if (!qn || !str_check(qn)) {
        exc_clear(ts);
        snprintf(buf, cap, "%s object", obj_type_name(func));
        return;
    }
    Value mod = obj_lookup_attr(ts, func, NAME(ts, __module__));
    exc_clear(ts);
    if (mod && str_check(mod) && strcmp(str_cstr(mod), "builtins") != 0)
        snprintf(buf, cap, "%s.%s()", str_cstr(mod), str_cstr(qn));
    else
        snprintf(buf, cap, "%s()", str_cstr(qn));
}

static int
dict_merge_kwargs(ThreadState *ts, Value func, Value dict, Value update)
{
    char fs[256];
    if (!val_isinstance(update, &DictType) && !obj_lookup_attr(ts, update, NAME(ts, keys))) {
        if (ts_has_exc(ts))
            return -1;
        func_str(ts, func, fs, sizeof fs);
        exc_raise(ts, &TypeErrorType, "%s argument after ** must be a mapping, not %s", fs,
                  obj_type_name(update));
        return -1;
    }
    Value src = update;
    if (!val_isinstance(update, &DictType)) {
        src = dict_new(ts);
        if (!src || dict_update(ts, src, update) < 0)
            return -1;
    }
    Value k, v;
    for (int64_t pos = 0; dict_next(src, &pos, &k, &v);) {
        Value old;
        int rc = dict_lookup(ts, dict, k, &old);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            func_str(ts, func, fs, sizeof fs);
            if (str_check(k))
                exc_raise(ts, &TypeErrorType, "%s got multiple values for keyword argument '%s'",
                          fs, str_cstr(k));
            else
                exc_raise(ts, &TypeErrorType, "%s keywords must be strings", fs);
            return -1;
        }
        if (dict_set(ts, dict, k, v) < 0)
            return -1;
    }
    return 0;
}

/* CALL_FUNCTION_EX: sp[-2] args (any iterable), sp[-1] kwargs (or absent). */
static Value
call_function_ex(ThreadState *ts, Value *slots, int has_kw)
{
    Value func = slots[0];
    Value args = slots[1];
    if (!val_is(args, &TupleType)) {
        Type *t = val_type(args);
        if (!t->iter && !t->getitem) {
            char fs[256];
            func_str(ts, func, fs, sizeof fs);
            return exc_raise(ts, &TypeErrorType, "%s argument after * must be an iterable, not %s",
                             fs, t->name);
        }
        args = tuple_from_iterable(ts, args);
        if (!args)
            return VNULL;
        slots[1] = args;
    }
    TupleObj *a = tuple_as(args);
    if (!has_kw || !val_isinstance(slots[2], &DictType) || dict_as(slots[2])->used == 0) {
        if (has_kw && !val_isinstance(slots[2], &DictType)) {
            Value orig = slots[2];
            Value d = dict_new(ts);
            if (!d)
                return VNULL;
            ts_push_root(ts, orig);
            slots[2] = d; /* rooted while merging */
            int rc = dict_merge_kwargs(ts, func, d, orig);
            ts_pop_roots(ts, 1);
            if (rc < 0)
                return VNULL;
        }
        if (!has_kw || dict_as(slots[2])->used == 0)
            return obj_call(ts, func, a->items, (int)a->len, VNULL);
    }
    Value kw = slots[2];
    int64_t nkw = dict_as(kw)->used;
    Value names = tuple_new(ts, nkw);
    Value all = names ? tuple_new(ts, a->len + nkw) : VNULL;
    if (!all)
        return VNULL;
    memcpy(tuple_as(all)->items, a->items, sizeof(Value) * (size_t)a->len);
    Value k, v;
    int64_t i = 0;
    for (int64_t pos = 0; dict_next(kw, &pos, &k, &v); i++) {
        if (!str_check(k))
            return exc_raise(ts, &TypeErrorType, "keywords must be strings");
        tuple_as(names)->items[i] = k;
        tuple_as(all)->items[a->len + i] = v;
    }
    slots[1] = all;
    slots[2] = names;
    return obj_call(ts, func, tuple_as(all)->items, (int)a->len, names);
}

static Value
import_name(ThreadState *ts, Frame *f, Value name, Value fromlist, Value level)
{
    Value imp = VNULL;
    if (dict_check(f->builtins))
        imp = dict_get_str(f->builtins, NAME(ts, __import__));
    if (!imp)
        return exc_raise(ts, &ImportErrorType, "__import__ not found");
    Value args[5] = {name, f->globals, f->locals ? f->locals : V_NONE, fromlist, level};
    return obj_call(ts, imp, args, 5, VNULL);
}

static Value
import_from(ThreadState *ts, Value mod, Value name)
{
    Value r = obj_lookup_attr(ts, mod, str_as(name));
    if (r || ts_has_exc(ts))
        return r;
    Value modname = obj_lookup_attr(ts, mod, NAME(ts, __name__));
    exc_clear(ts);
    if (modname && str_check(modname)) {
        Value full = str_from_fmt(ts, "%s.%s", str_cstr(modname), str_cstr(name));
        if (!full)
            return VNULL;
        Value m = dict_check(ts->interp->modules) ? dict_get_str(ts->interp->modules, str_as(full))
                                                  : VNULL;
        if (m)
            return m;
    }
    return import_from_error(ts, mod, name);
}

static int
import_star(ThreadState *ts, Frame *f, Value mod)
{
    if (!f->locals) {
        exc_raise(ts, &SystemErrorType, "no locals found during 'import *'");
        return -1;
    }
    Value all = obj_lookup_attr(ts, mod, NAME(ts, __all__));
    if (!all && ts_has_exc(ts))
        return -1;
    if (all) {
        Value lst = list_from_iterable(ts, all);
        if (!lst)
            return -1;
        ts_push_root(ts, lst);
        for (int64_t i = 0; i < list_as(lst)->len; i++) {
            Value n = list_as(lst)->items[i];
            Value v = str_check(n) ? obj_getattr(ts, mod, str_as(n)) : VNULL;
            if (!v || store_name(ts, f, n, v) < 0) {
                if (!ts_has_exc(ts))
                    exc_raise(ts, &TypeErrorType, "attribute name must be string");
                ts_pop_roots(ts, 1);
                return -1;
            }
        }
        ts_pop_roots(ts, 1);
        return 0;
    }
    Value d = obj_lookup_attr(ts, mod, NAME(ts, __dict__));
    if (!d || !dict_check(d)) {
        if (!ts_has_exc(ts))
            exc_raise(ts, &ImportErrorType, "from-import-* object has no __dict__ and no __all__");
        return -1;
    }
    Value k, v;
    for (int64_t pos = 0; dict_next(d, &pos, &k, &v);) {
        if (str_check(k) && str_cstr(k)[0] == '_')
            continue;
        if (store_name(ts, f, k, v) < 0)
            return -1;
    }
    return 0;
}

static Value
before_with(ThreadState *ts, Value mgr, Value *exit_out)
{
    Type *t = val_type(mgr);
    Value enter = type_lookup(t, NAME(ts, __enter__));
    if (!enter)
        return exc_raise(ts, &TypeErrorType,
                         "'%s' object does not support the context manager protocol", t->name);
    Value exit = type_lookup(t, NAME(ts, __exit__));
    if (!exit)
        return exc_raise(ts, &TypeErrorType,
                         "'%s' object does not support the context manager protocol (missed "
                         "__exit__ method)",
                         t->name);
    Type *et = val_type(exit);
    if (et->descr_get) {
        exit = et->descr_get(ts, exit, mgr, val_from_obj(t));
        if (!exit)
            return VNULL;
    }
    *exit_out = exit;
    Type *nt = val_type(enter);
    if (nt->descr_get) {
        enter = nt->descr_get(ts, enter, mgr, val_from_obj(t));
        if (!enter)
            return VNULL;
    }
    return enter;
}

static Value
with_exit_call(ThreadState *ts, Value exit, Value exc)
{
    Value tb = exc_as(exc)->traceback;
    Value args[3] = {val_from_obj(val_type(exc)), exc, tb ? tb : V_NONE};
    return obj_call(ts, exit, args, 3, VNULL);
}

/* SEND on a non-generator: 0 yielded (*out), 1 done (*out), -1 error. */
static int
send_other(ThreadState *ts, Value sub, Value v, Value *out)
{
    Value r;
    if (v == V_NONE && val_type(sub)->iternext) {
        r = obj_next(ts, sub);
        if (r) {
            *out = r;
            return 0;
        }
        if (ts_has_exc(ts))
            goto check_stop;
        *out = V_NONE;
        return 1;
    }
    r = obj_call_method(ts, sub, "send", &v, 1);
    if (r) {
        *out = r;
        return 0;
    }
check_stop:
    if (!exc_matches(ts, &StopIterationType))
        return -1;
    Value si = exc_fetch(ts);
    Value val = obj_getattr_cstr(ts, si, "value");
    if (!val)
        return -1;
    *out = val;
    return 1;
}

static int
print_expr(ThreadState *ts, Value v)
{
    Value hook = sys_get(ts, "displayhook");
    if (!hook) {
        exc_raise(ts, &RuntimeErrorType, "lost sys.displayhook");
        return -1;
    }
    Value r = obj_call1(ts, hook, v);
    return r ? 0 : -1;
}

static Value
build_set(ThreadState *ts, Value *items, int n)
{
    Value s = set_new(ts, &SetType);
    if (!s)
        return VNULL;
    for (int i = 0; i < n; i++)
        if (set_add(ts, s, items[i]) < 0)
            return VNULL;
    return s;
}

static Value
build_map(ThreadState *ts, Value *items, int n)
{
    Value d = dict_new(ts);
    if (!d)
        return VNULL;
    for (int i = 0; i < n; i++)
        if (dict_set(ts, d, items[2 * i], items[2 * i + 1]) < 0)
            return VNULL;
    return d;
}

static int
list_extend_op(ThreadState *ts, Value list, Value it)
{
    if (list_extend(ts, list, it) == 0)
        return 0;
    Type *t = val_type(it);
    if (exc_matches(ts, &TypeErrorType) && !t->iter && !t->getitem) {
        exc_clear(ts);
        exc_raise(ts, &TypeErrorType, "Value after * must be an iterable, not %s", t->name);
    }
    return -1;
}

static int
dict_update_op(ThreadState *ts, Value d, Value m)
{
    if (!val_isinstance(m, &DictType) && !obj_lookup_attr(ts, m, NAME(ts, keys))) {
        if (!ts_has_exc(ts))
            exc_raise(ts, &TypeErrorType, "'%s' object is not a mapping", obj_type_name(m));
        return -1;
    }
    return dict_update(ts, d, m);
}

static Value
check_exc_match(ThreadState *ts, Value exc, Value type)
{
    if (!exc_type_valid(type))
        return exc_raise(ts, &TypeErrorType,
                         "catching classes that do not inherit from BaseException is not allowed");
    return val_bool(exc_value_matches(ts, exc, type));
}

static const ExcTableEntry *
find_handler(CodeObj *co, int lasti)
{
    for (int i = 0; i < co->nexctab; i++) {
        const ExcTableEntry *e = &co->exctab[i];
        if (lasti >= e->start && lasti < e->end)
            return e;
    }
    return NULL;
}

/* Integer / float operations, inline fast paths: return VNULL to fall back. */
static inline Value
int_fast_binop(Value a, Value b, int op)
{
    int64_t x = val_as_int(a), y = val_as_int(b), z;
    switch (op) {
    case NB_ADD:
        if (__builtin_add_overflow((int64_t)a, (int64_t)b - 1, &z))
            return VNULL;
        return (Value)z;
    case NB_SUB:
        if (__builtin_sub_overflow((int64_t)a, (int64_t)b - 1, &z))
            return VNULL;
        return (Value)z;
    case NB_MUL:
        if (__builtin_mul_overflow(x, (int64_t)b - 1, &z))
            return VNULL;
        return (Value)(z + 1);
    case NB_FLOORDIV:
        if (y == 0)
            return VNULL;
        z = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0)))
            z--;
        return val_int_fits(z) ? val_from_int(z) : VNULL;
    case NB_MOD:
        if (y == 0)
            return VNULL;
        z = x % y;
        if (z != 0 && ((z < 0) != (y < 0)))
            z += y;
        return val_from_int(z);
    case NB_AND:
        return a & b;
    case NB_OR:
        return a | b;
    case NB_XOR:
        return (a ^ b) | 1;
    case NB_LSHIFT:
        if (y < 0 || y >= 63)
            return VNULL;
        z = (int64_t)((uint64_t)x << y);
        if ((z >> y) != x || !val_int_fits(z))
            return VNULL;
        return val_from_int(z);
    case NB_RSHIFT:
        if (y < 0)
            return VNULL;
        return val_from_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
    default:
        return VNULL;
    }
}

static inline bool
as_fast_double(Value v, double *d)
{
    if (val_is_imm_float(v)) {
        *d = val_as_imm_float(v);
        return true;
    }
    if (val_is_int(v)) {
        *d = (double)val_as_int(v);
        return true;
    }
    if (val_is(v, &FloatType)) {
        *d = ((FloatObj *)val_as_obj(v))->d;
        return true;
    }
    return false;
}

/* Float arithmetic where at least one side is a float. */
static inline bool
float_fast_binop(Value a, Value b, int op, double *out)
{
    double x, y;
    if (!as_fast_double(a, &x) || !as_fast_double(b, &y))
        return false;
    switch (op) {
    case NB_ADD:
        *out = x + y;
        return true;
    case NB_SUB:
        *out = x - y;
        return true;
    case NB_MUL:
        *out = x * y;
        return true;
    case NB_TRUEDIV:
        if (y == 0.0)
            return false;
        *out = x / y;
        return true;
    case NB_POW:
        /* CPython's float_pow is libm pow() when the base is positive */
        if (!(x > 0.0) || !isfinite(x) || !isfinite(y) || !float_check_exact(a))
            return false;
        *out = pow(x, y);
        return isfinite(*out);
    default:
        return false;
    }
}

static inline int
float_fast_compare(double x, double y, int op)
{
    switch (op) {
    case CMP_LT:
        return x < y;
    case CMP_LE:
        return x <= y;
    case CMP_EQ:
        return x == y;
    case CMP_NE:
        return x != y;
    case CMP_GT:
        return x > y;
    default:
        return x >= y;
    }
}

static inline int
int_fast_compare(Value a, Value b, int op)
{
    int64_t x = (int64_t)a, y = (int64_t)b;
    switch (op) {
    case CMP_LT:
        return x < y;
    case CMP_LE:
        return x <= y;
    case CMP_EQ:
        return x == y;
    case CMP_NE:
        return x != y;
    case CMP_GT:
        return x > y;
    default:
        return x >= y;
    }
}

/* ================================================= the loop */

#if defined(__GNUC__)
#define USE_COMPUTED_GOTO 1
#if !defined(__clang__)
/* Keep one indirect jump per instruction (threaded code): cross-jumping
 * would merge them into a few shared dispatch points. */
#pragma GCC optimize("no-crossjumping")
#endif
#else
#define USE_COMPUTED_GOTO 0
#endif

Value
vm_run_frame(ThreadState *ts, Frame *f, int throwflag)
{
#if USE_COMPUTED_GOTO
    static const void *const dispatch_table[OP_COUNT] = {
#define OP(name, has_arg) &&L_##name,
#include "opcodes.def"
#undef OP
    };
#define TARGET(name) L_##name:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        w = *ip++;                                                                                 \
        arg = w >> 8;                                                                              \
        goto *dispatch_table[w & 0xff];                                                            \
    } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

    CodeObj *co;
#if USE_COMPUTED_GOTO && defined(__x86_64__) && !defined(__clang__)
    /* The loop's hottest state; GCC otherwise spills it in this big function. */
    register uint32_t *ip asm("r12");
    register Value *sp asm("r13");
    register Value *base asm("r14");
#else
    uint32_t *ip;
    Value *sp;
    Value *base;
#endif
    Value *consts;
    uint32_t w;
    uint32_t arg;
    Value kwnames;
    Value *args;
    Value callable;
    Value *dest;
    int nargs;
    int via_method; /* CALL_METHOD with a self: a builtin descriptor needs no check */

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        co = f->code;                                                                              \
        ip = f->ip;                                                                                \
        sp = f->sp;                                                                                \
        base = f->base;                                                                            \
        consts = co->consts ? tuple_as(co->consts)->items : NULL;                                  \
    } while (0)
#define SYNC() (f->sp = sp, f->ip = ip)
#define NAMES (tuple_as(co->names)->items)
#define STACK_BASE() (base + co->nlocals + co->ncellvars + co->nfreevars)
#define CHECK_BREAKER()                                                                            \
    do {                                                                                           \
        if (UNLIKELY(atomic_load_explicit(&ts->breaker, memory_order_relaxed))) {                  \
            SYNC();                                                                                \
            if (eval_handle_breaker(ts) < 0)                                                       \
                goto error;                                                                        \
        }                                                                                          \
    } while (0)
#define JUMP_TO(t)                                                                                 \
    do {                                                                                           \
        uint32_t *tgt_ = co->code + (t);                                                           \
        if (tgt_ < ip)                                                                             \
            CHECK_BREAKER(); /* an exception belongs to the jump itself */                         \
        ip = tgt_;                                                                                 \
    } while (0)

    LOAD_FRAME();
    if (throwflag)
        goto error;
    DISPATCH();

#if !USE_COMPUTED_GOTO
dispatch:
    w = *ip++;
dispatch_w:
    arg = w >> 8;
    switch (w & 0xff) {
#endif

    TARGET(NOP)
    {
        DISPATCH();
    }
    TARGET(POP_TOP)
    {
        sp--;
        DISPATCH();
    }
    TARGET(COPY)
    {
        Value v = sp[-(int)arg];
        *sp++ = v;
        DISPATCH();
    }
    TARGET(SWAP)
    {
        Value v = sp[-1];
        sp[-1] = sp[-(int)arg];
        sp[-(int)arg] = v;
        DISPATCH();
    }
    TARGET(LOAD_CONST)
    {
        *sp++ = consts[arg];
        DISPATCH();
    }
    TARGET(LOAD_FAST)
    {
        Value v = base[arg];
        if (UNLIKELY(!v)) {
            unbound_local(ts, tuple_as(co->varnames)->items[arg]);
            goto error;
        }
        *sp++ = v;
        DISPATCH();
    }
    TARGET(STORE_FAST)
    {
        base[arg] = *--sp;
        DISPATCH();
    }
    TARGET(DELETE_FAST)
    {
        if (!base[arg]) {
            unbound_local(ts, tuple_as(co->varnames)->items[arg]);
            goto error;
        }
        base[arg] = VNULL;
        DISPATCH();
    }
    TARGET(LOAD_DEREF)
    {
        CellObj *c = (CellObj *)val_as_obj(base[co->nlocals + arg]);
        if (UNLIKELY(!c->ref)) {
            deref_error(ts, co, (int)arg);
            goto error;
        }
        *sp++ = c->ref;
        DISPATCH();
    }
    TARGET(STORE_DEREF)
    {
        CellObj *c = (CellObj *)val_as_obj(base[co->nlocals + arg]);
        c->ref = *--sp;
        DISPATCH();
    }
    TARGET(DELETE_DEREF)
    {
        CellObj *c = (CellObj *)val_as_obj(base[co->nlocals + arg]);
        if (!c->ref) {
            deref_error(ts, co, (int)arg);
            goto error;
        }
        c->ref = VNULL;
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE)
    {
        *sp++ = base[co->nlocals + arg];
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF)
    {
        SYNC();
        Value v = load_classderef(ts, f, (int)arg);
        if (!v)
            goto error;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL)
    {
        if (LIKELY(co->cache != NULL)) {
            GlobalCache *c = global_cache_at(co, arg);
            Obj *g = val_as_obj(f->globals), *b = val_as_obj(f->builtins);
            if (LIKELY(c->globals == g && c->builtins == b &&
                       c->gver == ((DictObj *)g)->version &&
                       c->bver == ((DictObj *)b)->version)) {
                *sp++ = c->v;
                DISPATCH();
            }
        }
        SYNC();
        Value v = load_global_slow(ts, f, (int)arg);
        if (!v)
            goto error;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(STORE_GLOBAL)
    {
        SYNC();
        if (dict_set(ts, f->globals, NAMES[arg], sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL)
    {
        SYNC();
        if (delete_global(ts, f, NAMES[arg]) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_NAME)
    {
        SYNC();
        Value v = load_name(ts, f, NAMES[arg]);
        if (!v)
            goto error;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(STORE_NAME)
    {
        SYNC();
        if (store_name(ts, f, NAMES[arg], sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DELETE_NAME)
    {
        SYNC();
        if (delete_name(ts, f, NAMES[arg]) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_ATTR)
    {
        Value obj = sp[-1];
        if (LIKELY(val_is_obj(obj) && co->cache)) {
            /* monomorphic instance attribute kept inline: the common case */
            AttrCache *ac = attr_cache_at(co, ip);
            Obj *o = val_as_obj(obj);
            Type *t = o->type;
            if (LIKELY(ac->type == t && ac->version == t->version && ac->kind == ATTR_INLINE)) {
                uint32_t off = t->inline_start + (uint32_t)ac->ix * (uint32_t)sizeof(Value);
                if (LIKELY(o->gc_size > off && !*(Value *)((char *)o + t->dict_offset))) {
                    Value v = *(Value *)((char *)o + off);
                    if (LIKELY(v != VNULL)) {
                        sp[-1] = v;
                        DISPATCH();
                    }
                }
            }
        }
        Value *slot = attr_cache_lookup(co, ip, obj, NAMES[arg], false);
        if (slot) {
            sp[-1] = *slot;
            DISPATCH();
        }
        SYNC();
        Value v = obj_getattr(ts, obj, str_as(NAMES[arg]));
        if (!v)
            goto error;
        attr_cache_fill(co, ip, obj, str_as(NAMES[arg]));
        sp[-1] = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR)
    {
        Value obj = sp[-1];
        if (LIKELY(val_is_obj(obj) && co->cache)) {
            AttrCache *ac = attr_cache_at(co, ip);
            Obj *o = val_as_obj(obj);
            Type *t = o->type;
            if (LIKELY(ac->type == t && ac->version == t->version && ac->kind == ATTR_INLINE)) {
                uint32_t off = t->inline_start + (uint32_t)ac->ix * (uint32_t)sizeof(Value);
                if (LIKELY(o->gc_size > off && !*(Value *)((char *)o + t->dict_offset))) {
                    Value *p = (Value *)((char *)o + off);
                    if (LIKELY(*p != VNULL)) {
                        *p = sp[-2];
                        sp -= 2;
                        DISPATCH();
                    }
                }
            }
        }
        Value *slot = attr_cache_lookup(co, ip, obj, NAMES[arg], true);
        if (slot) {
            *slot = sp[-2];
            sp -= 2;
            DISPATCH();
        }
        SYNC();
        if (obj_setattr(ts, obj, str_as(NAMES[arg]), sp[-2]) < 0)
            goto error;
        attr_cache_fill(co, ip, obj, str_as(NAMES[arg]));
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR)
    {
        SYNC();
        if (obj_setattr(ts, sp[-1], str_as(NAMES[arg]), VNULL) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(LOAD_METHOD)
    {
        Value obj = sp[-1];
        Type *t = val_type(obj);
        StrObj *name = str_as(NAMES[arg]);
        if (LIKELY(val_is_obj(obj) && co->cache)) {
            AttrCache *ac = attr_cache_at(co, ip);
            if (LIKELY(ac->type == t && ac->version == t->version && ac->kind == ATTR_METHOD)) {
                Value *ds = t->dict_offset ? (Value *)((char *)val_as_obj(obj) + t->dict_offset)
                                           : NULL;
                if (!ds || !*ds || !dict_get_str(*ds, name)) {
                    sp[-1] = ac->method;
                    *sp++ = obj;
                    DISPATCH();
                }
            }
        }
        if (t->getattr == obj_generic_getattr || t->getattr == NULL) {
            Value m = type_lookup(t, name);
            if (m && (val_is(m, &FunctionType) ||
                      (val_is(m, &BuiltinFunctionType) &&
                       !((BuiltinFuncObj *)val_as_obj(m))->self &&
                       ((BuiltinFuncObj *)val_as_obj(m))->owner &&
                       !(((BuiltinFuncObj *)val_as_obj(m))->def->flags &
                         (METH_CLASS | METH_STATIC))))) {
                Value *ds = t->dict_offset ? obj_dict_slot(obj) : NULL;
                if (!ds || !*ds || !dict_get_str(*ds, name)) {
                    method_cache_fill(co, ip, obj, name, m);
                    sp[-1] = m;
                    *sp++ = obj;
                    DISPATCH();
                }
            }
        }
        SYNC();
        Value v = obj_getattr(ts, obj, name);
        if (!v)
            goto error;
        sp[-1] = v;
        *sp++ = VNULL;
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR)
    {
        Value o = sp[-2], k = sp[-1];
        if (val_is(o, &ListType) && val_is_int(k)) {
            ListObj *l = list_as(o);
            int64_t i = val_as_int(k);
            if (i < 0)
                i += l->len;
            if ((uint64_t)i < (uint64_t)l->len) {
                sp[-2] = l->items[i];
                sp--;
                DISPATCH();
            }
        }
        SYNC();
        Value v = obj_getitem(ts, o, k);
        if (!v)
            goto error;
        sp[-2] = v;
        sp--;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR)
    {
        Value o = sp[-2], k = sp[-1];
        if (val_is(o, &ListType) && val_is_int(k)) {
            ListObj *l = list_as(o);
            int64_t i = val_as_int(k);
            if (i < 0)
                i += l->len;
            if ((uint64_t)i < (uint64_t)l->len) {
                l->items[i] = sp[-3];
                sp -= 3;
                DISPATCH();
            }
        }
        SYNC();
        if (obj_setitem(ts, o, k, sp[-3]) < 0)
            goto error;
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR)
    {
        SYNC();
        if (obj_delitem(ts, sp[-2], sp[-1]) < 0)
            goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(BUILD_SLICE)
    {
        SYNC();
        Value v;
        if (arg == 3) {
            v = slice_new(ts, sp[-3], sp[-2], sp[-1]);
        } else {
            v = slice_new(ts, sp[-2], sp[-1], V_NONE);
        }
        if (!v)
            goto error;
        sp -= arg;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(BINARY_OP)
    {
        Value a = sp[-2], b = sp[-1], r;
        int op = (int)(arg & 15);
        if (LIKELY((int)val_is_int(a) & (int)val_is_int(b))) {
            r = int_fast_binop(a, b, op);
            if (LIKELY(r != VNULL))
                goto binop_done;
            if (op == NB_TRUEDIV) {
                int64_t x = val_as_int(a), y = val_as_int(b);
                const int64_t lim = (int64_t)1 << 53;
                if (y != 0 && x <= lim && x >= -lim && y <= lim && y >= -lim) {
                    double d = (double)x / (double)y;
                    r = val_try_imm_float(d);
                    if (LIKELY(r != VNULL))
                        goto binop_done;
                }
            }
        } else if ((int)val_is_imm_float(a) & (int)val_is_imm_float(b)) {
            double x = val_as_imm_float(a), y = val_as_imm_float(b), d;
            switch (op) {
            case NB_ADD:
                d = x + y;
                break;
            case NB_SUB:
                d = x - y;
                break;
            case NB_MUL:
                d = x * y;
                break;
            case NB_TRUEDIV:
                if (y == 0.0)
                    goto binop_slow;
                d = x / y;
                break;
            case NB_POW:
                if (!(x > 0.0) || !isfinite(y))
                    goto binop_slow;
                d = pow(x, y);
                if (!isfinite(d))
                    goto binop_slow;
                break;
            default:
                goto binop_slow;
            }
            r = val_try_imm_float(d);
            if (LIKELY(r != VNULL))
                goto binop_done;
            r = float_new(ts, d);
            if (!r)
                goto error;
            goto binop_done;
        } else {
            double d;
            if (float_fast_binop(a, b, op, &d)) {
                r = val_try_imm_float(d);
                if (LIKELY(r != VNULL))
                    goto binop_done;
                r = float_new(ts, d);
                if (!r)
                    goto error;
                goto binop_done;
            }
            if (op == NB_ADD && str_check_exact(a) && str_check_exact(b)) {
                r = str_concat(ts, a, b);
                if (!r)
                    goto error;
                goto binop_done;
            }
        }
    binop_slow:
        SYNC();
        r = arg >= 16 ? obj_inplace_op(ts, a, b, op) : obj_binary_op(ts, a, b, op);
        if (!r)
            goto error;
    binop_done:
        sp[-2] = r;
        sp--;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE)
    {
        Value a = sp[-1];
        if (val_is_int(a) && val_as_int(a) != SMALL_INT_MIN) {
            sp[-1] = val_from_int(-val_as_int(a));
            DISPATCH();
        }
        SYNC();
        Value r = obj_neg(ts, a);
        if (!r)
            goto error;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE)
    {
        Value a = sp[-1];
        if (val_is_int(a))
            DISPATCH();
        SYNC();
        Value r = obj_pos(ts, a);
        if (!r)
            goto error;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT)
    {
        Value a = sp[-1];
        if (val_is_int(a)) {
            sp[-1] = val_from_int(~val_as_int(a));
            DISPATCH();
        }
        SYNC();
        Value r = obj_invert(ts, a);
        if (!r)
            goto error;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT)
    {
        Value a = sp[-1];
        if (a == V_TRUE || a == V_FALSE) {
            sp[-1] = val_bool(a == V_FALSE);
            DISPATCH();
        }
        SYNC();
        int t = obj_truth(ts, a);
        if (t < 0)
            goto error;
        sp[-1] = val_bool(!t);
        DISPATCH();
    }
    TARGET(COMPARE_OP)
    {
        Value a = sp[-2], b = sp[-1];
        int c;
        if (LIKELY((int)val_is_int(a) & (int)val_is_int(b))) {
            c = int_fast_compare(a, b, (int)arg);
        } else if (val_is_imm_float(a) && val_is_imm_float(b)) {
            c = float_fast_compare(val_as_imm_float(a), val_as_imm_float(b), (int)arg);
        } else {
            SYNC();
            Value r = obj_compare(ts, a, b, (int)arg);
            if (!r)
                goto error;
            sp[-2] = r;
            sp--;
            DISPATCH();
        }
        /* fuse with a following conditional jump */
        uint32_t nw = *ip;
        if (INSTR_OP(nw) == OP_POP_JUMP_IF_FALSE) {
            sp -= 2;
            ip++;
            if (!c)
                JUMP_TO(INSTR_ARG(nw));
            DISPATCH();
        }
        if (INSTR_OP(nw) == OP_POP_JUMP_IF_TRUE) {
            sp -= 2;
            ip++;
            if (c)
                JUMP_TO(INSTR_ARG(nw));
            DISPATCH();
        }
        sp[-2] = val_bool(c);
        sp--;
        DISPATCH();
    }
    TARGET(IS_OP)
    {
        bool r = (sp[-2] == sp[-1]) ^ (arg != 0);
        sp[-2] = val_bool(r);
        sp--;
        DISPATCH();
    }
    TARGET(CONTAINS_OP)
    {
        SYNC();
        int r = obj_contains(ts, sp[-1], sp[-2]);
        if (r < 0)
            goto error;
        sp[-2] = val_bool(r ^ (arg != 0));
        sp--;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE)
    {
        Value v = tuple_from_array(ts, sp - arg, arg);
        if (!v)
            goto error;
        sp -= arg;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(BUILD_LIST)
    {
        Value v = list_from_array(ts, sp - arg, arg);
        if (!v)
            goto error;
        sp -= arg;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(BUILD_SET)
    {
        SYNC();
        Value v = build_set(ts, sp - arg, (int)arg);
        if (!v)
            goto error;
        sp -= arg;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(BUILD_MAP)
    {
        SYNC();
        Value v = build_map(ts, sp - 2 * arg, (int)arg);
        if (!v)
            goto error;
        sp -= 2 * arg;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(BUILD_STRING)
    {
        Value v = str_join_array(ts, "", 0, sp - arg, arg);
        if (!v)
            goto error;
        sp -= arg;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(LIST_APPEND)
    {
        Value v = sp[-1];
        if (list_append(ts, sp[-1 - (int)arg], v) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(SET_ADD)
    {
        SYNC();
        if (set_add(ts, sp[-1 - (int)arg], sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(MAP_ADD)
    {
        SYNC();
        if (dict_set(ts, sp[-2 - (int)arg], sp[-2], sp[-1]) < 0)
            goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(LIST_EXTEND)
    {
        SYNC();
        if (list_extend_op(ts, sp[-1 - (int)arg], sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(SET_UPDATE)
    {
        SYNC();
        if (set_update(ts, sp[-1 - (int)arg], sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE)
    {
        SYNC();
        if (dict_update_op(ts, sp[-1 - (int)arg], sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DICT_MERGE)
    {
        SYNC();
        if (dict_merge_kwargs(ts, sp[-3 - (int)arg], sp[-1 - (int)arg], sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE)
    {
        ListObj *l = list_as(sp[-1]);
        Value v = tuple_from_array(ts, l->items, l->len);
        if (!v)
            goto error;
        sp[-1] = v;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE)
    {
        SYNC();
        Value spec = (arg & 4) ? sp[-1] : VNULL;
        Value v = (arg & 4) ? sp[-2] : sp[-1];
        Value r = format_value(ts, v, (int)arg, spec);
        if (!r)
            goto error;
        if (arg & 4)
            sp--;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE)
    {
        Value seq = sp[-1];
        int n = (int)arg;
        if (val_is(seq, &TupleType) && tuple_as(seq)->len == n) {
            Value *items = tuple_as(seq)->items;
            sp--;
            for (int i = n - 1; i >= 0; i--)
                *sp++ = items[i];
            DISPATCH();
        }
        SYNC();
        if (unpack_to_stack(ts, seq, n, sp - 1) < 0)
            goto error;
        sp += n - 1;
        DISPATCH();
    }
    TARGET(UNPACK_EX)
    {
        int before = (int)(arg & 0xff), after = (int)(arg >> 8);
        SYNC();
        Value l = unpack_ex_list(ts, sp[-1], before, after);
        if (!l)
            goto error;
        ListObj *lo = list_as(l);
        int64_t n = lo->len;
        Value mid = list_from_array(ts, lo->items + before, n - before - after);
        if (!mid)
            goto error;
        sp--;
        for (int64_t i = n - 1; i >= n - after; i--)
            *sp++ = lo->items[i];
        *sp++ = mid;
        for (int i = before - 1; i >= 0; i--)
            *sp++ = lo->items[i];
        DISPATCH();
    }
    TARGET(JUMP)
    {
        JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE)
    {
        Value v = *--sp;
        if (v == V_FALSE) {
            JUMP_TO(arg);
        } else if (v != V_TRUE) {
            SYNC();
            int t = obj_truth(ts, v);
            if (t < 0)
                goto error;
            if (!t)
                JUMP_TO(arg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE)
    {
        Value v = *--sp;
        if (v == V_TRUE) {
            JUMP_TO(arg);
        } else if (v != V_FALSE) {
            SYNC();
            int t = obj_truth(ts, v);
            if (t < 0)
                goto error;
            if (t)
                JUMP_TO(arg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE)
    {
        Value v = *--sp;
        if (v == V_NONE)
            JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE)
    {
        Value v = *--sp;
        if (v != V_NONE)
            JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP)
    {
        Value v = sp[-1];
        int t;
        if (v == V_FALSE || v == V_TRUE) {
            t = v == V_TRUE;
        } else {
            SYNC();
            t = obj_truth(ts, v);
            if (t < 0)
                goto error;
        }
        if (!t)
            JUMP_TO(arg);
        else
            sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP)
    {
        Value v = sp[-1];
        int t;
        if (v == V_FALSE || v == V_TRUE) {
            t = v == V_TRUE;
        } else {
            SYNC();
            t = obj_truth(ts, v);
            if (t < 0)
                goto error;
        }
        if (t)
            JUMP_TO(arg);
        else
            sp--;
        DISPATCH();
    }
    TARGET(GET_ITER)
    {
        SYNC();
        Value it = obj_iter(ts, sp[-1]);
        if (!it)
            goto error;
        sp[-1] = it;
        DISPATCH();
    }
    TARGET(FOR_ITER)
    {
        Value it = sp[-1];
        Value v;
        if (val_is(it, &RangeIterType)) {
            v = range_iter_next_fast(ts, (RangeIterObj *)val_as_obj(it));
        } else if (val_is(it, &ListIterType)) {
            v = list_iter_next_fast((ListIterObj *)val_as_obj(it));
        } else {
            SYNC();
            v = obj_next(ts, it);
        }
        if (LIKELY(v != VNULL)) {
            *sp++ = v;
            DISPATCH();
        }
        if (ts_has_exc(ts))
            goto error;
        sp--;
        JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(RETURN_VALUE)
    {
        Value r = sp[-1];
        if (f->is_entry) {
            if (f->gen)
                gen_finish(ts, f);
            ts->stack_top = f->base;
            vm_frame_pop(ts, f);
            return r;
        }
        Frame *caller = f->prev;
        vm_frame_pop(ts, f);
        f = caller;
        LOAD_FRAME();
        *sp++ = r;
        ts->stack_top = base + code_framesize(co);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION)
    {
        Value fn = make_function(ts, f, sp, (int)arg);
        if (!fn)
            goto error;
        sp -= 1 + ((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0);
        *sp++ = fn;
        DISPATCH();
    }
    TARGET(CALL)
    {
        nargs = (int)arg;
        args = sp - nargs;
        dest = args - 1;
        callable = *dest;
        kwnames = VNULL;
        via_method = 0;
        goto do_call;
    }
    TARGET(CALL_KW)
    {
        kwnames = *--sp;
        nargs = (int)arg - (int)tuple_as(kwnames)->len;
        args = sp - arg;
        dest = args - 1;
        callable = *dest;
        via_method = 0;
        goto do_call;
    }
    TARGET(CALL_METHOD)
    {
        nargs = (int)arg;
        args = sp - nargs;
        dest = args - 2;
        callable = *dest;
        kwnames = VNULL;
        via_method = args[-1] != VNULL;
        if (via_method) {
            args--;
            nargs++;
        }
        goto do_call;
    }
    TARGET(CALL_METHOD_KW)
    {
        kwnames = *--sp;
        nargs = (int)arg - (int)tuple_as(kwnames)->len;
        args = sp - arg;
        dest = args - 2;
        callable = *dest;
        via_method = args[-1] != VNULL;
        if (via_method) {
            args--;
            nargs++;
        }
        goto do_call;
    }
    TARGET(CALL_FUNCTION_EX)
    {
        Value *slots = sp - 2 - (arg & 1);
        SYNC();
        CHECK_BREAKER();
        if (UNLIKELY(atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BREAK_CALLS) &&
            sys_trace_prepare_call(ts, slots[0]) < 0)
            goto error; /* tracing: see handle_breaker_before_call */
        Value r = call_function_ex(ts, slots, (int)(arg & 1));
        if (!r)
            goto error;
        sp = slots;
        *sp++ = r;
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS)
    {
        Value v = dict_check(f->builtins)
                      ? dict_get_str(f->builtins, NAME(ts, __build_class__))
                      : VNULL;
        if (!v) {
            exc_raise(ts, &NameErrorType, "__build_class__ not found");
            goto error;
        }
        *sp++ = v;
        DISPATCH();
    }
    TARGET(YIELD_VALUE)
    {
        Value v = *--sp;
        if (!f->gen) {
            exc_raise(ts, &SystemErrorType, "yield outside a generator frame");
            goto error;
        }
        gen_suspend(ts, f, sp, ip);
        return v;
    }
    TARGET(GET_YIELD_FROM_ITER)
    {
        if (!val_is(sp[-1], &GeneratorType)) {
            SYNC();
            Value it = obj_iter(ts, sp[-1]);
            if (!it)
                goto error;
            sp[-1] = it;
        }
        DISPATCH();
    }
    TARGET(SEND)
    {
        Value sub = sp[-2], v = sp[-1], r;
        SYNC();
        int rc;
        if (val_is(sub, &GeneratorType))
            rc = gen_send_ex(ts, sub, v, &r);
        else
            rc = send_other(ts, sub, v, &r);
        if (rc < 0)
            goto error;
        if (rc == 0) {
            sp[-1] = r;
            DISPATCH();
        }
        sp[-2] = r;
        sp--;
        JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS)
    {
        SYNC();
        if (arg == 0) {
            Value e = ts->exc_info;
            if (!e || e == V_NONE) {
                exc_raise(ts, &RuntimeErrorType, "No active exception to reraise");
                goto error;
            }
            ts->exc = e;
            goto unwind;
        }
        do_raise(ts, arg == 2 ? sp[-2] : sp[-1], arg == 2 ? sp[-1] : VNULL);
        sp -= arg;
        goto error;
    }
    TARGET(LOAD_ASSERTION_ERROR)
    {
        *sp++ = val_from_obj(&AssertionErrorType);
        DISPATCH();
    }
    TARGET(PUSH_EXC_INFO)
    {
        Value e = sp[-1];
        sp[-1] = ts->exc_info ? ts->exc_info : V_NONE;
        *sp++ = e;
        ts->exc_info = e;
        DISPATCH();
    }
    TARGET(POP_EXCEPT)
    {
        Value prev = *--sp;
        ts->exc_info = prev == V_NONE ? VNULL : prev;
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH)
    {
        SYNC();
        Value r = check_exc_match(ts, sp[-2], sp[-1]);
        if (!r)
            goto error;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(RERAISE)
    {
        Value e = *--sp;
        if (arg && val_is_int(sp[-(int)arg]))
            f->lasti = (int32_t)val_as_int(sp[-(int)arg]);
        ts->exc = e;
        goto unwind;
    }
    TARGET(BEFORE_WITH)
    {
        SYNC();
        Value exit = VNULL;
        Value enter = before_with(ts, sp[-1], &exit);
        if (!enter)
            goto error;
        sp[-1] = exit;
        *sp++ = enter;
        SYNC();
        Value r = obj_call0(ts, enter);
        if (!r)
            goto error;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START)
    {
        SYNC();
        Value r = with_exit_call(ts, sp[-4], sp[-1]);
        if (!r)
            goto error;
        *sp++ = r;
        DISPATCH();
    }
    TARGET(IMPORT_NAME)
    {
        SYNC();
        Value m = import_name(ts, f, NAMES[arg], sp[-1], sp[-2]);
        if (!m)
            goto error;
        sp -= 2;
        *sp++ = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM)
    {
        SYNC();
        Value v = import_from(ts, sp[-1], NAMES[arg]);
        if (!v)
            goto error;
        *sp++ = v;
        DISPATCH();
    }
    TARGET(IMPORT_STAR)
    {
        SYNC();
        if (import_star(ts, f, sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }
    TARGET(PRINT_EXPR)
    {
        SYNC();
        if (print_expr(ts, sp[-1]) < 0)
            goto error;
        sp--;
        DISPATCH();
    }

    TARGET(TRACE)
    {
        /* THREADING helper: only in traced copies of code objects (see
         * sys_trace_instruction in modules/sys_thread.c): report the event
         * if this thread traces, then run the original instruction. */
        SYNC();
        if (sys_trace_instruction(ts, f, &w) < 0)
            goto error;
#if USE_COMPUTED_GOTO
        arg = w >> 8;
        goto *dispatch_table[w & 0xff];
#else
        goto dispatch_w;
#endif
    }

#if !USE_COMPUTED_GOTO
    default:
        exc_raise(ts, &SystemErrorType, "unknown opcode %u", w & 0xff);
        goto error;
    }
#endif

do_call:
    /* [.. dest: callable .. args[0..nargs) kw values] ; result goes to *dest */
    if (UNLIKELY(atomic_load_explicit(&ts->breaker, memory_order_relaxed))) {
        SYNC();
        if (handle_breaker_before_call(ts, callable) < 0)
            goto error;
    }
    if (val_is(callable, &MethodType)) {
        MethodObj *m = (MethodObj *)val_as_obj(callable);
        if (val_is(m->func, &FunctionType)) {
            /* args[-1] is the callable's slot or CALL_METHOD's empty self slot */
            args[-1] = m->self;
            args--;
            nargs++;
            callable = m->func;
        }
    }
    if (val_is(callable, &FunctionType)) {
        FuncObj *fn = (FuncObj *)val_as_obj(callable);
        CodeObj *nco = (CodeObj *)val_as_obj(fn->code);
        if (LIKELY(!kwnames && !(nco->flags & (CO_GENERATOR | CO_VARARGS | CO_VARKEYWORDS)) &&
                   !nco->kwonlyargcount && nargs <= nco->argcount &&
                   ts->recursion_depth < ts->interp->recursion_limit &&
                   ts->frame_count < ts->frame_capacity - 1 &&
                   args + code_framesize(nco) <= ts->stack_limit)) {
            /* positional call: the arguments are already the first locals */
            int i = nargs;
            if (UNLIKELY(nargs < nco->argcount)) {
                int ndef = fn->defaults ? (int)tuple_as(fn->defaults)->len : 0;
                int first = nco->argcount - ndef;
                if (nargs < first)
                    goto call_general;
                Value *defs = tuple_as(fn->defaults)->items;
                for (; i < nco->argcount; i++)
                    args[i] = defs[i - first];
            }
            for (; i < nco->nlocals; i++)
                args[i] = VNULL;
            if (UNLIKELY(nco->ncellvars | nco->nfreevars)) {
                Value *cells = args + nco->nlocals;
                for (int k = 0; k < nco->ncellvars; k++) {
                    Value c = cell_new(ts, VNULL);
                    if (!c)
                        goto error;
                    cells[k] = c;
                }
                if (nco->nfreevars)
                    memcpy(cells + nco->ncellvars, tuple_as(fn->closure)->items,
                           sizeof(Value) * (size_t)nco->nfreevars);
            }
            f->ip = ip;
            f->sp = dest;
            Frame *nf = &ts->frames[ts->frame_count++];
            ts->recursion_depth++;
            nf->prev = f;
            nf->func = fn;
            nf->code = nco;
            nf->ip = nco->code;
            nf->base = args;
            nf->sp = args + nco->nlocals + nco->ncellvars + nco->nfreevars;
            nf->globals = fn->globals;
            nf->builtins = fn->builtins;
            nf->locals = VNULL;
            nf->gen = VNULL;
            nf->is_entry = 0;
            ts->frame = nf;
            ts->stack_top = args + code_framesize(nco);
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
    call_general:
        if (LIKELY(!(nco->flags & CO_GENERATOR))) {
            f->ip = ip;
            f->sp = sp;
            Frame *nf = vm_push_function_frame(ts, fn, args, nargs, kwnames);
            if (UNLIKELY(!nf))
                goto error;
            f->sp = dest;
            f = nf;
            LOAD_FRAME();
            DISPATCH();
        }
    }
    {
        Value r;
        SYNC();
        if (val_is(callable, &BuiltinFunctionType)) {
            BuiltinFuncObj *bf = (BuiltinFuncObj *)val_as_obj(callable);
            if (!bf->self && (!bf->owner || (via_method && !(bf->def->flags &
                                                             (METH_CLASS | METH_STATIC)))))
                r = bf->def->fn(ts, args, nargs, kwnames);
            else
                r = obj_call(ts, callable, args, nargs, kwnames);
        } else {
            r = obj_call(ts, callable, args, nargs, kwnames);
        }
        if (!r)
            goto error;
        sp = dest;
        *sp++ = r;
        DISPATCH();
    }

error:
    /* ts->exc is set; record where it happened in this frame */
    if (UNLIKELY(!ts->exc))
        exc_raise(ts, &SystemErrorType, "error return without exception set");
    f->lasti = (int32_t)(ip - co->code) - 1;
    exc_add_traceback(ts, ts->exc, val_from_obj(co), f->globals, f->lasti);
    if (UNLIKELY(atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BREAK_CALLS)) {
        f->ip = ip; /* tracing: the 'exception' event (modules/sys_thread.c) */
        sys_trace_exception(ts, f, 0);
    }
unwind : {
    int lasti = (int)(ip - co->code) - 1;
    const ExcTableEntry *h = find_handler(co, lasti);
    if (!h && UNLIKELY(atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BREAK_CALLS)) {
        f->ip = ip; /* tracing: the frame is left by an exception: 'return' None */
        sys_trace_exception(ts, f, 1);
    }
    if (h) {
        sp = STACK_BASE() + h->depth;
        if (h->push_lasti)
            *sp++ = val_from_int(lasti);
        *sp++ = exc_fetch(ts);
        ip = co->code + h->target;
        DISPATCH();
    }
    if (f->gen)
        gen_finish(ts, f);
    if (f->is_entry) {
        ts->stack_top = f->base;
        vm_frame_pop(ts, f);
        return VNULL;
    }
    Frame *caller = f->prev;
    vm_frame_pop(ts, f);
    f = caller;
    LOAD_FRAME();
    ts->stack_top = base + code_framesize(co);
    goto error;
}
}

#undef NAMES

/* ================================================= entry points */

Value
eval_code(ThreadState *ts, Value code, Value globals, Value locals)
{
    CodeObj *co = (CodeObj *)val_as_obj(code);
    Value *base = ts->stack_top;
    if (vm_c_depth_exceeded(ts)) {
        vm_recursion_error(ts);
        return VNULL;
    }
    if (base + code_framesize(co) > ts->stack_limit)
        return exc_raise(ts, &MemoryErrorType, "Stack overflow");
    for (int i = 0; i < co->nlocals; i++)
        base[i] = VNULL;
    for (int i = 0; i < co->ncellvars; i++) {
        Value c = cell_new(ts, VNULL);
        if (!c)
            return VNULL;
        base[co->nlocals + i] = c;
    }
    for (int i = 0; i < co->nfreevars; i++) {
        Value c = cell_new(ts, VNULL);
        if (!c)
            return VNULL;
        base[co->nlocals + co->ncellvars + i] = c;
    }
    Frame *f = vm_frame_alloc(ts);
    if (!f)
        return VNULL;
    Value b = dict_check(globals) ? dict_get_str(globals, NAME(ts, __builtins__)) : VNULL;
    if (b && val_is(b, &ModuleType))
        b = ((ModuleObj *)val_as_obj(b))->dict;
    f->func = NULL;
    f->code = co;
    f->ip = co->code;
    f->base = base;
    f->sp = base + co->nlocals + co->ncellvars + co->nfreevars;
    f->globals = globals;
    f->builtins = (b && dict_check(b)) ? b : ts->interp->builtins;
    f->locals = locals;
    f->is_entry = 1;
    ts->stack_top = base + code_framesize(co);
    ts->c_depth++;
    Value r = vm_run_frame(ts, f, 0);
    ts->c_depth--;
    ts->stack_top = base;
    return r;
}

/* Run a class body function with `ns` as its locals dict. */
static Value
run_class_body(ThreadState *ts, Value func, Value ns)
{
    FuncObj *fn = (FuncObj *)val_as_obj(func);
    Value *base = ts->stack_top;
    if (vm_c_depth_exceeded(ts)) {
        vm_recursion_error(ts);
        return VNULL;
    }
    Frame *f = vm_push_function_frame(ts, fn, base, 0, VNULL);
    if (!f) {
        ts->stack_top = base;
        return VNULL;
    }
    f->locals = ns;
    f->is_entry = 1;
    ts->c_depth++;
    Value r = vm_run_frame(ts, f, 0);
    ts->c_depth--;
    ts->stack_top = base;
    return r;
}

/* The most derived metaclass of meta and the bases' types. */
static Value
calculate_metaclass(ThreadState *ts, Value meta, Value bases)
{
    Type *winner = (Type *)val_as_obj(meta);
    TupleObj *b = tuple_as(bases);
    for (int64_t i = 0; i < b->len; i++) {
        Type *t = val_type(b->items[i]);
        if (winner == t || type_is_subtype(winner, t))
            continue;
        if (type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        return exc_raise(ts, &TypeErrorType,
                         "metaclass conflict: the metaclass of a derived class must be a "
                         "(non-strict) subclass of the metaclasses of all its bases");
    }
    return val_from_obj(winner);
}

/* Replace bases that define __mro_entries__ (PEP 560). */
static Value
resolve_bases(ThreadState *ts, Value bases)
{
    TupleObj *b = tuple_as(bases);
    bool changed = false;
    for (int64_t i = 0; i < b->len; i++) {
        if (val_isinstance(b->items[i], &TypeType))
            continue;
        Value m = obj_lookup_attr(ts, b->items[i], NAME(ts, __mro_entries__));
        if (m || ts_has_exc(ts)) {
            changed = true;
            break;
        }
    }
    if (ts_has_exc(ts))
        return VNULL;
    if (!changed)
        return bases;
    Value out = list_new(ts, b->len);
    if (!out)
        return VNULL;
    ts_push_root(ts, out);
    for (int64_t i = 0; i < b->len; i++) {
        Value base = b->items[i];
        Value m = val_isinstance(base, &TypeType)
                      ? VNULL
                      : obj_lookup_attr(ts, base, NAME(ts, __mro_entries__));
        if (!m) {
            if (ts_has_exc(ts) || list_append(ts, out, base) < 0)
                goto fail;
            continue;
        }
        Value r = obj_call1(ts, m, bases);
        if (!r)
            goto fail;
        if (!tuple_check(r)) {
            exc_raise(ts, &TypeErrorType, "__mro_entries__ must return a tuple");
            goto fail;
        }
        if (list_extend(ts, out, r) < 0)
            goto fail;
    }
    ts_pop_roots(ts, 1);
    return tuple_from_array(ts, list_as(out)->items, list_as(out)->len);
fail:
    ts_pop_roots(ts, 1);
    return VNULL;
}

Value
eval_build_class(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (nargs < 2)
        return exc_raise(ts, &TypeErrorType, "__build_class__: not enough arguments");
    Value func = args[0], name = args[1];
    if (!val_is(func, &FunctionType))
        return exc_raise(ts, &TypeErrorType, "__build_class__: func must be a function");
    if (!str_check(name))
        return exc_raise(ts, &TypeErrorType, "__build_class__: name is not a string");
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int roots = ts->nroots;
    Value meta = VNULL;
    /* the keywords other than metaclass= go to the metaclass */
    Value kwv[64];
    Value kwn = VNULL;
    int nrest = 0;
    if (nkw > 60)
        return exc_raise(ts, &TypeErrorType, "__build_class__: too many keyword arguments");
    for (int i = 0; i < nkw; i++) {
        Value k = tuple_as(kwnames)->items[i];
        if (str_eq(str_as(k), NAME(ts, metaclass)))
            meta = args[nargs + i];
        else
            nrest++;
    }
    if (nrest) {
        kwn = tuple_new(ts, nrest);
        if (!kwn)
            return VNULL;
        int j = 0;
        for (int i = 0; i < nkw; i++) {
            Value k = tuple_as(kwnames)->items[i];
            if (!str_eq(str_as(k), NAME(ts, metaclass))) {
                tuple_as(kwn)->items[j] = k;
                kwv[j++] = args[nargs + i];
            }
        }
        ts_push_root(ts, kwn);
    }
    Value orig_bases = tuple_from_array(ts, args + 2, nargs - 2);
    if (!orig_bases)
        goto fail;
    ts_push_root(ts, orig_bases);
    Value bases = resolve_bases(ts, orig_bases);
    if (!bases)
        goto fail;
    ts_push_root(ts, bases);
    if (!meta) {
        meta = tuple_as(bases)->len ? val_from_obj(val_type(tuple_as(bases)->items[0]))
                                    : val_from_obj(&TypeType);
    }
    if (val_isinstance(meta, &TypeType)) {
        meta = calculate_metaclass(ts, meta, bases);
        if (!meta)
            goto fail;
    }
    ts_push_root(ts, meta);
    Value ns;
    Value prep = meta == val_from_obj(&TypeType)
                     ? VNULL
                     : obj_lookup_attr(ts, meta, NAME(ts, __prepare__));
    if (prep) {
        Value pargs[66];
        pargs[0] = name;
        pargs[1] = bases;
        memcpy(pargs + 2, kwv, sizeof(Value) * (size_t)nrest);
        ns = obj_call(ts, prep, pargs, 2, kwn);
    } else {
        ns = ts_has_exc(ts) ? VNULL : dict_new(ts);
    }
    if (!ns)
        goto fail;
    ts_push_root(ts, ns);
    Value cell = run_class_body(ts, func, ns);
    if (!cell)
        goto fail;
    ts_push_root(ts, cell);
    if (bases != orig_bases) {
        StrObj *key = str_intern(ts, "__orig_bases__");
        if (!key || obj_setitem(ts, ns, val_from_obj(key), orig_bases) < 0)
            goto fail;
    }
    Value cargs[67];
    cargs[0] = name;
    cargs[1] = bases;
    cargs[2] = ns;
    memcpy(cargs + 3, kwv, sizeof(Value) * (size_t)nrest);
    Value cls = obj_call(ts, meta, cargs, 3, kwn);
    if (!cls)
        goto fail;
    if (!val_is(cell, &CellType) && dict_check(ns))
        cell = dict_get_str(ns, NAME(ts, __classcell__));
    if (cell && val_is(cell, &CellType) && !((CellObj *)val_as_obj(cell))->ref)
        ((CellObj *)val_as_obj(cell))->ref = cls;
    ts->nroots = roots;
    return cls;
fail:
    ts->nroots = roots;
    return VNULL;
}
