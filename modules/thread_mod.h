/* modules/thread_mod.h: shared between the _thread module's files.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_THREAD_MOD_H
#define GILPY_THREAD_MOD_H

#include <pthread.h>
#include <stdatomic.h>

#include "../runtime/object.h"

typedef struct LockObj {
    Obj base;
    Value dict;      /* __dict__ of subclass instances */
    _Atomic int state;    /* futex word: 0 free, 1 taken */
    _Atomic int sleepers; /* threads asleep (or about to sleep) on state */
    uint64_t owner;  /* RLock: owning thread ident */
    int64_t count;   /* RLock: recursion count */
} LockObj;

extern Type LockType, RLockType, LocalType;

/* A new unlocked lock of type t (LockType or RLockType). */
Value lock_alloc(ThreadState *ts, Type *t) SP_RAISES;
Value mod_thread_init(ThreadState *ts) SP_RAISES;
Value mod_gil_init(ThreadState *ts) SP_RAISES;
/* The _signal module (modules/mod_signal.c). */
Value mod_signal_init(ThreadState *ts) SP_RAISES;
/* sys.unraisablehook, setswitchinterval, settrace, ... (modules/sys_thread.c):
 * adds them to the sys module dict `d` while sys is being made. */
int sys_thread_install(ThreadState *ts, Value d) SP_RAISES;
/* Report an exception nobody can catch the way CPython's PyErr_WriteUnraisable
 * does: through sys.unraisablehook(UnraisableHookArgs(...)).  Clears ts->exc. */
/* A snapshot of frame f and its callers as Python frame objects (sys_thread.c). */
struct Frame;
Value sys_frame_snapshot(ThreadState *ts, struct Frame *f) SP_RAISES;
/* sys.settrace / sys.setprofile support (sys_thread.c), called by the VM
 * only while the thread has BREAK_CALLS set: before a call, give the callee
 * a traced copy of its code; at a TRACE instruction, report the event and
 * put the original instruction word in *w. */
int sys_trace_prepare_call(ThreadState *ts, Value callable) SP_RAISES;
int sys_trace_instruction(ThreadState *ts, struct Frame *f, uint32_t *w) SP_RAISES;
/* With ts->exc set: the 'exception' event (leaving = 0), or the 'return'
 * None event of a frame an exception leaves (leaving = 1).  A hook that
 * raises replaces ts->exc. */
void sys_trace_exception(ThreadState *ts, struct Frame *f, int leaving);
void sys_write_unraisable(ThreadState *ts, Value exc, const char *err_msg, Value obj);

#endif
