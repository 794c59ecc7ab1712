/* runtime/gc.h: the precise, stop-the-world mark-sweep collector.
 * SPDX-License-Identifier: MIT
 *
 * When it runs: only in the GIL holder, and only at a safe point of the VM
 * (an eval-breaker check, BREAK_GC).  gc_alloc() never collects: it only
 * counts bytes and, past the threshold, sets BREAK_GC.  So C code that does
 * not run Python code (no obj_call, no eval) may keep Values in C locals
 * without rooting them.  C code that calls back into Python (sort with key=,
 * dict lookups with a Python __eq__, constructors calling __init__) must
 * keep the Values it needs reachable: on the VM stack, inside a reachable
 * object, or in ts->roots (ts_push_root / ts_pop_roots).
 *
 * Roots (gc_mark_roots in gc.c lists all of them): every thread state's
 * frames and value stacks, exc/exc_info/roots/thread_dict, the interp's
 * modules/builtins/sys/interned/names/argv/path/main_dict, every builtin
 * static type's dict/mro/bases and the exception types, and any extra root
 * registered with gc_add_root().
 */
#ifndef GILPY_GC_H
#define GILPY_GC_H

#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct ThreadState ThreadState;
typedef struct Type Type;

/* Small objects come from per-size-class free lists carved out of 64 KiB
 * chunks (16-byte classes up to GC_SMALL_MAX); larger ones from malloc. */
#define GC_SMALL_MAX 512
#define GC_NCLASSES (GC_SMALL_MAX / 16 + 1)

struct GC {
    Obj *objects;        /* every heap object */
    void *free_lists[GC_NCLASSES];
    char *chunk_pos, *chunk_end; /* bump region of the newest chunk */
    void *chunks;        /* list of chunks, linked through their first word */
    size_t allocated;    /* bytes since last collection */
    size_t live;         /* bytes surviving the last collection */
    size_t threshold;    /* collect when allocated exceeds this */
    Obj **stack;         /* explicit mark stack */
    size_t stack_len, stack_cap;
    Value **extra_roots; /* C-held handles (gc_add_root) */
    size_t n_extra, cap_extra;
    uint64_t collections;
    int stress;          /* SP_GC_STRESS / env GILPY_GC_STRESS: request at every alloc */
};
typedef struct GC GC;

/* Allocate a zeroed object of `size` bytes with its type set.  Aborts the
 * allocation with MemoryError (returns NULL) if malloc fails. */
void *gc_alloc(ThreadState *ts, Type *t, size_t size);
/* Account for a malloc'd buffer owned by an object (positive or negative). */
void gc_account(ThreadState *ts, long delta);
void gc_mark(GC *gc, Value v);
void gc_mark_array(GC *gc, const Value *v, size_t n);
void gc_add_root(ThreadState *ts, Value *slot);
/* Run a full collection now.  Only at a safe point, GIL held. */
void gc_collect(ThreadState *ts);
/* Free every object (interpreter teardown). */
void gc_free_all(GC *gc);

#endif
