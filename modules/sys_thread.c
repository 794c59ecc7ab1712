/* modules/sys_thread.c: the thread-related parts of sys.
 * SPDX-License-Identifier: MIT
 *
 * sys.unraisablehook / __unraisablehook__ / UnraisableHookArgs,
 * setswitchinterval / getswitchinterval (kept in the GIL, in microseconds),
 * _is_gil_enabled, _current_frames, settrace / gettrace / setprofile /
 * getprofile.  Kept apart from sys.c so the threading work does not collide
 * with the rest of sys; sys.c calls sys_thread_install() while it builds sys.
 *
 * Trace and profile functions are per thread; they live in the thread's
 * thread_dict (the same per-thread dict _thread._local uses) under private
 * str keys, so they die with the thread and the collector sees them.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/exc.h"
#include "../runtime/float.h"
#include "../runtime/func.h"
#include "../runtime/int.h"
#include "../runtime/str.h"
#include "../runtime/tstate.h"
#include "../runtime/tuple.h"
#include "modules.h"
#include "../interp/opcodes.h"
#include "thread_mod.h"

/* ---- UnraisableHookArgs ---- */

typedef struct HookArgsObj {
    Obj base;
    Value dict;
} HookArgsObj;

static const char *const hook_fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg",
                                          "object"};

static void
hookargs_mark(GC *gc, Obj *o)
{
    gc_mark(gc, ((HookArgsObj *)o)->dict);
}

static Value hookargs_make(ThreadState *ts, Type *t, const Value *vals);

static Value
hookargs_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (nargs != 1 || kwnames)
        return exc_raise(ts, &TypeErrorType, "UnraisableHookArgs() takes exactly one argument");
    Value seq = tuple_from_iterable(ts, args[0]);
    if (!seq)
        return VNULL;
    if (tuple_as(seq)->len != 5)
        return exc_raise(ts, &TypeErrorType,
                         "sys.UnraisableHookArgs() takes a 5-sequence (%lld-sequence given)",
                         (long long)tuple_as(seq)->len);
    return hookargs_make(ts, t, tuple_as(seq)->items);
}

static Value
hookargs_repr(ThreadState *ts, Value self)
{
    Value parts[5];
    for (int i = 0; i < 5; i++) {
        Value v = dict_get_cstr(ts, *obj_dict_slot(self), hook_fields[i]);
        parts[i] = obj_repr(ts, v ? v : V_NONE);
        if (!parts[i])
            return VNULL;
    }
    return str_from_fmt(ts,
                        "UnraisableHookArgs(exc_type=%s, exc_value=%s, exc_traceback=%s, "
                        "err_msg=%s, object=%s)",
                        str_cstr(parts[0]), str_cstr(parts[1]), str_cstr(parts[2]),
                        str_cstr(parts[3]), str_cstr(parts[4]));
}

static Type UnraisableHookArgsType = {
    .name = "UnraisableHookArgs",
    .basicsize = sizeof(HookArgsObj),
    .dict_offset = offsetof(HookArgsObj, dict),
    .mark = hookargs_mark,
    .new_ = hookargs_new,
    .repr = hookargs_repr,
};

static Value
hookargs_make(ThreadState *ts, Type *t, const Value *vals)
{
    HookArgsObj *o = gc_alloc(ts, t, t->basicsize);
    if (!o)
        return VNULL;
    Value self = val_from_obj(o);
    if (!(o->dict = dict_new(ts)))
        return VNULL;
    for (int i = 0; i < 5; i++)
        if (dict_set_cstr(ts, o->dict, hook_fields[i], vals[i] ? vals[i] : V_NONE) < 0)
            return VNULL;
    return self;
}

static Value
field(ThreadState *ts, Value args, const char *name)
{
    Value v = obj_getattr(ts, args, str_as(str_from_cstr(ts, name)));
    return v;
}

/* Write a C string to err; -1 (exception set) on failure. */
static int
put(ThreadState *ts, Value err, const char *s)
{
    return file_write_cstr(ts, err, s);
}

/* Write str(v) (or repr(v)) to err, or `fallback` if that conversion fails. */
static int
put_obj(ThreadState *ts, Value err, Value v, bool use_repr, const char *fallback)
{
    Value r = use_repr ? obj_repr(ts, v) : obj_str(ts, v);
    if (!r || !str_check(r)) {
        exc_clear(ts);
        return put(ts, err, fallback);
    }
    return put(ts, err, str_cstr(r));
}

/* "module.Qualname" of an exception class, module omitted for builtins and
 * __main__, "<unknown>" parts when the attributes are missing. */
static int
put_type_name(ThreadState *ts, Value err, Value type)
{
    Value mod = obj_getattr(ts, type, NAME(ts, __module__));
    if (!mod || !str_check(mod)) {
        exc_clear(ts);
        if (put(ts, err, "<unknown>") < 0)
            return -1;
    } else if (strcmp(str_cstr(mod), "builtins") && strcmp(str_cstr(mod), "__main__")) {
        if (put(ts, err, str_cstr(mod)) < 0 || put(ts, err, ".") < 0)
            return -1;
    }
    Value qn = obj_getattr(ts, type, NAME(ts, __qualname__));
    if (!qn || !str_check(qn)) {
        exc_clear(ts);
        return put(ts, err, "<unknown>");
    }
    return put(ts, err, str_cstr(qn));
}

/* The default hook, laid out as CPython's write_unraisable_exc_file: a
 * header naming err_msg and the object, the traceback entries only (no
 * chained exceptions), then "Type: str(value)" -- the ": " is written even
 * when str(value) is empty, unlike an ordinary traceback. */
static int
write_unraisable_default(ThreadState *ts, Value args)
{
    Value type = field(ts, args, "exc_type");
    Value value = type ? field(ts, args, "exc_value") : VNULL;
    Value tb = value ? field(ts, args, "exc_traceback") : VNULL;
    Value msg = tb ? field(ts, args, "err_msg") : VNULL;
    Value obj = msg ? field(ts, args, "object") : VNULL;
    if (!obj)
        return -1;
    Value err = sys_get(ts, "stderr");
    if (!err || err == V_NONE)
        return 0;
    Value roots[5] = {type, value, tb, msg, obj};
    for (int i = 0; i < 5; i++)
        ts_push_root(ts, roots[i]);
    bool has_msg = msg != V_NONE && str_check(msg);
    int rc = 0;
    if (obj != V_NONE) {
        rc = put(ts, err, has_msg ? str_cstr(msg) : "Exception ignored in");
        if (rc == 0)
            rc = put(ts, err, ": ");
        if (rc == 0)
            rc = put_obj(ts, err, obj, true, "<object repr() failed>");
        if (rc == 0)
            rc = put(ts, err, "\n");
    } else if (has_msg) {
        rc = put(ts, err, str_cstr(msg));
        if (rc == 0)
            rc = put(ts, err, ":\n");
    }
    if (rc == 0 && tb != V_NONE && val_is(tb, &TracebackType)) {
        tb_print(ts, tb, err);
        exc_clear(ts);
    }
    if (rc == 0 && type != V_NONE) {
        rc = put_type_name(ts, err, type);
        if (rc == 0 && value != V_NONE) {
            rc = put(ts, err, ": ");
            if (rc == 0)
                rc = put_obj(ts, err, value, false, "<exception str() failed>");
        }
        if (rc == 0)
            rc = put(ts, err, "\n");
    }
    if (rc == 0) {
        Value r = obj_call_method(ts, err, "flush", NULL, 0);
        if (!r)
            exc_clear(ts);
    }
    ts_pop_roots(ts, 5);
    return rc;
}

static Value
sys_unraisablehook(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "unraisablehook", kwnames) < 0 ||
        arg_check_count(ts, "unraisablehook", nargs, 1, 1) < 0)
        return VNULL;
    if (!val_is(args[0], &UnraisableHookArgsType))
        return exc_raise(ts, &TypeErrorType, "sys.unraisablehook argument type must be "
                                             "UnraisableHookArgs");
    return write_unraisable_default(ts, args[0]) < 0 ? VNULL : V_NONE;
}

void
sys_write_unraisable(ThreadState *ts, Value exc, const char *err_msg, Value obj)
{
    ts_push_root(ts, exc);
    ts_push_root(ts, obj);
    Value vals[5] = {val_from_obj(val_type(exc)), exc,
                     exc_as(exc)->traceback ? exc_as(exc)->traceback : V_NONE,
                     err_msg ? str_from_cstr(ts, err_msg) : V_NONE, obj ? obj : V_NONE};
    Value args = vals[3] ? hookargs_make(ts, &UnraisableHookArgsType, vals) : VNULL;
    Value hook = sys_get(ts, "unraisablehook");
    if (args && hook && hook != V_NONE) {
        ts_push_root(ts, args);
        Value r = obj_call(ts, hook, &args, 1, VNULL);
        if (!r) {
            /* The hook failed: report that failure with the default hook. */
            Value e2 = exc_fetch(ts);
            Value v2[5] = {val_from_obj(val_type(e2)), e2,
                           exc_as(e2)->traceback ? exc_as(e2)->traceback : V_NONE,
                           str_from_cstr(ts, "Exception ignored in sys.unraisablehook"), hook};
            Value a2 = v2[3] ? hookargs_make(ts, &UnraisableHookArgsType, v2) : VNULL;
            if (a2)
                write_unraisable_default(ts, a2);
        }
        ts_pop_roots(ts, 1);
    } else if (args) {
        write_unraisable_default(ts, args);
    }
    exc_clear(ts);
    ts_pop_roots(ts, 2);
}

/* ---- switch interval ---- */

static Value
sys_setswitchinterval(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "setswitchinterval", kwnames) < 0 ||
        arg_check_count(ts, "setswitchinterval", nargs, 1, 1) < 0)
        return VNULL;
    double d;
    if (!float_check(args[0]) && !int_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "must be real number, not %s",
                         obj_type_name(args[0]));
    if (float_coerce(ts, args[0], &d) < 0)
        return VNULL;
    if (!(d > 0.0))
        return exc_raise(ts, &ValueErrorType, "switch interval must be strictly positive");
    double us = d * 1e6;
    if (us > 9e15)
        us = 9e15;
    long v = (long)us;
    if (v < 1)
        v = 1;
    atomic_store(&ts->interp->gil->interval_us, v);
    return V_NONE;
}

static Value
sys_getswitchinterval(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "getswitchinterval", nargs, 0, 0) < 0)
        return VNULL;
    return float_new(ts, (double)atomic_load(&ts->interp->gil->interval_us) / 1e6);
}

static Value
sys_is_gil_enabled(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return V_TRUE;
}

static Value sys_frame_snapshot_v(ThreadState *ts, Frame *f);

/* {ident: frame} for every thread running Python code.  The other threads
 * are stopped at a safe point (they do not hold the GIL), so their frames'
 * saved ip/sp are valid. */
static Value
sys_current_frames(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value d = dict_new(ts);
    if (!d)
        return VNULL;
    ts_push_root(ts, d);
    for (ThreadState *t = ts->interp->threads; t; t = t->next) {
        if (!t->frame)
            continue;
        Value fr = sys_frame_snapshot_v(ts, t->frame);
        Value k = fr ? int_from_u64(ts, t->ident) : VNULL;
        if (!k || dict_set(ts, d, k, fr) < 0) {
            ts_pop_roots(ts, 1);
            return VNULL;
        }
    }
    ts_pop_roots(ts, 1);
    return d;
}

/* ---- frame objects ----
 * gilpy's frames live in a per-thread array and are reused, so Python code
 * gets a snapshot: f_code, f_globals, f_locals (module/class bodies), f_lineno
 * as they were when the snapshot was taken, and f_back (a snapshot too). */

typedef struct FrameSnapObj {
    Obj base;
    Value code, globals, locals, back;
    int lineno;
} FrameSnapObj;

static void
framesnap_mark(GC *gc, Obj *o)
{
    FrameSnapObj *f = (FrameSnapObj *)o;
    gc_mark(gc, f->code);
    gc_mark(gc, f->globals);
    gc_mark(gc, f->locals);
    gc_mark(gc, f->back);
}

#define FS(v) ((FrameSnapObj *)val_as_obj(v))
static Value fs_code(ThreadState *ts, Value v) { return FS(v)->code; }
static Value fs_globals(ThreadState *ts, Value v) { return FS(v)->globals; }
static Value fs_back(ThreadState *ts, Value v) { return FS(v)->back ? FS(v)->back : V_NONE; }
static Value fs_lineno(ThreadState *ts, Value v) { return val_from_int(FS(v)->lineno); }
static Value
fs_locals(ThreadState *ts, Value v)
{
    if (FS(v)->locals)
        return FS(v)->locals;
    Value d = dict_new(ts);
    return d;
}
static Value fs_builtins(ThreadState *ts, Value v) { return ts->interp->builtins; }

static const GetSetDef framesnap_getsets[] = {
    {"f_code", fs_code, NULL},       {"f_globals", fs_globals, NULL},
    {"f_back", fs_back, NULL},       {"f_lineno", fs_lineno, NULL},
    {"f_locals", fs_locals, NULL},   {"f_builtins", fs_builtins, NULL},
    {NULL, NULL, NULL},
};

static Value
framesnap_repr(ThreadState *ts, Value self)
{
    CodeObj *co = (CodeObj *)val_as_obj(FS(self)->code);
    return str_from_fmt(ts, "<frame at %p, file '%s', line %d, code %s>", (void *)val_as_obj(self),
                        str_cstr(co->filename), FS(self)->lineno, str_cstr(co->name));
}

static Type FrameSnapType = {
    .name = "frame",
    .basicsize = sizeof(FrameSnapObj),
    .mark = framesnap_mark,
    .repr = framesnap_repr,
    .getsets = framesnap_getsets,
};

static Value
snapshot_one(ThreadState *ts, Frame *f)
{
    FrameSnapObj *o = gc_alloc(ts, &FrameSnapType, sizeof(FrameSnapObj));
    if (!o)
        return VNULL;
    o->code = val_from_obj(f->code);
    o->globals = f->globals;
    o->locals = f->locals;
    int lasti = f->ip ? (int)(f->ip - f->code->code) - 1 : 0;
    o->lineno = code_line_of(f->code, lasti < 0 ? 0 : lasti);
    return val_from_obj(o);
}

Value
sys_frame_snapshot(ThreadState *ts, Frame *f)
{
    Value first = VNULL, prev = VNULL;
    for (; f; f = f->prev) {
        Value s = snapshot_one(ts, f);
        if (!s)
            return VNULL;
        if (!first) {
            first = s;
            ts_push_root(ts, first);
        } else {
            FS(prev)->back = s;
        }
        prev = s;
    }
    if (first)
        ts_pop_roots(ts, 1);
    return first ? first : V_NONE;
}

static Value
sys_frame_snapshot_v(ThreadState *ts, Frame *f)
{
    return sys_frame_snapshot(ts, f);
}

static Value
sys_getframe(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "_getframe", kwnames) < 0 ||
        arg_check_count(ts, "_getframe", nargs, 0, 1) < 0)
        return VNULL;
    int64_t depth = 0;
    if (nargs == 1) {
        if (!int_check(args[0]))
            return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(args[0]));
        int ovf = 0;
        depth = int_as_i64(ts, args[0], &ovf);
        if (ovf)
            return VNULL;
    }
    Frame *f = ts->frame;
    while (depth > 0 && f) {
        f = f->prev;
        depth--;
    }
    if (!f)
        return exc_raise(ts, &ValueErrorType, "call stack is not deep enough");
    return sys_frame_snapshot(ts, f);
}

/* ---- settrace / setprofile: per-thread, in thread_dict ---- */

static int
hook_slot_set(ThreadState *ts, const char *key, Value f)
{
    if (!ts->thread_dict && !(ts->thread_dict = dict_new(ts)))
        return -1;
    Value k = str_from_cstr(ts, key);
    if (!k)
        return -1;
    if (f == V_NONE) {
        Value old;
        int found = dict_lookup(ts, ts->thread_dict, k, &old);
        if (found < 0)
            return -1;
        return found ? dict_del(ts, ts->thread_dict, k) : 0;
    }
    return dict_set(ts, ts->thread_dict, k, f);
}

static Value
hook_slot_get(ThreadState *ts, const char *key)
{
    if (!ts->thread_dict)
        return V_NONE;
    Value v = dict_get_cstr(ts, ts->thread_dict, key);
    return v ? v : V_NONE;
}

/* ---- tracing ----
 * Zero cost when off.  While a thread has a trace or profile function its
 * breaker keeps BREAK_CALLS, so every call goes through the VM's slow path,
 * which calls sys_trace_prepare_call: the callee function gets a traced copy
 * of its code object, where the first instruction, each first instruction
 * of a line and each RETURN_VALUE is replaced by TRACE; the copy keeps the
 * original words after its ncode instructions.  TRACE reports the event
 * (call / line / return) if the running thread traces, then executes the
 * original instruction.  Other threads running the copy only pay one extra
 * dispatch per line.  Copies are cached per original code object in a
 * rooted dict (id(code) -> copy). */

static Value trace_clones = VNULL;

static Value
code_key(ThreadState *ts, CodeObj *co)
{
    return int_from_u64(ts, (uint64_t)(uintptr_t)co);
}

static Value
traced_clone(ThreadState *ts, Value code)
{
    CodeObj *co = (CodeObj *)val_as_obj(code);
    if (!trace_clones) {
        if (!(trace_clones = dict_new(ts)))
            return VNULL;
        gc_add_root(ts, &trace_clones);
    }
    Value key = code_key(ts, co);
    if (!key)
        return VNULL;
    Value c;
    int found = dict_lookup(ts, trace_clones, key, &c);
    if (found)
        return found < 0 ? VNULL : c;
    CodeObj *cl = gc_alloc(ts, &CodeType, sizeof(CodeObj));
    if (!cl)
        return VNULL;
    memcpy((char *)cl + sizeof(Obj), (char *)co + sizeof(Obj), sizeof(CodeObj) - sizeof(Obj));
    cl->code = NULL;
    cl->positions = NULL;
    cl->exctab = NULL;
    cl->cache = NULL;
    size_t n = (size_t)co->ncode;
    cl->code = malloc(sizeof(uint32_t) * 2 * (n ? n : 1));
    cl->positions = co->positions ? malloc(sizeof(CodePos) * (n ? n : 1)) : NULL;
    cl->exctab = co->nexctab ? malloc(sizeof(ExcTableEntry) * (size_t)co->nexctab) : NULL;
    if (!cl->code || (co->positions && !cl->positions) || (co->nexctab && !cl->exctab))
        return exc_no_memory(ts);
    memcpy(cl->code, co->code, sizeof(uint32_t) * n);
    memcpy(cl->code + n, co->code, sizeof(uint32_t) * n);
    if (co->positions)
        memcpy(cl->positions, co->positions, sizeof(CodePos) * n);
    if (co->nexctab)
        memcpy(cl->exctab, co->exctab, sizeof(ExcTableEntry) * (size_t)co->nexctab);
    int prev = -1;
    for (size_t i = 0; i < n; i++) {
        int line = code_line_of(co, (int)i);
        uint32_t op = co->code[i] & 0xff;
        if (i == 0 || line != prev || op == OP_RETURN_VALUE || op == OP_YIELD_VALUE ||
            (co->code[i - 1] & 0xff) == OP_YIELD_VALUE)
            cl->code[i] = OP_TRACE;
        prev = line;
    }
    Value clone = val_from_obj(cl);
    ts_push_root(ts, clone);
    Value ck = code_key(ts, cl);
    int rc = ck ? dict_set(ts, trace_clones, key, clone) : -1;
    if (rc == 0)
        rc = dict_set(ts, trace_clones, ck, clone);
    ts_pop_roots(ts, 1);
    return rc < 0 ? VNULL : clone;
}

int
sys_trace_prepare_call(ThreadState *ts, Value callable)
{
    if (val_is(callable, &MethodType))
        callable = ((MethodObj *)val_as_obj(callable))->func;
    if (!val_is(callable, &FunctionType))
        return 0;
    FuncObj *fn = (FuncObj *)val_as_obj(callable);
    CodeObj *co = (CodeObj *)val_as_obj(fn->code);
    if (co->ncode > 0 && (co->code[0] & 0xff) == OP_TRACE)
        return 0; /* already a traced copy */
    Value clone = traced_clone(ts, fn->code);
    if (!clone)
        return -1;
    fn->code = clone;
    fn->version++;
    return 0;
}

static Value hook_slot_get(ThreadState *ts, const char *key);
static int hook_slot_set(ThreadState *ts, const char *key, Value f);

static void
update_tracing_flag(ThreadState *ts)
{
    if (hook_slot_get(ts, " trace") != V_NONE || hook_slot_get(ts, " profile") != V_NONE)
        atomic_fetch_or(&ts->breaker, BREAK_CALLS);
    else
        atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_CALLS);
}

/* Call hook(frame, event, arg) with tracing off in this thread; the result. */
static Value
call_hook(ThreadState *ts, Value hook, Value frame, const char *event, Value arg)
{
    Value ev = str_from_cstr(ts, event);
    if (!ev)
        return VNULL;
    Value args[3] = {frame, ev, arg};
    atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_CALLS);
    ts_push_root(ts, hook);
    Value r = obj_call(ts, hook, args, 3, VNULL);
    ts_pop_roots(ts, 1);
    update_tracing_flag(ts);
    return r;
}

static Value
frame_key(ThreadState *ts, Frame *f)
{
    return int_from_u64(ts, (uint64_t)(uintptr_t)f);
}

int
sys_trace_instruction(ThreadState *ts, Frame *f, uint32_t *w)
{
    CodeObj *co = f->code;
    int idx = (int)(f->ip - co->code) - 1;
    uint32_t orig = co->code[co->ncode + idx];
    *w = orig;
    if (!(atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BREAK_CALLS))
        return 0;
    Value prof = hook_slot_get(ts, " profile");
    Value trace = hook_slot_get(ts, " trace");
    Value frame = snapshot_one(ts, f);
    if (!frame)
        return -1;
    ts_push_root(ts, frame);
    int rc = 0;
    Value locals = VNULL;
    if (!ts->thread_dict || !(locals = dict_get_cstr(ts, ts->thread_dict, " ftrace"))) {
        if (!(locals = dict_new(ts)) || hook_slot_set(ts, " ftrace", locals) < 0) {
            ts_pop_roots(ts, 1);
            return -1;
        }
    }
    ts_push_root(ts, locals);
    Value fk = frame_key(ts, f);
    if (!fk)
        rc = -1;
    /* A call event on entry, and when a generator resumes after a yield. */
    bool resumed = idx > 0 && (co->code[co->ncode + idx - 1] & 0xff) == OP_YIELD_VALUE;
    bool is_call = idx == 0 || resumed;
    if (rc == 0 && is_call) {
        /* The call event's frame is at the def line (entry) or the yield. */
        Value cframe = snapshot_one(ts, f);
        if (!cframe) {
            ts_pop_roots(ts, 2);
            return -1;
        }
        FS(cframe)->lineno = resumed ? code_line_of(co, idx - 1) : co->firstlineno;
        frame = cframe;
        ts->roots[ts->nroots - 2] = frame;
        if (prof != V_NONE && !call_hook(ts, prof, frame, "call", V_NONE))
            rc = -1;
        if (rc == 0 && trace != V_NONE) {
            Value local = call_hook(ts, trace, frame, "call", V_NONE);
            if (!local)
                rc = -1;
            else if (local != V_NONE)
                rc = dict_set(ts, locals, fk, local);
            else {
                Value old;
                if (dict_lookup(ts, locals, fk, &old) > 0)
                    rc = dict_del(ts, locals, fk);
            }
        }
    }
    Value local = VNULL;
    if (rc == 0 && dict_lookup(ts, locals, fk, &local) < 0)
        rc = -1;
    if (rc == 0 && is_call) {
        /* Line and return events get a frame at the current line. */
        if (!(frame = snapshot_one(ts, f)))
            rc = -1;
        else
            ts->roots[ts->nroots - 2] = frame;
    }
    int line = code_line_of(co, idx);
    bool line_start = idx == 0 || code_line_of(co, idx - 1) != line;
    if (rc == 0 && local && trace != V_NONE && line_start) {
        Value r = call_hook(ts, local, frame, "line", V_NONE);
        if (!r)
            rc = -1;
        else if (r != local && dict_set(ts, locals, fk, r == V_NONE ? local : r) < 0)
            rc = -1;
    }
    if (rc == 0 && ((orig & 0xff) == OP_RETURN_VALUE || (orig & 0xff) == OP_YIELD_VALUE)) {
        Value v = f->sp[-1];
        Value cur = VNULL;
        if (dict_lookup(ts, locals, fk, &cur) < 0)
            rc = -1;
        if (rc == 0 && cur && trace != V_NONE && !call_hook(ts, cur, frame, "return", v))
            rc = -1;
        if (rc == 0 && prof != V_NONE && !call_hook(ts, prof, frame, "return", v))
            rc = -1;
        if (rc == 0 && cur)
            rc = dict_del(ts, locals, fk);
    }
    ts_pop_roots(ts, 2);
    return rc;
}

void
sys_trace_exception(ThreadState *ts, Frame *f, int leaving)
{
    CodeObj *co = f->code;
    if (co->ncode <= 0 || (co->code[0] & 0xff) != OP_TRACE || !ts->thread_dict)
        return; /* not a traced copy */
    Value locals = dict_get_cstr(ts, ts->thread_dict, " ftrace");
    Value prof = hook_slot_get(ts, " profile");
    Value exc = exc_fetch(ts);
    ts_push_root(ts, exc);
    Value fk = frame_key(ts, f);
    Value local = VNULL;
    if (fk && locals && dict_lookup(ts, locals, fk, &local) < 0)
        local = VNULL;
    if (!fk)
        goto done;
    if (!local && (!leaving || prof == V_NONE))
        goto done;
    Value frame = snapshot_one(ts, f);
    if (!frame)
        goto done;
    ts_push_root(ts, frame);
    Value r = V_NONE;
    if (!leaving) {
        Value tb = exc_as(exc)->traceback ? exc_as(exc)->traceback : V_NONE;
        Value arg = tuple_pack(ts, 3, val_from_obj(val_type(exc)), exc, tb);
        r = arg ? call_hook(ts, local, frame, "exception", arg) : VNULL;
        if (r && r != V_NONE && r != local)
            dict_set(ts, locals, fk, r);
    } else {
        if (local)
            r = call_hook(ts, local, frame, "return", V_NONE);
        if (r && prof != V_NONE)
            r = call_hook(ts, prof, frame, "return", V_NONE);
        if (locals && local)
            dict_del(ts, locals, fk);
    }
    ts_pop_roots(ts, 1);
    if (!r) {
        ts_pop_roots(ts, 1);
        return; /* the hook's exception replaces the original */
    }
done:
    exc_clear(ts);
    ts->exc = exc;
    ts_pop_roots(ts, 1);
}

static Value
sys_settrace(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "settrace", nargs, 1, 1) < 0)
        return VNULL;
    if (hook_slot_set(ts, " trace", args[0]) < 0)
        return VNULL;
    update_tracing_flag(ts);
    return V_NONE;
}

static Value
sys_gettrace(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return hook_slot_get(ts, " trace");
}

static Value
sys_setprofile(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "setprofile", nargs, 1, 1) < 0)
        return VNULL;
    if (hook_slot_set(ts, " profile", args[0]) < 0)
        return VNULL;
    update_tracing_flag(ts);
    return V_NONE;
}

static Value
sys_getprofile(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return hook_slot_get(ts, " profile");
}

static const MethodDef sys_thread_functions[] = {
    {"unraisablehook", sys_unraisablehook, 0},
    {"_getframe", sys_getframe, 0},
    {"setswitchinterval", sys_setswitchinterval, 0},
    {"getswitchinterval", sys_getswitchinterval, 0},
    {"_is_gil_enabled", sys_is_gil_enabled, 0},
    {"_current_frames", sys_current_frames, 0},
    {"settrace", sys_settrace, 0},
    {"gettrace", sys_gettrace, 0},
    {"setprofile", sys_setprofile, 0},
    {"getprofile", sys_getprofile, 0},
    {NULL, NULL, 0},
};

int
sys_thread_install(ThreadState *ts, Value d)
{
    type_ready(ts, &UnraisableHookArgsType);
    type_ready(ts, &FrameSnapType);
    for (const MethodDef *m = sys_thread_functions; m->name; m++) {
        Value f = builtin_new(ts, m, VNULL, NULL);
        if (!f || dict_set_cstr(ts, d, m->name, f) < 0)
            return -1;
        if (!strcmp(m->name, "unraisablehook") && dict_set_cstr(ts, d, "__unraisablehook__", f) < 0)
            return -1;
    }
    Value mn = str_from_cstr(ts, "sys");
    if (!mn)
        return -1;
    /* CPython 3.11 does not expose the type as sys.UnraisableHookArgs. */
    return dict_set_cstr(ts, UnraisableHookArgsType.dict, "__module__", mn);
}
