/* runtime/gc.c: the precise mark-sweep collector.
 * SPDX-License-Identifier: MIT
 *
 * Marking uses an epoch number instead of a mark bit: an object is marked
 * when its gc_mark equals the current epoch.  That way static objects (the
 * builtin types, None, True, ...) can be traversed like heap objects without
 * ever being cleared, because a new epoch unmarks everything at once.
 *
 * Sweeping runs finalizers for every dead object first and frees memory
 * second, so a finalizer may still read its own type (which may die in the
 * same collection).
 */
#include "gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "object.h"
#include "tstate.h"

#define GC_MIN_THRESHOLD ((size_t)8 << 20)

static uint32_t
current_epoch(GC *gc)
{
    /* Epoch 0 is what gc_alloc gives new objects; never use it as a mark. */
    return (uint32_t)(gc->collections % 0xfffffffeu) + 1;
}

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GC_USE_MALLOC 1 /* let the sanitizers see every object */
#else
#define GC_USE_MALLOC 0
#endif
#define GC_CHUNK_SIZE ((size_t)64 << 10)

static size_t
size_class(size_t size)
{
    return (size + 15) >> 4;
}

static void *
small_alloc(GC *gc, size_t size)
{
    size_t c = size_class(size);
    void *p = gc->free_lists[c];
    if (p) {
        gc->free_lists[c] = *(void **)p;
        memset(p, 0, c << 4);
        return p;
    }
    if ((size_t)(gc->chunk_end - gc->chunk_pos) < (c << 4)) {
        char *chunk = malloc(GC_CHUNK_SIZE);
        if (!chunk)
            return NULL;
        *(void **)chunk = gc->chunks;
        gc->chunks = chunk;
        gc->chunk_pos = chunk + 16;
        gc->chunk_end = chunk + GC_CHUNK_SIZE;
    }
    p = gc->chunk_pos;
    gc->chunk_pos += c << 4;
    memset(p, 0, c << 4);
    return p;
}

static void
obj_release(GC *gc, Obj *o)
{
    if (GC_USE_MALLOC || o->gc_size > GC_SMALL_MAX) {
        free(o);
        return;
    }
    size_t c = size_class(o->gc_size);
    *(void **)o = gc->free_lists[c];
    gc->free_lists[c] = o;
}

void *
gc_alloc(ThreadState *ts, Type *t, size_t size)
{
    GC *gc = &ts->interp->gc;
    Obj *o = (GC_USE_MALLOC || size > GC_SMALL_MAX) ? calloc(1, size) : small_alloc(gc, size);
    if (!o) {
        exc_no_memory(ts);
        return NULL;
    }
    o->type = t;
    o->gc_size = size > UINT32_MAX ? UINT32_MAX : (uint32_t)size;
    o->gc_next = gc->objects;
    gc->objects = o;
    gc->allocated += size;
    if (gc->allocated > gc->threshold || gc->stress)
        atomic_fetch_or_explicit(&ts->breaker, BREAK_GC, memory_order_relaxed);
    return o;
}

void
gc_account(ThreadState *ts, long delta)
{
    GC *gc = &ts->interp->gc;
    if (delta > 0) {
        gc->allocated += (size_t)delta;
        if (gc->allocated > gc->threshold)
            atomic_fetch_or_explicit(&ts->breaker, BREAK_GC, memory_order_relaxed);
    }
}

static void
push_gray(GC *gc, Obj *o)
{
    if (gc->stack_len == gc->stack_cap) {
        size_t cap = gc->stack_cap ? gc->stack_cap * 2 : 1024;
        Obj **s = realloc(gc->stack, cap * sizeof *s);
        if (!s) {
            fprintf(stderr, "gilpy: out of memory while collecting garbage\n");
            abort();
        }
        gc->stack = s;
        gc->stack_cap = cap;
    }
    gc->stack[gc->stack_len++] = o;
}

void
gc_mark(GC *gc, Value v)
{
    if (!val_is_obj(v))
        return;
    Obj *o = val_as_obj(v);
    uint32_t epoch = current_epoch(gc);
    if (o->gc_mark == epoch)
        return;
    o->gc_mark = epoch;
    push_gray(gc, o);
}

void
gc_mark_array(GC *gc, const Value *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        gc_mark(gc, v[i]);
}

void
gc_add_root(ThreadState *ts, Value *slot)
{
    GC *gc = &ts->interp->gc;
    if (gc->n_extra == gc->cap_extra) {
        size_t cap = gc->cap_extra ? gc->cap_extra * 2 : 16;
        Value **r = realloc(gc->extra_roots, cap * sizeof *r);
        if (!r)
            abort();
        gc->extra_roots = r;
        gc->cap_extra = cap;
    }
    gc->extra_roots[gc->n_extra++] = slot;
}

static void
mark_frame(GC *gc, Frame *f)
{
    if (f->base && f->sp && f->sp >= f->base)
        gc_mark_array(gc, f->base, (size_t)(f->sp - f->base));
    gc_mark(gc, val_from_obj(f->func));
    gc_mark(gc, val_from_obj(f->code));
    gc_mark(gc, f->globals);
    gc_mark(gc, f->builtins);
    gc_mark(gc, f->locals);
    gc_mark(gc, f->gen);
}

static void
mark_thread(GC *gc, ThreadState *ts)
{
    for (Frame *f = ts->frame; f; f = f->prev)
        mark_frame(gc, f);
    gc_mark(gc, ts->exc);
    gc_mark(gc, ts->exc_info);
    gc_mark_array(gc, ts->roots, (size_t)ts->nroots);
    gc_mark(gc, ts->thread_dict);
}

/* Every static type, so their dicts and MROs survive (init.c lists them). */
extern Type *const init_static_types[];

/* Every root of the interpreter, in one place. */
static void
gc_mark_roots(GC *gc, InterpState *in)
{
    for (ThreadState *t = in->threads; t; t = t->next)
        mark_thread(gc, t);
    gc_mark(gc, in->modules);
    gc_mark(gc, in->builtins);
    gc_mark(gc, in->sys);
    gc_mark(gc, in->interned);
    for (int i = 0; i < NAME_COUNT; i++)
        gc_mark(gc, val_from_obj(in->names[i]));
    gc_mark(gc, in->argv);
    gc_mark(gc, in->path);
    gc_mark(gc, in->main_dict);
    gc_mark_array(gc, in->char_cache, 128);
    for (size_t i = 0; init_static_types[i]; i++)
        gc_mark(gc, val_from_obj(init_static_types[i]));
#define X(n, p) gc_mark(gc, val_from_obj(&n##Type));
    EXC_TYPES(X)
#undef X
    for (size_t i = 0; i < gc->n_extra; i++)
        gc_mark(gc, *gc->extra_roots[i]);
}

static void
propagate(GC *gc)
{
    while (gc->stack_len) {
        Obj *o = gc->stack[--gc->stack_len];
        Type *t = o->type;
        gc_mark(gc, val_from_obj(t));
        if (t->mark)
            t->mark(gc, o);
    }
}

static void
sweep(GC *gc)
{
    uint32_t epoch = current_epoch(gc);
    for (Obj *o = gc->objects; o; o = o->gc_next)
        if (o->gc_mark != epoch && o->type->finalize)
            o->type->finalize(o);
    size_t live = 0;
    Obj **link = &gc->objects;
    while (*link) {
        Obj *o = *link;
        if (o->gc_mark != epoch) {
            *link = o->gc_next;
            obj_release(gc, o);
        } else {
            live += o->gc_size;
            link = &o->gc_next;
        }
    }
    gc->live = live;
}

void
gc_collect(ThreadState *ts)
{
    GC *gc = &ts->interp->gc;
    gc->collections++;
    gc_mark_roots(gc, ts->interp);
    propagate(gc);
    sweep(gc);
    gc->allocated = 0;
    gc->threshold = gc->live > GC_MIN_THRESHOLD ? gc->live : GC_MIN_THRESHOLD;
    atomic_fetch_and_explicit(&ts->breaker, ~(uint32_t)BREAK_GC, memory_order_relaxed);
}

void
gc_free_all(GC *gc)
{
    for (Obj *o = gc->objects; o; o = o->gc_next)
        if (o->type->finalize)
            o->type->finalize(o);
    Obj *o = gc->objects;
    while (o) {
        Obj *next = o->gc_next;
        if (GC_USE_MALLOC || o->gc_size > GC_SMALL_MAX)
            free(o);
        o = next;
    }
    gc->objects = NULL;
    while (gc->chunks) {
        void *next = *(void **)gc->chunks;
        free(gc->chunks);
        gc->chunks = next;
    }
    free(gc->stack);
    free(gc->extra_roots);
}
