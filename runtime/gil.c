/* runtime/gil.c: the Global Interpreter Lock.
 * SPDX-License-Identifier: MIT
 *
 * Notes about the implementation
 * ==============================
 *
 * 1. What it protects.  Every object, the collector, InterpState and all
 *    ThreadStates' Python-visible fields.  A thread may read or write an
 *    object only while it holds the GIL.  OS resources (file descriptors,
 *    pthread locks of _thread) do not need it.
 *
 * 2. State (struct Gil in gil.h): `locked` with `mutex` and `cond`; the
 *    switch interval (5 ms by default, sys.setswitchinterval); `holder`, the
 *    thread holding it or the last one that did; `switch_number`, bumped
 *    whenever the GIL changes hands; `switch_mutex`/`switch_cond` for forced
 *    switching.
 *
 * 3. Taking it.  A thread that finds the GIL locked waits on `cond` for at
 *    most one interval.  If the wait times out and no switch happened in the
 *    meantime (switch_number unchanged), the holder has run a whole interval
 *    while someone waited: the waiter sets BREAK_DROP_GIL in the holder's
 *    eval breaker and waits again.  This is CPython 3.2's "new GIL".
 *
 * 4. Dropping it.  Clear `locked` and signal `cond`.  If the drop was
 *    requested, the dropper then waits on `switch_cond` until another
 *    thread has taken the GIL (forced switching): otherwise the OS would
 *    often let the dropper take it straight back.
 *
 * 5. Where the holder yields.  Only at eval-breaker checks, which the VM
 *    makes at backward jumps and calls (interp/ceval.c).  So a thread switch
 *    can fall between any two such points, for example between the load and
 *    the store of `x += 1` inside a loop, never inside a C function.  The
 *    breaker is a per-thread atomic word (BREAK_* in tstate.h): DROP_GIL,
 *    SIGNAL, ASYNC_EXC, GC, CALLS.  A per-thread word avoids CPython's
 *    recomputation when a signal arrives in a thread that cannot handle it.
 *
 * 6. Blocking calls: sleep, lock waits, join, reads and writes of files and
 *    the terminal, input().  They are bracketed by SP_BEGIN_ALLOW_THREADS /
 *    SP_END_ALLOW_THREADS (gil_release_blocking / gil_reacquire_blocking),
 *    in the same C function.  The rule for code between the two: touch no
 *    object, not even to read it; copy what you need (a C buffer, an fd, a
 *    timeout) before releasing.  One exception, by design: a _thread lock's
 *    waiter reads and swaps the lock's atomic futex word, which is what it
 *    waits on; that word is never touched non-atomically, and the lock stays
 *    alive because the waiting frame holds it (modules/thread_lock.c).  The objects the thread will need afterwards
 *    stay alive because the collector, which may run in another thread
 *    meanwhile, scans this thread's C stack and the registers saved by
 *    SP_BEGIN_ALLOW_THREADS (gc.c, "C stacks"), besides its VM stack.
 *
 * 7. Signals.  The C handler only records the signal and sets BREAK_SIGNAL
 *    in the main thread's breaker; Python handlers run in the main thread at
 *    its next check.  Waits retry on EINTR and recompute their deadline.
 *
 * 8. Lifecycle.  The main thread creates the GIL and takes it.  A new
 *    thread's state is made by its parent with the GIL held; the child
 *    takes the GIL before it runs bytecode.  At shutdown `finalizing` is
 *    set: a daemon thread that wakes up in gil_take then never runs Python
 *    again (gil_take returns -1 and the thread ends quietly).
 *
 * 9. Trade-offs.  A thread returning from a blocking call can wait a whole
 *    interval behind a CPU-bound thread (the convoy effect); fairness among
 *    waiters is left to the OS condition variable.  Both are what CPython
 *    3.11 does, so they stay in the default policy; see 11.
 *
 * 10. Statistics (GilStats): per thread and in total, acquisitions, drops
 *    forced by a request, drops around blocking calls, requests made, total
 *    and longest wait and hold.  They cost two clock reads per hand-off.
 *
 * 11. Policies (gil_set_policy, -X gilpolicy=, gil.setpolicy()).
 *    `cpython` is 1-10 above, unchanged.  The two others serve waiters first
 *    come, first served: a waiter takes a ticket (next_ticket) and takes the
 *    GIL only when it is free and its ticket is `serving`; drops broadcast
 *    `cond` so the right waiter wakes.  A forced dropper takes its ticket
 *    BEFORE it lets go, so it queues behind everyone already waiting; this
 *    replaces forced switching (4).
 *    - `io`: a thread coming back from a blocking call whose recent holds
 *      were short (moving average below a quarter of the interval: it is
 *      I/O-bound, not CPU-bound; each hold weighs half, capped at one
 *      interval) becomes `urgent`: it queues in a second first-come queue,
 *      served before the normal one,
 *      and it asks the holder to drop at once instead of after an interval.
 *      Everyone else is asked to drop after a slice of one interval from
 *      its own start, lengthened or shortened by what its previous slices
 *      fell short or overran (`gil_slice_debt`, at most half an interval),
 *      so CPU-bound threads end up with the same GIL time even when the OS
 *      takes a holder's core mid-slice.
 *    - `ticks:N`: no timed requests at all.  The holder keeps DROP_GIL set in
 *      its own breaker, so every check enters gil_yield, which counts; at
 *      each N-th check of a thread, if someone waits, it drops.  With no
 *      blocking calls the interleaving depends only on the threads' own
 *      check counts, so a race replays identically (Python 2, MicroPython).
 *    A policy change bumps `epoch`, voiding all tickets; waiters take new
 *    ones in the order they wake.
 *
 * 12. Seeing it.  While tracing (giltrace.c), every take, drop, blocking call
 *    and request is appended to the thread's own buffer, inside the critical
 *    sections below that already hold `mutex`: no extra lock, and when
 *    tracing is off the cost is one test of `trace` per hand-off.  The same
 *    places print -X gilnarrate's sentences.  -X gilwarn=MS: a waiter whose
 *    timed wait expires checks how long ago the holder was first asked to
 *    drop (gil_asked_at); past MS without a check it warns, and the holder
 *    prints its Python stack when it finally reaches one.
 *
 * 13. Spinning.  A thread coming back from a blocking call, or starting,
 *    first watches `locked` for a few tens of microseconds before it
 *    sleeps on `cond` (runtime/spin.h), and a blocked lock.acquire watches
 *    the lock the same way.  A hand-off between threads on two cores then
 *    needs no futex wake-up.  A thread forced to drop does not spin: the
 *    taker will hold the GIL for an interval.  Nor does a waiter that has
 *    just asked the holder to drop: it would always beat the waiter that
 *    cond wakes, which then starts a fresh interval of waiting, and
 *    fairness among CPU-bound threads suffers (measured: 0.6-0.8 instead
 *    of CPython's 0.85-0.9).  The spin only waits; who
 *    gets the GIL is decided under `mutex` exactly as above, and under the
 *    io and ticks policies, whose queue order matters, there is no spin
 *    before a thread has its ticket; under io, a ticket holder whose wait
 *    should be short (it is urgent and asked for the drop, or the holder
 *    is urgent and about to block) watches the GIL once per hold before
 *    it sleeps.
 */
#define _GNU_SOURCE 1 /* sched_getaffinity, CPU_COUNT */
#include "gil.h"

#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../interp/opcodes.h"
#include "func.h"
#include "giltrace.h"
#include "spin.h"
#include "str.h"
#include "tstate.h"

uint64_t
gil_now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

void
gil_init(Gil *g)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_mutex_init(&g->mutex, NULL);
    pthread_cond_init(&g->cond, &ca);
    pthread_mutex_init(&g->switch_mutex, NULL);
    pthread_cond_init(&g->switch_cond, &ca);
    pthread_condattr_destroy(&ca);
    atomic_init(&g->locked, 0);
    atomic_init(&g->holder, NULL);
    atomic_init(&g->switch_number, 0);
    atomic_init(&g->interval_us, 5000);
    atomic_init(&g->finalizing, 0);
    atomic_init(&g->policy, GIL_POLICY_CPYTHON);
    atomic_init(&g->spinners, 0);
    cpu_set_t cpus; /* the CPUs we may run on (taskset), not all online */
    long n = sched_getaffinity(0, sizeof cpus, &cpus) == 0 ? CPU_COUNT(&cpus)
                                                           : sysconf(_SC_NPROCESSORS_ONLN);
    g->ncpu = n > 0 ? (int)n : 1;
}

void
gil_destroy(Gil *g)
{
    pthread_mutex_destroy(&g->mutex);
    pthread_cond_destroy(&g->cond);
    pthread_mutex_destroy(&g->switch_mutex);
    pthread_cond_destroy(&g->switch_cond);
}

static struct timespec
deadline_after_us(long us)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_sec += us / 1000000;
    t.tv_nsec += (us % 1000000) * 1000;
    if (t.tv_nsec >= 1000000000) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000;
    }
    return t;
}

static void
stat_max_add(uint64_t *total, uint64_t *max, uint64_t v)
{
    *total += v;
    if (v > *max)
        *max = v;
}

static int
policy_of(Gil *g)
{
    return atomic_load_explicit(&g->policy, memory_order_relaxed);
}

/* ------------------------------------------------ narration and tracing */

/* "T3" for narration; numbers are given in order of first mention (mutex held). */
static int
tnum(Gil *g, ThreadState *ts)
{
    if (!ts->gil_num)
        ts->gil_num = ++g->numbered;
    return ts->gil_num;
}

static double
ms(uint64_t ns)
{
    return (double)ns / 1e6;
}

/* Where the holder is when it checks its breaker: the instruction before ip
 * is the backward jump or the call that made the check. */
static void
where_now(ThreadState *ts, char *buf, size_t n)
{
    Frame *f = ts->frame;
    if (!f || !f->code || !f->ip) {
        snprintf(buf, n, "a check outside Python code");
        return;
    }
    CodeObj *co = f->code;
    int lasti = (int)(f->ip - co->code) - 1;
    const char *kind = "a check";
    if (lasti >= 0 && lasti < co->ncode) {
        const char *op = opcode_names[co->code[lasti] & 0xff];
        kind = strstr(op, "JUMP") ? "a backward jump" : strstr(op, "CALL") ? "a call" : kind;
    }
    snprintf(buf, n, "%s in %s, line %d", kind, str_cstr(co->name), code_line_of(co, lasti));
}

static void
print_stack(ThreadState *ts, int num)
{
    fprintf(stderr, "Stack of T%d (most recent call last):\n", num);
    Frame *fr[64];
    int n = 0;
    for (Frame *f = ts->frame; f && n < 64; f = f->prev)
        fr[n++] = f;
    while (n-- > 0) {
        CodeObj *co = fr[n]->code;
        if (!co)
            continue;
        int lasti = fr[n]->ip ? (int)(fr[n]->ip - co->code) - 1 : 0;
        fprintf(stderr, "  File \"%s\", line %d, in %s\n", str_cstr(co->filename),
                code_line_of(co, lasti), str_cstr(co->name));
    }
}

/* A waiter asks holder h to drop (mutex held). */
static void
request_drop(Gil *g, ThreadState *ts, ThreadState *h, uint64_t start, const char *how)
{
    /* the time first: once the bit is set, h may drop before we go on */
    uint64_t now = gil_now_ns();
    if (g->trace) {
        GilEvent *e = giltrace_event(ts, g->trace, GT_REQUEST);
        if (e) {
            e->t0 = now - g->trace->t0;
            e->target = giltrace_buf(h, g->trace);
            e->flow = ++g->trace->next_flow;
            atomic_store(&h->gil_flow, e->flow);
        }
    }
    if (h->gil_asked_at < h->gil_hold_start)
        h->gil_asked_at = now; /* the first request of this hold, for -X gilwarn */
    atomic_fetch_or(&h->breaker, BREAK_DROP_GIL);
    ts->gil_stats.drop_requests++;
    g->total.drop_requests++;
    if (g->narrate)
        fprintf(stderr, "T%d %s %.1f ms and asked T%d to drop\n", tnum(g, ts), how,
                ms(now - start), tnum(g, h));
}

/* -X gilwarn: the holder has not reached a check for warn_ms (mutex held). */
static void
check_long_hold(Gil *g, ThreadState *ts, ThreadState *h)
{
    uint64_t now = gil_now_ns();
    if (h == ts || atomic_load(&h->gil_warned) || h->gil_asked_at < h->gil_hold_start ||
        now - h->gil_asked_at < (uint64_t)g->warn_ms * 1000000u)
        return;
    atomic_store(&h->gil_warned, 1); /* the drop request brings h to gil_yield */
    fprintf(stderr,
            "gilwarn: T%d has held the GIL for %.1f ms, %.1f ms of them without reaching a "
            "check since it was asked to drop it (T%d is waiting); its stack follows when it "
            "reaches one\n",
            tnum(g, h), ms(now - h->gil_hold_start), ms(now - h->gil_asked_at), tnum(g, ts));
}

/* ------------------------------------------------ the FIFO queue (io, ticks) */

/* Two first-come queues of tickets: `urgent` (io: I/O-bound threads back
 * from a blocking call) is served before the normal one. */
static void
take_ticket(Gil *g, ThreadState *ts, int urgent)
{
    ts->gil_urgent = urgent;
    ts->gil_ticket = urgent ? g->next_urgent++ : g->next_ticket++;
    ts->gil_ticket_epoch = g->epoch + 1;
}

static int
has_ticket(Gil *g, ThreadState *ts)
{
    return ts->gil_ticket_epoch == g->epoch + 1;
}

static int
urgent_waiting(Gil *g)
{
    return g->next_urgent > g->serving_urgent;
}

/* May ts take the GIL now?  (mutex held) */
static int
can_take(Gil *g, ThreadState *ts)
{
    if (policy_of(g) == GIL_POLICY_CPYTHON)
        return !atomic_load(&g->locked);
    if (!has_ticket(g, ts))
        take_ticket(g, ts, 0); /* queue on arrival, even while the GIL is held */
    if (atomic_load(&g->locked))
        return 0;
    if (urgent_waiting(g))
        return ts->gil_urgent && ts->gil_ticket == g->serving_urgent;
    return !ts->gil_urgent && ts->gil_ticket == g->serving;
}

/* ts takes (or gives up) its turn: the next one in line becomes eligible. */
static void
end_turn(Gil *g, ThreadState *ts)
{
    if (has_ticket(g, ts)) {
        if (ts->gil_urgent && ts->gil_ticket == g->serving_urgent)
            g->serving_urgent++;
        else if (!ts->gil_urgent && ts->gil_ticket == g->serving)
            g->serving++;
    }
    ts->gil_ticket_epoch = 0;
}

/* io: does holder h look I/O-bound: it came in through the urgent queue
 * and has not held the GIL for a quarter interval yet?  (Its recent holds
 * say nothing: a CPU-bound holder's are short when urgent threads cut them.) */
static int
io_holder(Gil *g, ThreadState *h, uint64_t now)
{
    uint64_t quarter = (uint64_t)atomic_load(&g->interval_us) * 250u;
    return h->gil_urgent && now - h->gil_hold_start < quarter;
}

static int
has_waiters(Gil *g)
{
    return urgent_waiting(g) || g->next_ticket > g->serving;
}

/* ------------------------------------------------ taking and dropping */

/* Wait (mutex held) until ts may take the GIL, asking the holder to drop it
 * after each full interval without a switch (not under ticks:N). */
/* io policy: ask for a drop once the holder's own slice has lasted an
 * interval, whenever the waiters started waiting, so every CPU-bound thread
 * gets the same slice (fairness).  Returns 1 if it waited. */
/* io policy: the holder's slice, one interval corrected by what its last
 * slices overran (the OS took its core mid-slice) or fell short (an urgent
 * thread cut in), so that CPU-bound threads' GIL time evens out. */
static uint64_t
io_slice_ns(Gil *g, ThreadState *h)
{
    int64_t iv = (int64_t)atomic_load(&g->interval_us) * 1000;
    return (uint64_t)(iv - h->gil_slice_debt);
}

/* After a forced drop under io: carry the slice's error to the next one,
 * at most half an interval either way. */
static void
io_settle_slice(Gil *g, ThreadState *ts, uint64_t held, int forced)
{
    int64_t iv = (int64_t)atomic_load(&g->interval_us) * 1000;
    if (!forced) { /* it blocked: no longer competing for CPU */
        ts->gil_slice_debt = 0;
        return;
    }
    int64_t d = ts->gil_slice_debt + (int64_t)held - iv;
    ts->gil_slice_debt = d > iv / 2 ? iv / 2 : d < -iv / 2 ? -iv / 2 : d;
}

static int
io_slice_wait(Gil *g, ThreadState *ts, uint64_t start)
{
    ThreadState *h = atomic_load(&g->holder);
    if (policy_of(g) != GIL_POLICY_IO || !atomic_load(&g->locked) || !h || h == ts)
        return 0;
    uint64_t due = h->gil_hold_start + io_slice_ns(g, h);
    uint64_t now = gil_now_ns(), sw = atomic_load(&g->switch_number);
    if (now >= due) {
        if (!(atomic_load(&h->breaker) & BREAK_DROP_GIL) && g->warn_ms)
            check_long_hold(g, ts, h);
        if (!(atomic_load(&h->breaker) & BREAK_DROP_GIL))
            request_drop(g, ts, h, start, "waited");
        due = now + (uint64_t)atomic_load(&g->interval_us) * 1000u; /* re-check later */
    }
    struct timespec dl = deadline_after_us((long)((due - now) / 1000u) + 1);
    int rc = pthread_cond_timedwait(&g->cond, &g->mutex, &dl);
    if (rc == ETIMEDOUT && g->warn_ms && atomic_load(&g->switch_number) == sw)
        check_long_hold(g, ts, h);
    return 1;
}

/* io policy, mutex held: a wait that should last microseconds (an urgent
 * thread waiting for the holder it asked to drop, or anyone waiting behind
 * an urgent holder about to block) watches the GIL instead of sleeping,
 * so a sleeper's visit costs a CPU-bound thread two wake-ups less (note
 * 13).  Returns 1 if it watched (the caller re-checks its turn). */
static int
io_short_wait(Gil *g, ThreadState *ts)
{
    ThreadState *h = atomic_load(&g->holder);
    if (policy_of(g) != GIL_POLICY_IO || g->ncpu < 2 || !atomic_load(&g->locked) || !h ||
        h == ts || !(ts->gil_urgent || h->gil_urgent) || ts->gil_spun_for == g->switch_number)
        return 0;
    ts->gil_spun_for = atomic_load(&g->switch_number); /* once per hold */
    pthread_mutex_unlock(&g->mutex);
    spin_until_zero(&g->locked, NULL, &ts->spin_budget, &g->spinners, g->ncpu);
    pthread_mutex_lock(&g->mutex);
    return 1;
}

static void
wait_until_free(Gil *g, ThreadState *ts, uint64_t start)
{
    while (!can_take(g, ts)) {
        if (io_short_wait(g, ts))
            continue;
        if (io_slice_wait(g, ts, start))
            continue;
        uint64_t saved = atomic_load(&g->switch_number);
        struct timespec dl = deadline_after_us(atomic_load_explicit(&g->interval_us, memory_order_relaxed));
        int rc = pthread_cond_timedwait(&g->cond, &g->mutex, &dl);
        if (rc == ETIMEDOUT && atomic_load(&g->locked) &&
            atomic_load(&g->switch_number) == saved) {
            ThreadState *h = atomic_load(&g->holder);
            if (g->warn_ms && h)
                check_long_hold(g, ts, h);
            if (h && h != ts && policy_of(g) != GIL_POLICY_TICKS)
                request_drop(g, ts, h, start, "waited");
        }
    }
}

/* Record the end of a wait and, after a blocking call, the blocked time. */
static void
trace_take(Gil *g, ThreadState *ts, uint64_t start, uint64_t now)
{
    uint64_t t0 = g->trace->t0;
    if (ts->gil_why && ts->gil_block_start >= t0) {
        GilEvent *b = giltrace_event(ts, g->trace, GT_BLOCKED);
        if (b) {
            b->t0 = ts->gil_block_start - t0;
            b->dur = start - ts->gil_block_start;
            b->why = ts->gil_why;
        }
    }
    GilEvent *e = start >= t0 ? giltrace_event(ts, g->trace, GT_WAIT) : NULL;
    if (e) {
        e->t0 = start - t0;
        e->dur = now - start;
    }
}

enum { TAKE_SPIN = 1, TAKE_AFTER_BLOCKING = 2 };

static int
take(ThreadState *ts, int how)
{
    Gil *g = ts->interp->gil;
    uint64_t start = gil_now_ns();
    /* note 13: a thread that did not just drop the GIL itself watches it
     * briefly before sleeping on cond (the decision is still made below) */
    if ((how & TAKE_SPIN) && policy_of(g) == GIL_POLICY_CPYTHON)
        spin_until_zero(&g->locked, NULL, &ts->spin_budget, &g->spinners, g->ncpu);
    pthread_mutex_lock(&g->mutex);
    if ((how & TAKE_AFTER_BLOCKING) && policy_of(g) == GIL_POLICY_IO) {
        /* io policy: an I/O-bound thread does not queue behind CPU hogs. */
        ThreadState *h = atomic_load(&g->holder);
        int io_bound = ts->gil_recent_hold < (uint64_t)atomic_load(&g->interval_us) * 250u;
        if (!has_ticket(g, ts) && io_bound) {
            int first = !urgent_waiting(g);
            take_ticket(g, ts, 1);
            /* the first in the urgent queue asks a CPU-bound holder to drop;
             * an I/O-bound one is about to block anyway, and later arrivals
             * come after the first */
            if (first && atomic_load(&g->locked) && h && h != ts && !io_holder(g, h, start))
                request_drop(g, ts, h, start, "is back from a blocking call: waited");
        }
    }
    wait_until_free(g, ts, start);
    if (atomic_load(&g->finalizing) && ts != ts->interp->main_ts) {
        end_turn(g, ts);
        pthread_cond_broadcast(&g->cond);
        pthread_mutex_unlock(&g->mutex);
        return -1;
    }
    end_turn(g, ts);
    pthread_mutex_lock(&g->switch_mutex);
    atomic_store(&g->locked, 1);
    ThreadState *prev = atomic_load(&g->holder);
    if (prev != ts) {
        atomic_store(&g->holder, ts);
        atomic_fetch_add(&g->switch_number, 1);
    }
    pthread_cond_signal(&g->switch_cond);
    pthread_mutex_unlock(&g->switch_mutex);
    if (policy_of(g) == GIL_POLICY_TICKS) /* every check goes to gil_yield, which counts */
        atomic_fetch_or(&ts->breaker, BREAK_DROP_GIL);
    else /* a request aimed at us while we were not holding it is stale */
        atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_DROP_GIL);
    uint64_t now = gil_now_ns();
    ts->gil_hold_start = now;
    ts->gil_stats.acquisitions++;
    g->total.acquisitions++;
    stat_max_add(&ts->gil_stats.wait_total, &ts->gil_stats.wait_max, now - start);
    stat_max_add(&g->total.wait_total, &g->total.wait_max, now - start);
    if (g->trace)
        trace_take(g, ts, start, now);
    if (g->narrate && prev != ts)
        fprintf(stderr, "T%d took the GIL after waiting %.1f ms\n", tnum(g, ts), ms(now - start));
    ts->gil_why = NULL;
    pthread_mutex_unlock(&g->mutex);
    if (g->trace) /* threading names a thread once it runs: remember the names */
        giltrace_name_all(ts, g->trace, &g->mutex);
    return 0;
}

int
gil_take(ThreadState *ts)
{
    return take(ts, TAKE_SPIN);
}

struct GilEnded {
    int num;
    GilStats stats;
};

/* -X gilstats: a thread is ending; keep its row for the table (mutex held). */
static void
keep_ended_stats(Gil *g, ThreadState *ts)
{
    if (g->nended == g->ended_cap) {
        int cap = g->ended_cap ? 2 * g->ended_cap : 16;
        struct GilEnded *e = realloc(g->ended, sizeof *e * (size_t)cap);
        if (!e)
            return;
        g->ended = e;
        g->ended_cap = cap;
    }
    g->ended[g->nended].num = tnum(g, ts);
    g->ended[g->nended++].stats = ts->gil_stats;
}

static void
trace_drop(Gil *g, ThreadState *ts, int forced, uint64_t now, const char *where)
{
    GilTrace *t = g->trace;
    GilEvent *e = giltrace_event(ts, t, GT_HOLD);
    if (!e)
        return;
    uint64_t from = ts->gil_hold_start > t->t0 ? ts->gil_hold_start : t->t0;
    e->t0 = from - t->t0;
    e->dur = now > from ? now - from : 0;
    e->end = forced ? (policy_of(g) == GIL_POLICY_TICKS ? GT_END_TICKS : GT_END_FORCED)
                    : ts->gil_why ? GT_END_BLOCKING : GT_END_EXIT;
    e->why = ts->gil_why;
    if (e->end == GT_END_EXIT)
        ts->gil_trace_buf->ended = 1;
    if (forced) {
        e->flow = atomic_exchange(&ts->gil_flow, 0);
        snprintf(e->where, sizeof e->where, "%s", where);
    }
}

void
gil_drop(ThreadState *ts, int forced)
{
    Gil *g = ts->interp->gil;
    char where[48] = "";
    if ((g->trace || g->narrate) && forced)
        where_now(ts, where, sizeof where);
    pthread_mutex_lock(&g->mutex);
    /* the hold ends under the mutex, so every request recorded under it
     * before this point (the one that forced this drop) falls inside it */
    uint64_t now = gil_now_ns();
    uint64_t held = now - ts->gil_hold_start;
    stat_max_add(&ts->gil_stats.hold_total, &ts->gil_stats.hold_max, held);
    stat_max_add(&g->total.hold_total, &g->total.hold_max, held);
    {   /* io policy: "CPU-bound lately" = a moving average of the last few
         * holds, each counted as at most one interval so old history fades
         * within three or four holds */
        uint64_t cap = (uint64_t)atomic_load(&g->interval_us) * 1000u;
        ts->gil_recent_hold = (ts->gil_recent_hold + (held < cap ? held : cap)) / 2;
    }
    if (policy_of(g) == GIL_POLICY_IO)
        io_settle_slice(g, ts, held, forced);
    if (ts->gil_why)
        ts->gil_block_start = now;
    if (forced) {
        ts->gil_stats.forced_drops++;
        g->total.forced_drops++;
    }
    if (g->trace)
        trace_drop(g, ts, forced, now, where);
    if (g->stats_at_exit && !forced && !ts->gil_why && ts != ts->interp->main_ts)
        keep_ended_stats(g, ts);
    if (g->narrate)
        fprintf(stderr, "T%d %s%s%s after holding it %.1f ms\n", tnum(g, ts),
                forced ? "dropped the GIL at " : "released the GIL",
                forced ? where : ts->gil_why ? " for " : " (thread end)",
                forced ? "" : ts->gil_why ? ts->gil_why : "", ms(held));
    int fifo = policy_of(g) != GIL_POLICY_CPYTHON;
    if (forced && fifo)
        take_ticket(g, ts, 0); /* queue behind everyone already waiting, then let go */
    atomic_store(&g->locked, 0);
    pthread_mutex_unlock(&g->mutex);
    /* Signalled after the unlock, so the woken thread does not find the
     * mutex still held by us (on a busy machine it often runs at once on
     * our core).  No wake-up is lost: a waiter that saw `locked` set is
     * already registered on cond, as pthread_cond_wait releases the mutex
     * atomically; one that comes later finds `locked` clear. */
    if (fifo)
        pthread_cond_broadcast(&g->cond);
    else
        pthread_cond_signal(&g->cond);
    if (!forced || fifo)
        return;
    /* Forced switching: don't race the waiter for the GIL we just gave up. */
    pthread_mutex_lock(&g->switch_mutex);
    while (atomic_load(&g->holder) == ts && !atomic_load(&g->locked)) {
        struct timespec dl = deadline_after_us(atomic_load(&g->interval_us));
        if (pthread_cond_timedwait(&g->switch_cond, &g->switch_mutex, &dl) == ETIMEDOUT)
            break;
    }
    pthread_mutex_unlock(&g->switch_mutex);
}

/* THREADING helper: a thread refused the GIL because the interpreter is
 * finalizing (a daemon or _thread thread) must never run Python again nor
 * touch any object: it ends here, quietly, leaking its state. */
static void
take_or_exit(ThreadState *ts, int how)
{
    if (take(ts, how) < 0)
        pthread_exit(NULL);
}

/* ticks:N: count this check; 1 when the thread should switch now. */
static int
tick_due(Gil *g, ThreadState *ts)
{
    if (++ts->gil_ticks < (uint64_t)g->ticks_n)
        return 0;
    ts->gil_ticks = 0;
    pthread_mutex_lock(&g->mutex);
    int w = has_waiters(g);
    pthread_mutex_unlock(&g->mutex);
    return w;
}

void
gil_yield(ThreadState *ts)
{
    Gil *g = ts->interp->gil;
    if (atomic_load(&ts->gil_warned)) {
        atomic_store(&ts->gil_warned, 0);
        pthread_mutex_lock(&g->mutex); /* numbers are given under it */
        int num = tnum(g, ts);
        pthread_mutex_unlock(&g->mutex);
        fprintf(stderr, "gilwarn: T%d reached a check after %.1f ms holding the GIL\n", num,
                ms(gil_now_ns() - ts->gil_hold_start));
        print_stack(ts, num);
    }
    if (policy_of(g) == GIL_POLICY_TICKS) {
        if (!tick_due(g, ts))
            return; /* DROP_GIL stays set: the next check comes back here */
    } else {
        atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_DROP_GIL);
    }
    gil_spill(ts); /* this frame stays put until the GIL is back */
    gil_drop(ts, 1);
    take_or_exit(ts, 0);
}

void
gil_release_blocking(ThreadState *ts, const char *why)
{
    ts->gil_stats.blocking_drops++;
    ts->interp->gil->total.blocking_drops++;
    ts->gil_why = why ? why : "a blocking call";
    gil_drop(ts, 0); /* sets gil_block_start: the hold ends where blocking begins */
}

void
gil_reacquire_blocking(ThreadState *ts)
{
    take_or_exit(ts, TAKE_SPIN | TAKE_AFTER_BLOCKING);
}

/* ------------------------------------------------ policies */

int
gil_set_policy(ThreadState *ts, const char *name)
{
    Gil *g = ts->interp->gil;
    int p;
    long n = 0;
    if (strcmp(name, "cpython") == 0)
        p = GIL_POLICY_CPYTHON;
    else if (strcmp(name, "io") == 0)
        p = GIL_POLICY_IO;
    else if (strncmp(name, "ticks:", 6) == 0) {
        char *end;
        errno = 0;
        n = strtol(name + 6, &end, 10);
        if (end == name + 6 || *end || n < 1 || errno)
            return -1;
        p = GIL_POLICY_TICKS;
    } else
        return -1;
    pthread_mutex_lock(&g->mutex);
    g->ticks_n = n;
    g->epoch++; /* void every ticket: waiters queue again as they wake */
    g->next_ticket = g->serving = 0;
    g->next_urgent = g->serving_urgent = 0;
    atomic_store(&g->policy, p);
    ts->gil_ticks = 0;
    if (p == GIL_POLICY_TICKS)
        atomic_fetch_or(&ts->breaker, BREAK_DROP_GIL);
    else
        atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_DROP_GIL);
    pthread_cond_broadcast(&g->cond);
    pthread_mutex_unlock(&g->mutex);
    return 0;
}

void
gil_policy_name(Gil *g, char *buf, size_t n)
{
    int p = policy_of(g);
    if (p == GIL_POLICY_TICKS)
        snprintf(buf, n, "ticks:%ld", g->ticks_n);
    else
        snprintf(buf, n, "%s", p == GIL_POLICY_IO ? "io" : "cpython");
}

/* ------------------------------------------------ tracing and statistics */

int
gil_trace_start(ThreadState *ts, const char *path)
{
    Gil *g = ts->interp->gil;
    if (g->trace)
        gil_trace_stop(ts);
    GilTrace *t = giltrace_new(path, ++g->trace_gen);
    if (!t)
        return -1;
    FILE *probe = fopen(path, "w"); /* report a bad path now, not at exit */
    if (!probe) {
        int e = errno;
        free(t->path);
        free(t);
        errno = e;
        return -1;
    }
    fclose(probe);
    pthread_mutex_lock(&g->mutex);
    g->trace = t;
    pthread_mutex_unlock(&g->mutex);
    return 0;
}

int
gil_trace_stop(ThreadState *ts)
{
    Gil *g = ts->interp->gil;
    if (!g->trace)
        return 1;
    uint64_t now = gil_now_ns();
    pthread_mutex_lock(&g->mutex);
    GilTrace *t = g->trace;
    GilEvent *e = giltrace_event(ts, t, GT_HOLD); /* the caller's hold, still open */
    if (e) {
        uint64_t from = ts->gil_hold_start > t->t0 ? ts->gil_hold_start : t->t0;
        e->t0 = from - t->t0;
        e->dur = now - from;
        e->end = GT_END_OPEN;
    }
    g->trace = NULL;
    pthread_mutex_unlock(&g->mutex);
    return giltrace_write(ts, t);
}

static void
stats_row(const char *who, const GilStats *s)
{
    fprintf(stderr, "%-16s %8llu %7llu %8llu %8llu %10.3f %9.3f %10.3f %9.3f\n", who,
            (unsigned long long)s->acquisitions, (unsigned long long)s->forced_drops,
            (unsigned long long)s->blocking_drops, (unsigned long long)s->drop_requests,
            ms(s->wait_total), ms(s->wait_max), ms(s->hold_total), ms(s->hold_max));
}

void
gil_print_stats(ThreadState *ts)
{
    Gil *g = ts->interp->gil;
    char pol[32];
    gil_policy_name(g, pol, sizeof pol);
    fprintf(stderr, "GIL statistics (policy %s, switch interval %.1f ms, times in ms):\n", pol,
            (double)atomic_load(&g->interval_us) / 1000.0);
    fprintf(stderr, "%-16s %8s %7s %8s %8s %10s %9s %10s %9s\n", "thread", "acquired", "forced",
            "blocking", "requests", "wait", "wait max", "hold", "hold max");
    char who[32];
    pthread_mutex_lock(&g->mutex); /* the counters and numbers change under it */
    for (ThreadState *t = ts->interp->threads; t; t = t->next) {
        if (t == ts->interp->main_ts)
            snprintf(who, sizeof who, "T%d MainThread", tnum(g, t));
        else
            snprintf(who, sizeof who, "T%d (running)", tnum(g, t));
        stats_row(who, &t->gil_stats);
    }
    for (int i = 0; i < g->nended; i++) {
        snprintf(who, sizeof who, "T%d (ended)", g->ended[i].num);
        stats_row(who, &g->ended[i].stats);
    }
    stats_row("total", &g->total);
    pthread_mutex_unlock(&g->mutex);
}

int
gil_xoption(ThreadState *ts, const char *opt)
{
    Gil *g = ts->interp->gil;
    if (strcmp(opt, "gilstats") == 0) {
        tnum(g, ts); /* the main thread is T1 */
        g->stats_at_exit = 1;
    } else if (strcmp(opt, "gilnarrate") == 0) {
        tnum(g, ts); /* the main thread is T1 */
        g->narrate = 1;
    } else if (strncmp(opt, "gilwarn=", 8) == 0) {
        char *end;
        long v = strtol(opt + 8, &end, 10);
        if (end == opt + 8 || *end || v < 1) {
            fprintf(stderr, "-X gilwarn=MS: MS must be a positive number of milliseconds\n");
            return -1;
        }
        tnum(g, ts);
        g->warn_ms = v;
    } else if (strncmp(opt, "gilpolicy=", 10) == 0) {
        if (gil_set_policy(ts, opt + 10) < 0) {
            fprintf(stderr, "-X gilpolicy: unknown policy '%s' (cpython, io or ticks:N)\n",
                    opt + 10);
            return -1;
        }
    } else if (strncmp(opt, "giltrace=", 9) == 0) {
        if (gil_trace_start(ts, opt + 9) < 0) {
            fprintf(stderr, "-X giltrace: cannot write '%s': %s\n", opt + 9, strerror(errno));
            return -1;
        }
    } else {
        return 0;
    }
    return 1;
}

void
gil_print_stats_at_exit(ThreadState *ts)
{
    if (ts->interp->gil->stats_at_exit)
        gil_print_stats(ts);
}

void
gil_at_exit(ThreadState *ts)
{
    Gil *g = ts->interp->gil;
    if (g->trace) {
        char *path = strdup(g->trace->path);
        if (gil_trace_stop(ts) < 0)
            fprintf(stderr, "-X giltrace: cannot write '%s': %s\n", path ? path : "?",
                    strerror(errno));
        free(path);
    }
}
