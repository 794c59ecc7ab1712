/* runtime/gen.c: generator objects (send, throw, close, iteration).
 * SPDX-License-Identifier: MIT
 *
 * A generator owns a malloc'd copy of its frame window while suspended.
 * Resuming pushes a fresh frame at ts->stack_top, copies the window back and
 * runs the VM with that frame as an entry frame; YIELD_VALUE copies it out
 * again (gen_suspend).  The copy is a few words for typical generators and
 * keeps the thread stack strictly LIFO.  CPython's rules kept here: PEP 479
 * (StopIteration inside becomes RuntimeError), "generator already
 * executing", GeneratorExit on close, return values carried by StopIteration.
 */
#include <stdlib.h>
#include <string.h>

#include "../interp/eval.h"
#include "../interp/opcodes.h"
#include "../interp/vm.h"
#include "exc.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

static GenObj *
gen_as(Value v)
{
    return (GenObj *)val_as_obj(v);
}

Value
gen_new_from_frame(ThreadState *ts, Frame *f)
{
    CodeObj *co = f->code;
    int size = code_framesize(co);
    GenObj *g = gc_alloc(ts, &GeneratorType, sizeof(GenObj));
    Value *saved = g ? malloc(sizeof(Value) * (size_t)(size ? size : 1)) : NULL;
    if (!saved) {
        vm_frame_pop(ts, f);
        return g ? exc_no_memory(ts) : VNULL;
    }
    gc_account(ts, (long)(sizeof(Value) * (size_t)size));
    g->saved = saved;
    g->nsaved = (int32_t)(f->sp - f->base);
    memcpy(saved, f->base, sizeof(Value) * (size_t)g->nsaved);
    g->func = val_from_obj(f->func);
    g->code = val_from_obj(co);
    g->name = f->func ? f->func->name : co->name;
    g->qualname = f->func ? f->func->qualname : co->qualname;
    g->globals = f->globals;
    g->builtins = f->builtins;
    g->ip_off = 0;
    g->lasti = -1;
    vm_frame_pop(ts, f);
    return val_from_obj(g);
}

void
gen_suspend(ThreadState *ts, Frame *f, Value *sp, uint32_t *ip)
{
    GenObj *g = gen_as(f->gen);
    g->nsaved = (int32_t)(sp - f->base);
    memcpy(g->saved, f->base, sizeof(Value) * (size_t)g->nsaved);
    g->ip_off = (int32_t)(ip - f->code->code);
    g->running = 0;
    ts->stack_top = f->base;
    vm_frame_pop(ts, f);
}

void
gen_finish(ThreadState *ts, Frame *f)
{
    GenObj *g = gen_as(f->gen);
    g->finished = 1;
    g->running = 0;
    g->nsaved = 0;
}

static void
gen_mark(GC *gc, Obj *o)
{
    GenObj *g = (GenObj *)o;
    gc_mark(gc, g->func);
    gc_mark(gc, g->code);
    gc_mark(gc, g->name);
    gc_mark(gc, g->qualname);
    gc_mark(gc, g->globals);
    gc_mark(gc, g->builtins);
    gc_mark(gc, g->exc_state);
    if (g->saved && !g->running)
        gc_mark_array(gc, g->saved, (size_t)g->nsaved);
}

static void
gen_finalize(Obj *o)
{
    GenObj *g = (GenObj *)o;
    free(g->saved);
    g->saved = NULL;
}

/* Turn a StopIteration escaping the generator into RuntimeError (PEP 479). */
static void
pep479(ThreadState *ts)
{
    if (!exc_matches(ts, &StopIterationType))
        return;
    Value si = exc_fetch(ts);
    exc_raise(ts, &RuntimeErrorType, "generator raised StopIteration");
    Value re = ts->exc;
    if (re) {
        exc_as(re)->cause = si;
        exc_as(re)->context = si;
        exc_as(re)->suppress_context = 1;
    }
}

/* Run the generator: push `v` first unless VNULL; throwflag: ts->exc is
 * raised at the suspension point.  0 yielded, 1 returned, -1 error. */
static int
gen_resume(ThreadState *ts, Value gen, Value v, int throwflag, Value *out)
{
    GenObj *g = gen_as(gen);
    CodeObj *co = (CodeObj *)val_as_obj(g->code);
    Value *base = ts->stack_top;
    if (vm_c_depth_exceeded(ts) || base + code_framesize(co) > ts->stack_limit) {
        vm_recursion_error(ts);
        return -1;
    }
    Frame *f = vm_frame_alloc(ts);
    if (!f)
        return -1;
    f->func = g->func ? (FuncObj *)val_as_obj(g->func) : NULL;
    f->code = co;
    f->globals = g->globals;
    f->builtins = g->builtins;
    f->gen = gen;
    f->is_entry = 1;
    f->base = base;
    memcpy(base, g->saved, sizeof(Value) * (size_t)g->nsaved);
    f->sp = base + g->nsaved;
    if (v)
        *f->sp++ = v;
    f->ip = co->code + g->ip_off;
    ts->stack_top = base + code_framesize(co);
    g->running = 1;
    g->started = 1;
    g->nsaved = 0;
    Value saved_exc_info = ts->exc_info;
    if (g->exc_state)
        ts->exc_info = g->exc_state;
    ts->c_depth++;
    Value r = vm_run_frame(ts, f, throwflag);
    ts->c_depth--;
    g->running = 0;
    if (!g->finished) {
        g->exc_state = ts->exc_info != saved_exc_info ? ts->exc_info : VNULL;
        ts->exc_info = saved_exc_info;
        *out = r;
        return 0;
    }
    g->exc_state = VNULL;
    ts->exc_info = saved_exc_info;
    free(g->saved);
    g->saved = NULL;
    if (!r) {
        pep479(ts);
        return -1;
    }
    *out = r;
    return 1;
}

static int
gen_check_runnable(ThreadState *ts, GenObj *g)
{
    if (g->running) {
        exc_raise(ts, &ValueErrorType, "generator already executing");
        return -1;
    }
    return 0;
}

int
gen_send_ex(ThreadState *ts, Value gen, Value v, Value *out)
{
    GenObj *g = gen_as(gen);
    if (gen_check_runnable(ts, g) < 0)
        return -1;
    if (g->finished) {
        *out = V_NONE;
        return 1;
    }
    if (!g->started) {
        if (v && v != V_NONE) {
            exc_raise(ts, &TypeErrorType,
                      "can't send non-None value to a just-started generator");
            return -1;
        }
        v = VNULL;
    } else if (!v) {
        v = V_NONE;
    }
    return gen_resume(ts, gen, v, 0, out);
}

static Value
gen_iternext(ThreadState *ts, Value gen)
{
    Value r;
    int rc = gen_send_ex(ts, gen, V_NONE, &r);
    return rc == 0 ? r : VNULL;
}

static Value
stop_iteration(ThreadState *ts, Value r)
{
    return exc_raise_arg(ts, &StopIterationType, r == V_NONE ? VNULL : r);
}

static Value
gen_send_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "send", kwnames) < 0 || arg_check_count(ts, "generator.send", nargs - 1, 1, 1) < 0)
        return VNULL;
    Value r;
    int rc = gen_send_ex(ts, args[0], args[1], &r);
    if (rc < 0)
        return VNULL;
    return rc == 0 ? r : stop_iteration(ts, r);
}

static Value
gen_next_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value r;
    int rc = gen_send_ex(ts, args[0], V_NONE, &r);
    if (rc < 0)
        return VNULL;
    return rc == 0 ? r : stop_iteration(ts, r);
}

static Value
gen_iter_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return args[0];
}

static Value
gen_iter(ThreadState *ts, Value gen)
{
    return gen;
}

/* The subiterator of a generator suspended inside `yield from`, or VNULL. */
static Value
gen_delegate(GenObj *g)
{
    if (!g->started || g->finished || g->nsaved < 1)
        return VNULL;
    CodeObj *co = (CodeObj *)val_as_obj(g->code);
    int i = g->ip_off;
    if (i < 1 || i >= co->ncode || INSTR_OP(co->code[i - 1]) != OP_YIELD_VALUE ||
        INSTR_OP(co->code[i]) != OP_JUMP)
        return VNULL;
    uint32_t t = INSTR_ARG(co->code[i]);
    if (t >= (uint32_t)co->ncode || INSTR_OP(co->code[t]) != OP_SEND)
        return VNULL;
    return g->saved[g->nsaved - 1];
}

/* Raise ts->exc inside the generator at its suspension point. */
static int
gen_throw_current(ThreadState *ts, Value gen, Value *out)
{
    GenObj *g = gen_as(gen);
    if (!g->started || g->finished) {
        /* CPython runs the frame to raise it at once: one entry, at the def line */
        if (!g->started && !g->finished)
            exc_add_traceback(ts, ts->exc, g->code, g->globals, -1);
        g->finished = 1;
        free(g->saved);
        g->saved = NULL;
        g->nsaved = 0;
        return -1;
    }
    return gen_resume(ts, gen, VNULL, 1, out);
}

/* throw() while delegating: forward to the subiterator first. */
static int
gen_throw_delegating(ThreadState *ts, Value gen, Value sub, Value exc, Value *out)
{
    GenObj *g = gen_as(gen);
    Value r;
    if (val_isinstance(exc, &GeneratorExitType)) {
        Value closer = obj_lookup_attr(ts, sub, NAME(ts, close));
        if (closer) {
            g->running = 1;
            ts_push_root(ts, exc);
            r = obj_call0(ts, closer);
            ts_pop_roots(ts, 1);
            g->running = 0;
            if (!r)
                return gen_throw_current(ts, gen, out);
        } else if (ts_has_exc(ts)) {
            return gen_throw_current(ts, gen, out);
        }
        ts->exc = exc;
        return gen_throw_current(ts, gen, out);
    }
    Value thrower = obj_lookup_attr(ts, sub, NAME(ts, throw));
    if (!thrower) {
        if (!ts_has_exc(ts))
            ts->exc = exc;
        return gen_throw_current(ts, gen, out);
    }
    g->running = 1;
    ts_push_root(ts, exc);
    r = obj_call1(ts, thrower, exc);
    ts_pop_roots(ts, 1);
    g->running = 0;
    if (r) {
        *out = r;
        return 0;
    }
    if (!exc_matches(ts, &StopIterationType))
        return gen_throw_current(ts, gen, out);
    /* The subiterator finished: continue after the SEND with its value. */
    Value si = exc_fetch(ts);
    Value val = obj_getattr_cstr(ts, si, "value");
    if (!val)
        return gen_throw_current(ts, gen, out);
    CodeObj *co = (CodeObj *)val_as_obj(g->code);
    uint32_t send_at = INSTR_ARG(co->code[g->ip_off]);
    g->nsaved--;
    g->ip_off = (int32_t)INSTR_ARG(co->code[send_at]);
    return gen_resume(ts, gen, val, 0, out);
}

/* Build the exception instance for throw(typ[, val[, tb]]). */
static Value
make_throw_exc(ThreadState *ts, Value typ, Value val)
{
    if (val_is_obj(typ) && val_isinstance(typ, &TypeType) &&
        type_is_subtype((Type *)val_as_obj(typ), &BaseExceptionType)) {
        if (val && val != V_NONE && val_isinstance(val, (Type *)val_as_obj(typ)))
            return val;
        if (!val || val == V_NONE)
            return obj_call0(ts, typ);
        if (tuple_check(val))
            return obj_call(ts, typ, tuple_as(val)->items, (int)tuple_as(val)->len, VNULL);
        return obj_call1(ts, typ, val);
    }
    if (val_isinstance(typ, &BaseExceptionType)) {
        if (val && val != V_NONE)
            return exc_raise(ts, &TypeErrorType,
                             "instance exception may not have a separate value");
        return typ;
    }
    return exc_raise(ts, &TypeErrorType,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     obj_type_name(typ));
}

static Value
gen_throw_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "throw", kwnames) < 0 ||
        arg_check_count(ts, "throw", nargs - 1, 1, 3) < 0)
        return VNULL;
    Value gen = args[0];
    GenObj *g = gen_as(gen);
    if (gen_check_runnable(ts, g) < 0)
        return VNULL;
    Value exc = make_throw_exc(ts, args[1], nargs > 2 ? args[2] : VNULL);
    if (!exc)
        return VNULL;
    if (nargs > 3 && args[3] != V_NONE && val_is_obj(args[3]))
        exc_as(exc)->traceback = args[3];
    Value sub = gen_delegate(g);
    Value r;
    int rc;
    if (sub) {
        rc = gen_throw_delegating(ts, gen, sub, exc, &r);
    } else {
        ts->exc = exc;
        rc = gen_throw_current(ts, gen, &r);
    }
    if (rc < 0)
        return VNULL;
    return rc == 0 ? r : stop_iteration(ts, r);
}

static Value
gen_close_method(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value gen = args[0];
    GenObj *g = gen_as(gen);
    if (gen_check_runnable(ts, g) < 0)
        return VNULL;
    if (!g->started || g->finished) {
        g->finished = 1;
        g->nsaved = 0;
        return V_NONE;
    }
    Value exc = obj_call0(ts, val_from_obj(&GeneratorExitType));
    if (!exc)
        return VNULL;
    Value sub = gen_delegate(g);
    Value r;
    int rc;
    if (sub) {
        rc = gen_throw_delegating(ts, gen, sub, exc, &r);
    } else {
        ts->exc = exc;
        rc = gen_throw_current(ts, gen, &r);
    }
    if (rc == 0)
        return exc_raise(ts, &RuntimeErrorType, "generator ignored GeneratorExit");
    if (rc < 0) {
        if (exc_matches(ts, &GeneratorExitType) || exc_matches(ts, &StopIterationType)) {
            exc_clear(ts);
            return V_NONE;
        }
        return VNULL;
    }
    return V_NONE;
}

static Value
gen_repr(ThreadState *ts, Value v)
{
    GenObj *g = gen_as(v);
    return str_from_fmt(ts, "<generator object %s at %p>", str_cstr(g->qualname), (void *)g);
}

static Value
gi_running_get(ThreadState *ts, Value v)
{
    return val_bool(gen_as(v)->running);
}
static Value
gi_name_get(ThreadState *ts, Value v)
{
    return gen_as(v)->name;
}
static Value
gi_qualname_get(ThreadState *ts, Value v)
{
    return gen_as(v)->qualname;
}
static Value
gi_code_get(ThreadState *ts, Value v)
{
    return gen_as(v)->code;
}
static Value
gi_frame_get(ThreadState *ts, Value v)
{
    return V_NONE;
}
static Value
gi_suspended_get(ThreadState *ts, Value v)
{
    GenObj *g = gen_as(v);
    return val_bool(g->started && !g->finished && !g->running);
}

static const GetSetDef gen_getsets[] = {
    {"gi_running", gi_running_get, NULL},
    {"gi_code", gi_code_get, NULL},
    {"gi_frame", gi_frame_get, NULL},
    {"gi_suspended", gi_suspended_get, NULL},
    {"__name__", gi_name_get, NULL},
    {"__qualname__", gi_qualname_get, NULL},
    {NULL},
};

static const MethodDef gen_methods[] = {
    {"send", gen_send_method, 0},
    {"throw", gen_throw_method, 0},
    {"close", gen_close_method, 0},
    {"__next__", gen_next_method, 0},
    {"__iter__", gen_iter_method, 0},
    {NULL},
};

Type GeneratorType = {
    .name = "generator",
    .basicsize = sizeof(GenObj),
    .mark = gen_mark,
    .finalize = gen_finalize,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};
