/* runtime/gil.h: the Global Interpreter Lock (see the notes in gil.c).
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_GIL_H
#define GILPY_GIL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ThreadState ThreadState;

#define C_STACK_NREGS 12

/* Store the callee-saved registers in regs and the stack pointer in *lo. */
__attribute__((always_inline)) static inline void
c_stack_spill(uintptr_t *regs, char **lo)
{
    char *sp;
#if defined(__x86_64__)
    __asm__ volatile("movq %%rbx, 0(%1)\n\t"
                     "movq %%rbp, 8(%1)\n\t"
                     "movq %%r12, 16(%1)\n\t"
                     "movq %%r13, 24(%1)\n\t"
                     "movq %%r14, 32(%1)\n\t"
                     "movq %%r15, 40(%1)\n\t"
                     "movq %%rsp, %0"
                     : "=r"(sp)
                     : "r"(regs)
                     : "memory");
#elif defined(__aarch64__)
    __asm__ volatile("stp x19, x20, [%1, #0]\n\t"
                     "stp x21, x22, [%1, #16]\n\t"
                     "stp x23, x24, [%1, #32]\n\t"
                     "stp x25, x26, [%1, #48]\n\t"
                     "stp x27, x28, [%1, #64]\n\t"
                     "stp x29, x30, [%1, #80]\n\t"
                     "mov %0, sp"
                     : "=r"(sp)
                     : "r"(regs)
                     : "memory");
#else
#error "c_stack_spill: add the callee-saved registers of this architecture"
#endif
    *lo = sp;
}

/* Counters kept per thread and for the whole GIL; times in nanoseconds. */
typedef struct GilStats {
    uint64_t acquisitions;   /* times the GIL was taken */
    uint64_t forced_drops;   /* drops because another thread asked (DROP_GIL) */
    uint64_t blocking_drops; /* drops around blocking calls */
    uint64_t drop_requests;  /* requests this thread made of a holder */
    uint64_t wait_total, wait_max; /* time spent waiting to take it */
    uint64_t hold_total, hold_max; /* time spent holding it */
} GilStats;

typedef struct Gil {
    pthread_mutex_t mutex;        /* guards locked and the wait on cond */
    pthread_cond_t cond;          /* signalled whenever the GIL is dropped */
    pthread_mutex_t switch_mutex; /* forced switching: the dropper waits here ... */
    pthread_cond_t switch_cond;   /* ... until a different thread has taken the GIL */
    _Atomic int locked;           /* 1 while some thread holds it */
    _Atomic(ThreadState *) holder; /* the holder, or the last one after a drop */
    _Atomic uint64_t switch_number; /* +1 each time the GIL changes hands */
    _Atomic long interval_us;     /* sys.setswitchinterval, default 5000 */
    _Atomic int finalizing;       /* set at shutdown: late threads must not run */
    GilStats total;               /* updated under mutex */
    /* Switch policies (GIL_POLICY_*); the FIFO fields are guarded by mutex. */
    _Atomic int policy;
    long ticks_n;                 /* ticks:N */
    uint64_t next_ticket, serving; /* io / ticks: first come, first served */
    uint64_t epoch;               /* bumped by gil_set_policy: old tickets are void */
    uint64_t next_urgent, serving_urgent; /* io: I/O-bound threads, served first */
    struct GilTrace *trace;       /* non-NULL while tracing (giltrace.h) */
    uint64_t trace_gen;
    int ncpu;                     /* CPUs we may run on: spin only if > 1 */
    _Atomic int spinners;         /* threads spinning on the GIL or a lock now */
    int narrate;                  /* -X gilnarrate */
    int numbered;                 /* threads numbered so far for narration */
    long warn_ms;                 /* -X gilwarn=MS, 0 = off */
    int stats_at_exit;            /* -X gilstats */
    struct GilEnded *ended;       /* -X gilstats: the statistics of threads that ended */
    int nended, ended_cap;
} Gil;

enum { GIL_POLICY_CPYTHON, GIL_POLICY_IO, GIL_POLICY_TICKS };

/* Choose a policy by name ("cpython", "io", "ticks:N"); called by the GIL
 * holder.  0, or -1 if the name is not valid (nothing changed). */
int gil_set_policy(ThreadState *ts, const char *name);
/* The current policy's name into buf ("ticks:100"). */
void gil_policy_name(Gil *g, char *buf, size_t n);
/* Start / stop writing a Chrome trace (GIL held).  0, or -1 with errno set;
 * trace_stop returns 1 when no trace was running. */
int gil_trace_start(ThreadState *ts, const char *path);
int gil_trace_stop(ThreadState *ts);
/* The -X gilstats table on stderr (GIL held). */
void gil_print_stats(ThreadState *ts);
/* Apply one -X option if it is one of the GIL's (gilstats, giltrace=FILE,
 * gilpolicy=P, gilnarrate, gilwarn=MS): 1 if applied, 0 if not ours, -1 if
 * its value is invalid (a message was printed on stderr). */
int gil_xoption(ThreadState *ts, const char *opt);
/* At exit (interp/run.c): write the trace.  The -X gilstats table is printed
 * by interp/main.c once stdout is flushed (gil_print_stats_at_exit). */
void gil_at_exit(ThreadState *ts);
void gil_print_stats_at_exit(ThreadState *ts);

void gil_init(Gil *g);
void gil_destroy(Gil *g);
/* Take the GIL for ts (blocking).  Returns 0, or -1 if the interpreter is
 * finalizing and ts is not allowed to run Python any more. */
int gil_take(ThreadState *ts);
/* Drop the GIL.  `forced`: because the breaker asked (forced switching). */
void gil_drop(ThreadState *ts, int forced);
/* Around a blocking call: drop then take, counted as a blocking drop.
 * Between them the thread must not touch any object. */
void gil_release_blocking(ThreadState *ts, const char *why);
void gil_reacquire_blocking(ThreadState *ts);
/* Called from the eval breaker when BREAK_DROP_GIL is set. */
void gil_yield(ThreadState *ts);
uint64_t gil_now_ns(void);

/* Record where this thread's live C frames start and what its callee-saved
 * registers hold, so that the collector, running in another thread while
 * this one is blocked, can scan them (gc.c "C stacks").  Must be expanded in
 * the function that stays on the stack for the whole blocked period. */
#define gil_spill(ts) c_stack_spill((ts)->saved_regs, &(ts)->c_stack_lo)

#define SP_BEGIN_ALLOW_THREADS(ts, why)                                                            \
    gil_spill(ts);                                                                                 \
    gil_release_blocking((ts), (why));
#define SP_END_ALLOW_THREADS(ts) gil_reacquire_blocking(ts);

#endif
