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
#include "weakref.h"

#define GC_MIN_THRESHOLD ((size_t)8 << 20)

static uint32_t
current_epoch(GC *gc)
{
    /* Epoch 0 is what gc_alloc gives new objects; never use it as a mark. */
    return (uint32_t)(gc->collections % 0xfffffffeu) + 1;
}

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GC_USE_MALLOC 1 /* let the sanitizers see every object */
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define GC_USE_MALLOC 1 /* clang's spelling of the same test */
#endif
#endif
#ifndef GC_USE_MALLOC
#define GC_USE_MALLOC 0
#endif
#define GC_CHUNK_SIZE ((size_t)64 << 10)

struct GcChunk {
    GcChunk *next;
    size_t slot;   /* slot size in bytes */
    size_t nslots;
    size_t nused;  /* slots below this were handed out at least once */
    char *data;    /* nslots slots; a free slot has type NULL */
};

static size_t
size_class(size_t size)
{
    return (size + 15) >> 4;
}

static Obj *
slot_at(GcChunk *c, size_t i)
{
    return (Obj *)(c->data + i * c->slot);
}

static size_t
chunk_hash(uintptr_t data, size_t cap)
{
    return (size_t)((data >> 16) * 0x9e3779b97f4a7c15ull) & (cap - 1);
}

static void
table_insert(GcChunk **table, size_t cap, GcChunk *ch)
{
    size_t i = chunk_hash((uintptr_t)ch->data, cap);
    while (table[i])
        i = (i + 1) & (cap - 1);
    table[i] = ch;
}

static int
table_add(GC *gc, GcChunk *ch)
{
    if ((gc->nchunks + 1) * 2 > gc->chunk_table_cap) {
        size_t cap = gc->chunk_table_cap ? gc->chunk_table_cap * 2 : 64;
        GcChunk **t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        for (size_t i = 0; i < gc->chunk_table_cap; i++)
            if (gc->chunk_table[i])
                table_insert(t, cap, gc->chunk_table[i]);
        free(gc->chunk_table);
        gc->chunk_table = t;
        gc->chunk_table_cap = cap;
    }
    table_insert(gc->chunk_table, gc->chunk_table_cap, ch);
    gc->nchunks++;
    return 0;
}

static GcChunk *
chunk_of(GC *gc, uintptr_t addr)
{
    if (!gc->chunk_table_cap)
        return NULL;
    uintptr_t data = addr & ~(uintptr_t)(GC_CHUNK_SIZE - 1);
    for (size_t i = chunk_hash(data, gc->chunk_table_cap);; i = (i + 1) & (gc->chunk_table_cap - 1)) {
        GcChunk *ch = gc->chunk_table[i];
        if (!ch)
            return NULL;
        if ((uintptr_t)ch->data == data)
            return ch;
    }
}

/* A new chunk for class c, its slots threaded onto the free list in
 * address order.  Chunk data is aligned to its size so that any address
 * maps to its chunk by masking (conservative stack scanning). */
static int
add_chunk(GC *gc, size_t c)
{
    GcChunk *ch = malloc(sizeof *ch);
    char *data = aligned_alloc(GC_CHUNK_SIZE, GC_CHUNK_SIZE);
    if (ch)
        ch->data = data;
    if (!ch || !data || table_add(gc, ch) < 0) {
        free(ch);
        free(data);
        return -1;
    }
    ch->slot = c << 4;
    ch->nslots = GC_CHUNK_SIZE / ch->slot;
    ch->nused = 0; /* slots are taken in order, so untouched pages stay unmapped */
    ch->next = gc->chunks[c];
    gc->chunks[c] = ch;
    return 0;
}

static void *
small_alloc(GC *gc, size_t size)
{
    size_t c = size_class(size);
    Obj *o = gc->free_lists[c];
    if (o) {
        gc->free_lists[c] = o->gc_next;
    } else {
        GcChunk *ch = gc->chunks[c];
        if ((!ch || ch->nused == ch->nslots) && add_chunk(gc, c) < 0)
            return NULL;
        ch = gc->chunks[c];
        o = slot_at(ch, ch->nused++);
    }
    memset(o, 0, c << 4);
    return o;
}

void *
gc_alloc(ThreadState *ts, Type *t, size_t size)
{
    GC *gc = &ts->interp->gc;
    Obj *o;
    if (GC_USE_MALLOC || size > GC_SMALL_MAX) {
        o = calloc(1, size);
        if (o) {
            o->gc_next = gc->objects;
            gc->objects = o;
        }
    } else {
        o = small_alloc(gc, size);
    }
    if (!o) {
        exc_no_memory(ts);
        return NULL;
    }
    o->type = t;
    o->gc_size = size > UINT32_MAX ? UINT32_MAX : (uint32_t)size;
    gc->allocated += size;
    if ((gc->allocated > gc->threshold && !gc->disabled) || gc->stress)
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

bool
gc_is_marked(GC *gc, Obj *o)
{
    return o->gc_mark == current_epoch(gc);
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
    gc_mark_array(gc, ts->roots, (size_t)(ts->nroots < TS_MAX_ROOTS ? ts->nroots : TS_MAX_ROOTS));
    gc_mark(gc, ts->thread_dict);
}

/* ---- C stacks, scanned conservatively ---- */

static int
cmp_addr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (Obj *const *)a, y = (uintptr_t) * (Obj *const *)b;
    return x < y ? -1 : x > y;
}

static void
sort_large(GC *gc)
{
    size_t n = 0;
    for (Obj *o = gc->objects; o; o = o->gc_next)
        n++;
    if (n > gc->cap_large) {
        Obj **a = realloc(gc->large_sorted, n * sizeof *a);
        if (!a) {
            gc->nlarge = 0;
            return;
        }
        gc->large_sorted = a;
        gc->cap_large = n;
    }
    n = 0;
    for (Obj *o = gc->objects; o; o = o->gc_next)
        gc->large_sorted[n++] = o;
    if (n) /* large_sorted is still NULL when no large object ever existed */
        qsort(gc->large_sorted, n, sizeof *gc->large_sorted, cmp_addr);
    gc->nlarge = n;
}

/* The live object containing address w, or NULL (interior pointers count). */
static Obj *
object_at(GC *gc, uintptr_t w)
{
    GcChunk *ch = chunk_of(gc, w);
    if (ch) {
        size_t i = (w - (uintptr_t)ch->data) / ch->slot;
        Obj *o = i < ch->nused ? slot_at(ch, i) : NULL;
        return o && o->type ? o : NULL;
    }
    size_t lo = 0, hi = gc->nlarge;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uintptr_t)gc->large_sorted[mid] <= w)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (!lo)
        return NULL;
    Obj *o = gc->large_sorted[lo - 1];
    return w < (uintptr_t)o + o->gc_size ? o : NULL;
}

static void
mark_word(GC *gc, uintptr_t w)
{
    Obj *o = object_at(gc, w);
    if (o)
        gc_mark(gc, val_from_obj(o));
}

/* Reads other threads' stacks and this one's redzones on purpose. */
__attribute__((no_sanitize("address", "thread"))) static void
scan_c_stack(GC *gc, const uintptr_t *regs, char *lo, char *hi)
{
    if (!lo || !hi || lo >= hi)
        return;
    for (int i = 0; i < C_STACK_NREGS; i++)
        mark_word(gc, regs[i]);
    uintptr_t *p = (uintptr_t *)(((uintptr_t)lo + 7) & ~(uintptr_t)7);
    for (; (char *)p + sizeof *p <= hi; p++)
        mark_word(gc, *p);
}

/* The collecting thread scans itself from here; the others from where they
 * last gave up the GIL (gil_spill). */
static void
mark_c_stacks(GC *gc, InterpState *in, ThreadState *self)
{
    sort_large(gc);
    uintptr_t regs[C_STACK_NREGS];
    char *sp;
    c_stack_spill(regs, &sp);
    for (ThreadState *t = in->threads; t; t = t->next) {
        if (t == self)
            scan_c_stack(gc, regs, sp, t->c_stack_hi);
        else
            scan_c_stack(gc, t->saved_regs, t->c_stack_lo, t->c_stack_hi);
    }
}

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
    gc_mark_array(gc, gc->pending, gc->npending);
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

static bool
is_dead(Obj *o, uint32_t epoch)
{
    return o->type && o->gc_mark != epoch;
}

/* Pass 1 (all finalizers) must finish before pass 2 frees anything: a dead
 * object's finalizer may read its type, which may die in the same cycle. */
static void
finalize_dead(GC *gc, uint32_t epoch)
{
    for (Obj *o = gc->objects; o; o = o->gc_next)
        if (o->gc_mark != epoch && o->type->finalize)
            o->type->finalize(o);
    for (size_t c = 0; c < GC_NCLASSES; c++)
        for (GcChunk *ch = gc->chunks[c]; ch; ch = ch->next)
            for (size_t i = 0; i < ch->nused; i++) {
                Obj *o = slot_at(ch, i);
                if (is_dead(o, epoch) && o->type->finalize)
                    o->type->finalize(o);
            }
}

static size_t
free_dead_large(GC *gc, uint32_t epoch)
{
    size_t live = 0;
    Obj **link = &gc->objects;
    while (*link) {
        Obj *o = *link;
        if (o->gc_mark != epoch) {
            *link = o->gc_next;
            free(o);
            gc->last_freed++;
        } else {
            live += o->gc_size;
            link = &o->gc_next;
        }
    }
    return live;
}

/* Rebuild each class's free list from scratch, in address order. */
static size_t
free_dead_small(GC *gc, uint32_t epoch)
{
    size_t live = 0;
    for (size_t c = 0; c < GC_NCLASSES; c++) {
        Obj *head = NULL;
        for (GcChunk *ch = gc->chunks[c]; ch; ch = ch->next)
            for (size_t i = ch->nused; i-- > 0;) {
                Obj *o = slot_at(ch, i);
                if (o->type && o->gc_mark == epoch) {
                    live += ch->slot;
                    continue;
                }
                gc->last_freed += o->type != NULL;
                o->type = NULL;
                o->gc_next = head;
                head = o;
            }
        gc->free_lists[c] = head;
    }
    return live;
}

static void
sweep(GC *gc)
{
    uint32_t epoch = current_epoch(gc);
    gc->last_freed = 0;
    finalize_dead(gc, epoch);
    gc->live = free_dead_large(gc, epoch) + free_dead_small(gc, epoch);
}

void
gc_collect(ThreadState *ts)
{
    GC *gc = &ts->interp->gc;
    gc->collections++;
    gc_mark_roots(gc, ts->interp);
    mark_c_stacks(gc, ts->interp, ts);
    propagate(gc);
    weakref_clear_dead(ts, gc);
    sweep(gc);
    gc->allocated = 0;
    gc->threshold = gc->live > GC_MIN_THRESHOLD ? gc->live : GC_MIN_THRESHOLD;
    atomic_fetch_and_explicit(&ts->breaker, ~(uint32_t)BREAK_GC, memory_order_relaxed);
}

void
gc_free_all(GC *gc)
{
    gc->collections++; /* a fresh epoch: nothing is marked, everything is dead */
    sweep(gc);
    for (size_t c = 0; c < GC_NCLASSES; c++) {
        GcChunk *ch = gc->chunks[c];
        while (ch) {
            GcChunk *next = ch->next;
            free(ch->data);
            free(ch);
            ch = next;
        }
        gc->chunks[c] = NULL;
        gc->free_lists[c] = NULL;
    }
    free(gc->stack);
    free(gc->extra_roots);
    free(gc->chunk_table);
    free(gc->large_sorted);
    free(gc->weakrefs);
    free(gc->pending);
}
