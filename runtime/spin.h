/* runtime/spin.h: a bounded busy-wait before sleeping on a condition.
 * SPDX-License-Identifier: MIT
 *
 * A thread handing work to another (a lock released for a waiter, the GIL
 * dropped before a blocking call) is usually answered within microseconds
 * when the other thread runs on another core.  Sleeping on a condition
 * variable costs a futex wake-up and a trip through the scheduler, tens of
 * microseconds, on each side.  So a waiter first watches the word for a
 * short while (SPIN_NS), then sleeps as before: the same adaptive idea as
 * glibc's PTHREAD_MUTEX_ADAPTIVE_NP and the kernel's optimistic spinning.
 * The spin never decides anything: the caller re-checks under its mutex.
 * On a single CPU spinning only delays the thread we wait for, so it is off.
 */
#ifndef GILPY_SPIN_H
#define GILPY_SPIN_H

#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#define SPIN_NS 40000u

static inline void
spin_pause(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ volatile("yield");
#endif
}

static inline uint64_t
spin_clock_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* Watch *word for up to SPIN_NS while it equals busy (and spinning is
 * allowed: ncpu > 1).  Returns 1 if it changed, 0 if the time ran out. */
static inline int
spin_while_equal(_Atomic int *word, int busy, int ncpu)
{
    if (ncpu < 2)
        return 0;
    uint64_t end = 0;
    for (unsigned i = 1;; i++) {
        if (atomic_load_explicit(word, memory_order_relaxed) != busy)
            return 1;
        spin_pause();
        if ((i & 63) == 0) {
            uint64_t now = spin_clock_ns();
            if (!end)
                end = now + SPIN_NS;
            else if (now >= end)
                return 0;
        }
    }
}

#endif
