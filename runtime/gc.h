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
 * C stacks: as a safety net for C code that keeps a fresh object only in a
 * C local while it calls Python code, the collector also scans the C stack
 * and saved registers of every thread conservatively: any word that points
 * into a live heap object keeps it alive (objects never move, so this is
 * always safe).  The precise roots below remain the rule.
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

/* Small objects live in 64 KiB chunks, each holding slots of one size class
 * (multiples of 16 bytes up to GC_SMALL_MAX), so sweeping is a linear scan
 * of memory rather than a walk of a linked list.  Larger objects come from
 * malloc and are kept in the `objects` list. */
#define GC_SMALL_MAX 512
#define GC_NCLASSES (GC_SMALL_MAX / 16 + 1)

typedef struct GcChunk GcChunk;

struct GC {
    Obj *objects;        /* large objects (and all objects in sanitizer builds) */
    Obj *free_lists[GC_NCLASSES]; /* free slots, linked through gc_next */
    GcChunk *chunks[GC_NCLASSES]; /* chunks of each class */
    GcChunk **chunk_table; /* open-addressing set of all chunks, by data address */
    size_t chunk_table_cap, nchunks;
    Obj **large_sorted;  /* large objects by address, rebuilt at each collection */
    struct WeakRefObj **weakrefs; /* every live weak reference (weakref.c) */
    size_t nweak, cap_weak;
    Value *pending;      /* (callback, ref) pairs waiting to run: roots */
    size_t npending, cap_pending;
    size_t nlarge, cap_large;
    size_t allocated;    /* bytes since last collection */
    size_t live;         /* bytes surviving the last collection */
    size_t threshold;    /* collect when allocated exceeds this */
    Obj **stack;         /* explicit mark stack */
    size_t stack_len, stack_cap;
    Value **extra_roots; /* C-held handles (gc_add_root) */
    size_t n_extra, cap_extra;
    uint64_t collections;
    int stress;          /* SP_GC_STRESS / env GILPY_GC_STRESS: request at every alloc */
    int disabled;        /* gc.disable(): no automatic collections */
    size_t last_freed;   /* objects freed by the last collection */
};
typedef struct GC GC;

/* Allocate a zeroed object of `size` bytes with its type set.  Aborts the
 * allocation with MemoryError (returns NULL) if malloc fails. */
void *gc_alloc(ThreadState *ts, Type *t, size_t size);
/* Account for a malloc'd buffer owned by an object (positive or negative). */
void gc_account(ThreadState *ts, long delta);
void gc_mark(GC *gc, Value v);
/* Has o been marked in the collection under way? */
bool gc_is_marked(GC *gc, Obj *o);
void gc_mark_array(GC *gc, const Value *v, size_t n);
void gc_add_root(ThreadState *ts, Value *slot);
/* Run a full collection now.  Only at a safe point, GIL held. */
void gc_collect(ThreadState *ts);
/* Free every object (interpreter teardown). */
void gc_free_all(GC *gc);

#endif
