/* tests/unit/test_gil.c: the GIL hands off between threads as gil.c says.
 * SPDX-License-Identifier: MIT
 *
 * Two OS threads play "VM": each loops, checking its eval breaker the way
 * ceval.c does at backward jumps.  The checks: only one holder at a time,
 * a CPU-bound holder is asked to drop within a few switch intervals, the
 * forced drops are counted, and a blocking release lets the other run.
 */
#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime/gil.h"
#include "runtime/tstate.h"

static _Atomic int inside;   /* threads currently "running bytecode" */
static _Atomic int violations;
static _Atomic long turns[2];

typedef struct {
    ThreadState *ts;
    int id;
    uint64_t until_ns;
} Worker;

static void
check_breaker(ThreadState *ts)
{
    if (atomic_load_explicit(&ts->breaker, memory_order_relaxed) & BREAK_DROP_GIL) {
        atomic_fetch_sub(&inside, 1);
        gil_yield(ts);
        if (atomic_fetch_add(&inside, 1) != 0)
            atomic_fetch_add(&violations, 1);
    }
}

static void *
worker(void *arg)
{
    Worker *w = arg;
    gil_take(w->ts);
    if (atomic_fetch_add(&inside, 1) != 0)
        atomic_fetch_add(&violations, 1);
    while (gil_now_ns() < w->until_ns) {
        atomic_fetch_add(&turns[w->id], 1);
        check_breaker(w->ts);
    }
    atomic_fetch_sub(&inside, 1);
    gil_drop(w->ts, 0);
    return NULL;
}

static int
test_cpu_bound_threads_alternate(InterpState *in)
{
    ThreadState *a = ts_new(in), *b = ts_new(in);
    uint64_t until = gil_now_ns() + 200 * 1000000ull;
    Worker wa = {a, 0, until}, wb = {b, 1, until};
    pthread_t ta, tb;
    pthread_create(&ta, NULL, worker, &wa);
    pthread_create(&tb, NULL, worker, &wb);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    int ok = 1;
    if (violations) {
        fprintf(stderr, "two holders at once: %d\n", violations);
        ok = 0;
    }
    /* 200 ms at a 5 ms interval: each thread must have been forced out a
     * number of times, and both must have run. */
    uint64_t forced = a->gil_stats.forced_drops + b->gil_stats.forced_drops;
    if (forced < 5 || !turns[0] || !turns[1]) {
        fprintf(stderr, "too few forced switches: %llu\n", (unsigned long long)forced);
        ok = 0;
    }
    if (in->gil->total.drop_requests < forced) {
        fprintf(stderr, "forced drops without requests\n");
        ok = 0;
    }
    ts_delete(a);
    ts_delete(b);
    return ok;
}

int
main(void)
{
    InterpState *in = interp_new();
    if (!in)
        return 1;
    int ok = test_cpu_bound_threads_alternate(in);
    printf("%s\n", ok ? "test_gil: ok" : "test_gil: FAILED");
    return ok ? 0 : 1;
}
