/* modules/_thread.c: the _thread module: starting threads, idents, _local.
 * SPDX-License-Identifier: MIT
 *
 * A new thread's ThreadState is made by the parent while it holds the GIL,
 * and the function and its arguments are kept in the new state's roots, so
 * the collector sees them before the child first runs.  The child takes the
 * GIL before running any bytecode and gives its state back with the GIL
 * held; only the memory is freed after the GIL is dropped.
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/dict.h"
#include "../runtime/float.h"
#include "../runtime/exc.h"
#include "../runtime/int.h"
#include "../runtime/signals.h"
#include "../runtime/str.h"
#include "../runtime/tstate.h"
#include "../runtime/tuple.h"
#include "modules.h"
#include "thread_mod.h"

#define MIN_STACK_SIZE 32768

/* ---- running a thread ---- */

/* Call func(*args, **kwargs) with the vector-call convention. */
static Value
call_with_tuple_dict(ThreadState *ts, Value func, Value args, Value kwargs)
{
    int64_t npos = tuple_as(args)->len;
    int64_t nkw = kwargs ? dict_as(kwargs)->used : 0;
    if (!nkw)
        return obj_call(ts, func, tuple_as(args)->items, (int)npos, VNULL);
    Value names = tuple_new(ts, nkw);
    Value *vec = malloc(sizeof(Value) * (size_t)(npos + nkw));
    if (!names || !vec) {
        free(vec);
        return names ? exc_no_memory(ts) : VNULL;
    }
    memcpy(vec, tuple_as(args)->items, sizeof(Value) * (size_t)npos);
    Value k, v;
    int64_t i = 0;
    for (int64_t pos = 0; dict_next(kwargs, &pos, &k, &v); i++) {
        tuple_as(names)->items[i] = k;
        vec[npos + i] = v;
    }
    ts_push_root(ts, names);
    Value r = obj_call(ts, func, vec, (int)npos, names);
    ts_pop_roots(ts, 1);
    free(vec);
    return r;
}

static void *
thread_main(void *arg)
{
    ThreadState *ts = arg;
    if (gil_take(ts) < 0)
        return NULL; /* the interpreter is finalizing: never run Python again */
    ts_bind_os_thread(ts); /* with the GIL: others read idents under it */
    Value func = ts->roots[0];
    Value r = call_with_tuple_dict(ts, func, ts->roots[1], ts->roots[2]);
    if (!r) {
        Value exc = exc_fetch(ts);
        if (!val_isinstance(exc, &SystemExitType))
            sys_write_unraisable(ts, exc, "Exception ignored in thread started by", func);
    }
    ts->nroots = 0;
    ts->interp->nthreads--;
    ts_unlink(ts);
    ts_release_stacks(ts); /* with the GIL: the pool is the interpreter's */
    gil_drop(ts, 0);
    ts_free(ts);
    return NULL;
}

static Value
thread_start_new_thread(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "start_new_thread", kwnames) < 0 ||
        arg_check_count(ts, "start_new_thread", nargs, 2, 3) < 0)
        return VNULL;
    if (!obj_is_callable(args[0]))
        return exc_raise(ts, &TypeErrorType, "first arg must be callable");
    if (!tuple_check(args[1]))
        return exc_raise(ts, &TypeErrorType, "2nd arg must be a tuple");
    if (nargs == 3 && !dict_check(args[2]))
        return exc_raise(ts, &TypeErrorType, "optional 3rd arg must be a dictionary");
    InterpState *in = ts->interp;
    ThreadState *child = ts_new(in);
    if (!child)
        return exc_raise(ts, &RuntimeErrorType, "can't start new thread");
    child->roots[0] = args[0];
    child->roots[1] = args[1];
    child->roots[2] = nargs == 3 ? args[2] : VNULL;
    child->nroots = 3;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (in->thread_stack_size)
        pthread_attr_setstacksize(&attr, in->thread_stack_size);
    pthread_t tid;
    in->nthreads++;
    int rc = pthread_create(&tid, &attr, thread_main, child);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        in->nthreads--;
        ts_delete(child);
        return exc_raise(ts, &RuntimeErrorType, "can't start new thread");
    }
    return int_from_u64(ts, (uint64_t)tid);
}

static Value
thread_get_ident(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return int_from_u64(ts, ts->ident);
}

static Value
thread_get_native_id(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return int_from_i64(ts, ts->native_id);
}

static Value
thread_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_from_int(ts->interp->nthreads);
}

static Value
thread_allocate_lock(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return lock_alloc(ts, &LockType);
}

static Value
thread_exit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return exc_raise_arg(ts, &SystemExitType, VNULL);
}

static Value
thread_stack_size(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "stack_size", nargs, 0, 1) < 0)
        return VNULL;
    InterpState *in = ts->interp;
    size_t old = in->thread_stack_size;
    if (nargs == 1) {
        Value n = obj_index(ts, args[0]);
        if (!n)
            return VNULL;
        int ovf = 0;
        int64_t size = int_as_i64(ts, n, &ovf);
        if (ovf)
            return VNULL;
        if (size < 0)
            return exc_raise(ts, &ValueErrorType, "size must be 0 or a positive value");
        if (size != 0 && size < MIN_STACK_SIZE)
            return exc_raise(ts, &ValueErrorType, "size not valid: %lld bytes", (long long)size);
        if (size < 0)
            return exc_raise(ts, &ValueErrorType, "size must be 0 or a positive value");
        in->thread_stack_size = (size_t)size;
    } else {
        in->thread_stack_size = 0; /* as documented: no argument means 0 */
    }
    return int_from_u64(ts, old);
}

/* interrupt_main(signum=SIGINT): the main thread raises KeyboardInterrupt
 * at its next eval-breaker check, as if SIGINT had arrived. */
static Value
thread_interrupt_main(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "interrupt_main", kwnames) < 0 ||
        arg_check_count(ts, "interrupt_main", nargs, 0, 1) < 0)
        return VNULL;
    int64_t signum = SIGINT;
    if (nargs == 1) {
        int ovf = 0;
        if (!int_check(args[0]))
            return exc_raise(ts, &TypeErrorType, "an integer is required");
        signum = int_as_i64(ts, args[0], &ovf);
        if (ovf)
            return VNULL;
        if (signum < 1 || signum >= NSIG)
            return exc_raise(ts, &ValueErrorType, "signal number out of range");
    }
    /* Like CPython: only a Python-level handler is "simulated"; for SIG_IGN
     * and SIG_DFL nothing happens (no real signal is sent). */
    Value h = signals_get_handler(ts, (int)signum);
    if (int_check(h))
        return V_NONE;
    signals_trip(ts->interp, (int)signum);
    return V_NONE;
}

/* _print_exception(type, value, tb, file): the traceback report used by
 * threading's default excepthook (CPython's PyErr_Display). */
static Value
thread_print_exception(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_check_count(ts, "_print_exception", nargs, 4, 4) < 0)
        return VNULL;
    Value value = args[1], file = args[3];
    if (val_isinstance(value, &BaseExceptionType)) {
        exc_print(ts, value, file);
        return ts_has_exc(ts) ? VNULL : V_NONE;
    }
    /* CPython's PyErr_Display reports a non-exception value this way. */
    Value line = str_from_fmt(ts, "TypeError: print_exception(): Exception expected for value, "
                                  "%s found\n", obj_type_name(value));
    if (!line || file_write_cstr(ts, file, str_cstr(line)) < 0)
        return VNULL;
    return V_NONE;
}

/* ---- _local: one attribute dict per thread ----
 * The per-thread dicts live in each ThreadState's thread_dict, keyed by the
 * local object, so a thread's values go away with the thread.  Before each
 * attribute access the current thread's dict is put in the object's dict
 * slot (safe: only the GIL holder runs), then the generic lookup runs. */

typedef struct LocalObj {
    Obj base;
    Value dict;   /* the current thread's dict, swapped in per access */
    Value args;   /* tuple for a subclass __init__ in each new thread */
    Value kwargs; /* dict or VNULL */
} LocalObj;

static void
local_mark(GC *gc, Obj *o)
{
    LocalObj *l = (LocalObj *)o;
    gc_mark(gc, l->dict);
    gc_mark(gc, l->args);
    gc_mark(gc, l->kwargs);
}

static int
local_select(ThreadState *ts, Value self)
{
    LocalObj *l = (LocalObj *)val_as_obj(self);
    if (!ts->thread_dict && !(ts->thread_dict = dict_new(ts)))
        return -1;
    Value d;
    int found = dict_lookup(ts, ts->thread_dict, self, &d);
    if (found < 0)
        return -1;
    if (found) {
        l->dict = d;
        return 0;
    }
    if (!(d = dict_new(ts)) || dict_set(ts, ts->thread_dict, self, d) < 0)
        return -1;
    l->dict = d;
    Type *t = val_type(self);
    Value init = type_lookup(t, NAME(ts, __init__));
    if (t == &LocalType || !init || init == type_lookup(&ObjectType, NAME(ts, __init__)))
        return 0;
    Value bound = obj_getattr(ts, self, NAME(ts, __init__));
    if (!bound)
        return -1;
    Value r = call_with_tuple_dict(ts, bound, l->args, l->kwargs);
    l->dict = d;
    return r ? 0 : -1;
}

static Value
local_getattr(ThreadState *ts, Value self, StrObj *name)
{
    if (local_select(ts, self) < 0)
        return VNULL;
    return obj_generic_getattr(ts, self, name);
}

static int
local_setattr(ThreadState *ts, Value self, StrObj *name, Value v)
{
    if (local_select(ts, self) < 0)
        return -1;
    return obj_generic_setattr(ts, self, name, v);
}

static Value
local_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    /* As in CPython, arguments are refused unless some subclass defines an
     * __init__ to receive them in each thread. */
    if (nargs || kwnames) {
        Value init = type_lookup(t, NAME(ts, __init__));
        if (t == &LocalType || !init || init == type_lookup(&LocalType, NAME(ts, __init__)) ||
            init == type_lookup(&ObjectType, NAME(ts, __init__)))
            return exc_raise(ts, &TypeErrorType, "Initialization arguments are not supported");
    }
    LocalObj *l = gc_alloc(ts, t, t->basicsize);
    if (!l)
        return VNULL;
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    l->args = tuple_from_array(ts, args, nargs);
    if (!l->args)
        return VNULL;
    if (nkw) {
        if (!(l->kwargs = dict_new(ts)))
            return VNULL;
        for (int i = 0; i < nkw; i++)
            if (dict_set(ts, l->kwargs, tuple_as(kwnames)->items[i], args[nargs + i]) < 0)
                return VNULL;
    }
    /* The creating thread's dict is made now, without calling __init__:
     * the class call runs __init__ itself (as in CPython). */
    Value self = val_from_obj(l);
    if (!ts->thread_dict && !(ts->thread_dict = dict_new(ts)))
        return VNULL;
    Value d = dict_new(ts);
    if (!d || dict_set(ts, ts->thread_dict, self, d) < 0)
        return VNULL;
    l->dict = d;
    return val_from_obj(l);
}

static int
local_init(ThreadState *ts, Value self, Value *args, int nargs, Value kwnames)
{
    return local_select(ts, self);
}

Type LocalType = {
    .name = "_thread._local",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(LocalObj),
    .dict_offset = offsetof(LocalObj, dict),
    .mark = local_mark,
    .getattr = local_getattr,
    .setattr = local_setattr,
    .new_ = local_new,
    .init = local_init,
};

/* ---- the module ---- */

static const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new_thread, 0},
    {"start_new", thread_start_new_thread, 0},
    {"allocate_lock", thread_allocate_lock, 0},
    {"allocate", thread_allocate_lock, 0},
    {"get_ident", thread_get_ident, 0},
    {"get_native_id", thread_get_native_id, 0},
    {"_count", thread_count, 0},
    {"exit", thread_exit, 0},
    {"exit_thread", thread_exit, 0},
    {"stack_size", thread_stack_size, 0},
    {"interrupt_main", thread_interrupt_main, 0},
    {"_print_exception", thread_print_exception, 0},
    {NULL, NULL, 0},
};

Value
mod_thread_init(ThreadState *ts)
{
    Value m = module_new(ts, "_thread");
    if (!m || module_add_functions(ts, m, thread_functions) < 0)
        return VNULL;
    type_ready(ts, &LockType);
    type_ready(ts, &RLockType);
    type_ready(ts, &LocalType);
    Value d = *obj_dict_slot(m);
    if (dict_set_cstr(ts, d, "LockType", val_from_obj(&LockType)) < 0 ||
        dict_set_cstr(ts, d, "RLock", val_from_obj(&RLockType)) < 0 ||
        dict_set_cstr(ts, d, "_local", val_from_obj(&LocalType)) < 0 ||
        dict_set_cstr(ts, d, "error", val_from_obj(&RuntimeErrorType)) < 0)
        return VNULL;
    Value tmax = float_new(ts, 9223372036.0);
    if (!tmax || dict_set_cstr(ts, d, "TIMEOUT_MAX", tmax) < 0)
        return VNULL;
    return m;
}
