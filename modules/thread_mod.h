/* modules/thread_mod.h: shared between the _thread module's files.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_THREAD_MOD_H
#define GILPY_THREAD_MOD_H

#include <pthread.h>

#include "../runtime/object.h"

typedef struct LockObj {
    Obj base;
    Value dict;      /* __dict__ of subclass instances */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int locked;
    uint64_t owner;  /* RLock: owning thread ident */
    int64_t count;   /* RLock: recursion count */
    int initialized;
} LockObj;

extern Type LockType, RLockType, LocalType;

/* A new unlocked lock of type t (LockType or RLockType). */
Value lock_alloc(ThreadState *ts, Type *t) SP_RAISES;
Value mod_thread_init(ThreadState *ts) SP_RAISES;
Value mod_gil_init(ThreadState *ts) SP_RAISES;

#endif
