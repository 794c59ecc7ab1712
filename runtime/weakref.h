/* runtime/weakref.h: weak references, cleared by the collector.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_WEAKREF_H
#define GILPY_WEAKREF_H

#include "object.h"

typedef struct WeakRefObj {
    Obj base;
    Value referent;  /* VNULL once the referent has died */
    Value callback;  /* called with the ref after the referent dies, or VNULL */
    int64_t hash;    /* hash of the referent, cached; -1 until computed */
} WeakRefObj;

extern Type WeakRefType;

/* After marking: clear the refs whose referent is unmarked and queue their
 * callbacks (gc.c calls this between marking and sweeping). */
void weakref_clear_dead(ThreadState *ts, GC *gc);
/* Run queued callbacks (eval breaker, BREAK_PENDING).  -1 never: callback
 * errors are reported as unraisable, as CPython does. */
void weakref_run_callbacks(ThreadState *ts);
Value mod_weakref_init(ThreadState *ts) SP_RAISES;

#endif
