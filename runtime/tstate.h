/* runtime/tstate.h: interpreter state, thread states and frames.
 * SPDX-License-Identifier: MIT
 *
 * There are no C globals holding interpreter state: everything hangs off
 * InterpState (one per process today) and ThreadState (one per OS thread
 * running Python code).  Runtime functions take ThreadState *ts first.
 * Everything reachable from here is protected by the GIL (runtime/gil.c).
 */
#ifndef GILPY_TSTATE_H
#define GILPY_TSTATE_H

#include <stdatomic.h>
#include <stdint.h>

#include "gc.h"
#include "gil.h"
#include "names.h"
#include "object.h"

typedef struct CodeObj CodeObj;
typedef struct FuncObj FuncObj;

/* One activation record.  Frames live in a per-thread array (no malloc per
 * call); the value window [base, sp) holds locals, cells and the operand
 * stack.  At every safe point the VM stores sp and ip here so the collector
 * sees exactly the live values. */
typedef struct Frame {
    struct Frame *prev;
    FuncObj *func;      /* NULL for module and class bodies run by exec */
    CodeObj *code;
    uint32_t *ip;       /* next instruction (saved at safe points and calls) */
    Value *base;        /* locals, then cells/free vars, then the operand stack */
    Value *sp;          /* top of the operand stack (saved) */
    Value globals;      /* dict */
    Value builtins;     /* dict */
    Value locals;       /* dict for module/class bodies, VNULL when fast */
    Value gen;          /* owning generator object, or VNULL */
    int32_t lasti;      /* index of the instruction being executed, for tracebacks */
    uint8_t is_entry;   /* returning from this frame leaves the C-level eval call */
} Frame;

enum {
    BREAK_DROP_GIL = 1u,
    BREAK_SIGNAL = 2u,
    BREAK_ASYNC_EXC = 4u,
    BREAK_GC = 8u,
    BREAK_CALLS = 16u,
    BREAK_PENDING = 32u, /* weak-reference callbacks to run (weakref.c) */
};

#define TS_MAX_ROOTS 256
#define TS_SPARE 8 /* stack reservations kept for new threads */

struct ThreadState {
    InterpState *interp;
    ThreadState *next;      /* the interpreter's thread list */
    ThreadState *prev;

    /* value stack, grown in chunks that never move */
    Value *stack;
    Value *stack_limit;
    Value *stack_top;       /* first free slot beyond the current frame's window */
    Frame *frames;          /* frame array */
    Frame *frame;           /* current frame (NULL when no Python code runs) */
    int frame_count;
    int frame_capacity;
    int recursion_depth;    /* Python-level calls, for RecursionError */
    int c_depth;            /* nested C->eval calls */

    Value exc;              /* the exception being raised, VNULL if none */
    Value exc_info;         /* the exception being handled (sys.exc_info()) */

    Value roots[TS_MAX_ROOTS]; /* temporary roots for C code that calls Python */
    int nroots;

    _Atomic uint32_t breaker;  /* BREAK_* bits, checked at backward jumps and calls */
    uint64_t ident;            /* _thread.get_ident() */
    long native_id;            /* kernel thread id */
    Value thread_dict;         /* per-thread storage for _thread._local */
    GilStats gil_stats;        /* owned by gil.c */
    char *c_stack_hi;          /* top (highest address) of this OS thread's stack */
    size_t c_stack_size;       /* its size in bytes (0: unknown) */
    char *c_stack_lo;          /* while it does not hold the GIL: its stack pointer, or NULL */
    uintptr_t saved_regs[C_STACK_NREGS]; /* its callee-saved registers at that point */
    uint64_t gil_hold_start;   /* when this thread last took the GIL (ns) */
    /* GIL policies, tracing and narration (runtime/gil.c, giltrace.c) */
    struct GilTraceBuf *gil_trace_buf; /* this thread's buffer in the current trace */
    uint64_t gil_trace_gen;    /* ... valid when equal to the trace's gen */
    uint64_t gil_ticket;       /* place in the io / ticks FIFO queue */
    uint64_t gil_ticket_epoch; /* ticket valid iff == Gil.epoch + 1 */
    int gil_urgent;            /* the ticket is in the urgent queue (io policy) */
    uint64_t gil_ticks;        /* eval-breaker checks since the last switch (ticks:N) */
    uint64_t gil_recent_hold;  /* moving average of hold lengths (ns), io policy */
    int64_t gil_slice_debt;    /* io policy: ns its recent slices overran (gil.c) */
    uint64_t gil_spun_for;     /* io: the switch_number of the hold last spun on */
    uint32_t spin_budget;      /* ns this thread may spin before sleeping (spin.h) */
    uint64_t gil_block_start;  /* when the current blocking call began (ns) */
    const char *gil_why;       /* the blocking call in progress, or NULL */
    _Atomic uint64_t gil_flow; /* id of the traced drop request aimed at this thread */
    int gil_num;               /* T1, T2, ... in -X gilnarrate (0: not numbered yet) */
    _Atomic int gil_warned;    /* -X gilwarn: a waiter saw this thread hold too long */
    uint64_t gil_asked_at;     /* when a drop was last requested of it (ns, GIL mutex) */
};

struct InterpState {
    GC gc;
    ThreadState *threads;   /* list of all thread states */
    ThreadState *main_ts;
    Value modules;          /* sys.modules dict */
    Value builtins;         /* builtins module dict */
    Value sys;              /* sys module */
    Value interned;         /* dict str -> str of interned strings */
    StrObj *names[NAME_COUNT]; /* common identifiers, see names.h */
    int recursion_limit;    /* sys.getrecursionlimit() */
    Value argv;             /* list, sys.argv */
    Value path;             /* list, sys.path */
    Value main_dict;        /* __main__ globals */
    int unbuffered;         /* -u */
    int exit_code;
    Gil *gil;
    Value char_cache[128]; /* interned one-char ASCII strs, filled lazily (str.c) */
    size_t thread_stack_size; /* _thread.stack_size(), 0 = platform default */
    int nthreads;             /* threads started by _thread and still running */
    /* Stack and frame reservations of ended threads, reused by new ones so
     * that starting a thread maps nothing and ending one unmaps nothing
     * (each munmap costs a TLB shoot-down on every core running us). */
    struct { Value *stack; Frame *frames; } spare[TS_SPARE];
    int nspare;
    _Atomic int pending_sigint; /* interrupt_main / SIGINT not yet handled */
    /* The REPL (interp/repl.c) while it edits a line: writes of sys.stdout /
     * sys.stderr to fd 1 / 2 go here first; it returns 1 if it wrote the bytes
     * itself (above the prompt, then redrawing the line), 0 to write as usual. */
    int (*tty_write_hook)(ThreadState *ts, int fd, const char *p, size_t n);
    void *tty_hook_data;      /* the REPL's state, for the hook */
};

#define NAME(ts, id) ((ts)->interp->names[NAME_##id])
#define NAMEV(ts, id) val_from_obj(NAME(ts, id))

static inline bool
ts_has_exc(ThreadState *ts)
{
    return ts->exc != VNULL;
}

/* Temporary roots (only needed by C code that calls back into Python).
 * Past TS_MAX_ROOTS (deep C-level recursion) pushes are only counted: the
 * pusher still holds the value in a C local, which the collector scans
 * conservatively, so the value stays alive either way. */
static inline void
ts_push_root(ThreadState *ts, Value v)
{
    if (ts->nroots < TS_MAX_ROOTS)
        ts->roots[ts->nroots] = v;
    ts->nroots++;
}

/* Replace the root pushed at index `slot` (an earlier ts->nroots). */
static inline void
ts_set_root(ThreadState *ts, int slot, Value v)
{
    if (slot < TS_MAX_ROOTS)
        ts->roots[slot] = v;
}

static inline void
ts_pop_roots(ThreadState *ts, int n)
{
    ts->nroots -= n;
}

InterpState *interp_new(void);
ThreadState *ts_new(InterpState *in);
/* Ready the builtin types, intern the common names, make builtins and sys
 * (runtime/init.c).  0 on success, -1 with an exception set. */
int interp_init(ThreadState *ts, int argc, char **argv) SP_RAISES;
/* Every static builtin type, NULL-terminated: readied by interp_init and
 * marked as roots by the collector. */
extern Type *const init_static_types[];
void ts_delete(ThreadState *ts);
/* Remove ts from the thread list (GIL held) / free the struct, after
 * ts_release_stacks (no GIL needed). */
void ts_unlink(ThreadState *ts);
void ts_free(ThreadState *ts);
/* Give ts's stacks to the spare pool or unmap them (GIL held); ts_free then
 * only frees the struct, so it may run after the GIL is dropped. */
void ts_release_stacks(ThreadState *ts);
/* Record the calling OS thread's ident and native id in ts. */
void ts_bind_os_thread(ThreadState *ts);
/* Make sure `n` more Values fit above stack_top; -1 + MemoryError if not. */
int ts_stack_reserve(ThreadState *ts, int n) SP_RAISES;

#endif
