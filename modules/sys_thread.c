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

/* The default hook: CPython's "Exception ignored in: OBJ" report. */
static int
write_unraisable_default(ThreadState *ts, Value args)
{
    Value type = field(ts, args, "exc_type");
    Value value = type ? field(ts, args, "exc_value") : VNULL;
    Value msg = value ? field(ts, args, "err_msg") : VNULL;
    Value obj = msg ? field(ts, args, "object") : VNULL;
    if (!obj)
        return -1;
    Value err = sys_get(ts, "stderr");
    if (!err || err == V_NONE)
        return 0;
    ts_push_root(ts, value);
    int rc = 0;
    if (obj != V_NONE) {
        Value r = obj_repr(ts, obj);
        if (!r) {
            exc_clear(ts);
            r = str_from_cstr(ts, "<object repr() failed>");
        }
        const char *m = msg != V_NONE && str_check(msg) ? str_cstr(msg) : "Exception ignored in";
        Value line = r ? str_from_fmt(ts, "%s: %s\n", m, str_cstr(r)) : VNULL;
        rc = line ? file_write_cstr(ts, err, str_cstr(line)) : -1;
    } else if (msg != V_NONE && str_check(msg)) {
        Value line = str_from_fmt(ts, "%s:\n", str_cstr(msg));
        rc = line ? file_write_cstr(ts, err, str_cstr(line)) : -1;
    }
    if (rc == 0 && value != V_NONE && val_isinstance(value, &BaseExceptionType))
        exc_print(ts, value, err);
    else if (rc == 0 && type != V_NONE && val_is(type, &TypeType)) {
        Value line = str_from_fmt(ts, "%s\n", ((Type *)val_as_obj(type))->name);
        rc = line ? file_write_cstr(ts, err, str_cstr(line)) : -1;
    }
    if (rc == 0) {
        Value r = obj_call_method(ts, err, "flush", NULL, 0);
        if (!r)
            exc_clear(ts);
    }
    ts_pop_roots(ts, 1);
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

/* {ident: None-or-frame-like} for every thread: gilpy has no frame objects
 * yet, so the value is the name of the function the thread is running. */
static Value
sys_current_frames(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    Value d = dict_new(ts);
    if (!d)
        return VNULL;
    for (ThreadState *t = ts->interp->threads; t; t = t->next) {
        Value k = int_from_u64(ts, t->ident);
        if (!k || dict_set(ts, d, k, V_NONE) < 0)
            return VNULL;
    }
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

static Value
sys_settrace(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "settrace", nargs, 1, 1) < 0)
        return VNULL;
    return hook_slot_set(ts, " trace", args[0]) < 0 ? VNULL : V_NONE;
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
    return hook_slot_set(ts, " profile", args[0]) < 0 ? VNULL : V_NONE;
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
