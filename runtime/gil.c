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
 *    timeout) before releasing.  The objects the thread will need afterwards
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
 *    waiters is left to the OS condition variable.
 *
 * 10. Statistics (GilStats): per thread and in total, acquisitions, drops
 *    forced by a request, drops around blocking calls, requests made, total
 *    and longest wait and hold.  They cost two clock reads per hand-off.
 */
#include "gil.h"

#include <errno.h>
#include <time.h>

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

/* Wait (mutex held) until the GIL is free, asking the holder to drop it
 * after each full interval without a switch. */
static void
wait_until_free(Gil *g, ThreadState *ts)
{
    while (atomic_load(&g->locked)) {
        uint64_t saved = atomic_load(&g->switch_number);
        struct timespec dl = deadline_after_us(atomic_load_explicit(&g->interval_us, memory_order_relaxed));
        int rc = pthread_cond_timedwait(&g->cond, &g->mutex, &dl);
        if (rc == ETIMEDOUT && atomic_load(&g->locked) &&
            atomic_load(&g->switch_number) == saved) {
            ThreadState *h = atomic_load(&g->holder);
            if (h && h != ts) {
                atomic_fetch_or(&h->breaker, BREAK_DROP_GIL);
                ts->gil_stats.drop_requests++;
                g->total.drop_requests++;
            }
        }
    }
}

int
gil_take(ThreadState *ts)
{
    Gil *g = ts->interp->gil;
    uint64_t start = gil_now_ns();
    pthread_mutex_lock(&g->mutex);
    wait_until_free(g, ts);
    if (atomic_load(&g->finalizing) && ts != ts->interp->main_ts) {
        pthread_mutex_unlock(&g->mutex);
        return -1;
    }
    pthread_mutex_lock(&g->switch_mutex);
    atomic_store(&g->locked, 1);
    if (atomic_load(&g->holder) != ts) {
        atomic_store(&g->holder, ts);
        atomic_fetch_add(&g->switch_number, 1);
    }
    pthread_cond_signal(&g->switch_cond);
    pthread_mutex_unlock(&g->switch_mutex);
    /* A request aimed at us while we were not holding it is stale. */
    atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_DROP_GIL);
    uint64_t now = gil_now_ns();
    ts->gil_hold_start = now;
    ts->gil_stats.acquisitions++;
    g->total.acquisitions++;
    stat_max_add(&ts->gil_stats.wait_total, &ts->gil_stats.wait_max, now - start);
    stat_max_add(&g->total.wait_total, &g->total.wait_max, now - start);
    pthread_mutex_unlock(&g->mutex);
    return 0;
}

void
gil_drop(ThreadState *ts, int forced)
{
    Gil *g = ts->interp->gil;
    uint64_t held = gil_now_ns() - ts->gil_hold_start;
    pthread_mutex_lock(&g->mutex);
    stat_max_add(&ts->gil_stats.hold_total, &ts->gil_stats.hold_max, held);
    stat_max_add(&g->total.hold_total, &g->total.hold_max, held);
    if (forced) {
        ts->gil_stats.forced_drops++;
        g->total.forced_drops++;
    }
    atomic_store(&g->locked, 0);
    pthread_cond_signal(&g->cond);
    pthread_mutex_unlock(&g->mutex);
    if (!forced)
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
take_or_exit(ThreadState *ts)
{
    if (gil_take(ts) < 0)
        pthread_exit(NULL);
}

void
gil_yield(ThreadState *ts)
{
    gil_spill(ts); /* this frame stays put until the GIL is back */
    atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_DROP_GIL);
    gil_drop(ts, 1);
    take_or_exit(ts);
}

void
gil_release_blocking(ThreadState *ts, const char *why)
{
    (void)why;
    ts->gil_stats.blocking_drops++;
    ts->interp->gil->total.blocking_drops++;
    gil_drop(ts, 0);
}

void
gil_reacquire_blocking(ThreadState *ts)
{
    take_or_exit(ts);
}
