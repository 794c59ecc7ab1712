/* runtime/spin.h: a bounded, adaptive busy-wait before sleeping.
 * SPDX-License-Identifier: MIT
 *
 * A thread handing work to another (a lock released for a waiter, the GIL
 * dropped before a blocking call) is usually answered within microseconds
 * when the other thread runs on another core.  Sleeping on a condition
 * variable costs a futex wake-up and a trip through the scheduler, tens of
 * microseconds, on each side.  So a waiter first watches the word for a
 * while, then sleeps as before: the idea of glibc's adaptive mutexes and
 * the kernel's optimistic spinning.
 *
 * Spinning only pays while the thread we wait for is running on another
 * core.  When the machine is busier than its cores, it is not, and every
 * spin is a loss.  Userspace cannot see that directly, so each thread keeps
 * a budget: a spin that ends in success doubles it (up to SPIN_MAX_NS), one
 * that runs out quarters it (down to SPIN_MIN_NS, short enough to cost
 * nothing and long enough to notice when spinning starts paying again).
 * The spin never decides anything: the caller re-checks under its mutex.
 * On a single CPU spinning only delays the thread we wait for, so it is off;
 * on n CPUs at most n threads spin at once, so that a crowd of woken threads
 * does not take every core from the one they wait for.  (Not n - 1: in a
 * hand-off the two threads overlap their spins for a moment, one on the GIL
 * the other just dropped, one on the lock it will wait for next.)
 */
#ifndef GILPY_SPIN_H
#define GILPY_SPIN_H

#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#define SPIN_MAX_NS 40000u
#define SPIN_MIN_NS 2000u

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

/* Watch *word until it is 0 (free) and so is *also (if not NULL), for at
 * most *budget ns (a per-thread figure that this call adapts; 0 means "not
 * set yet").  Returns 1 if they became 0, 0 if the time ran out. */
static inline int
spin_run(_Atomic int *word, _Atomic int *also, uint32_t *budget)
{
    if (*budget == 0)
        *budget = SPIN_MAX_NS;
    uint64_t end = 0;
    for (unsigned i = 1;; i++) {
        if (atomic_load_explicit(word, memory_order_relaxed) == 0 &&
            (!also || atomic_load_explicit(also, memory_order_relaxed) == 0)) {
            *budget = *budget >= SPIN_MAX_NS / 2 ? SPIN_MAX_NS : *budget * 2;
            return 1;
        }
        spin_pause();
        if ((i & 31) == 0) {
            uint64_t now = spin_clock_ns();
            if (!end) {
                end = now + *budget;
            } else if (now >= end) {
                *budget = *budget / 4 < SPIN_MIN_NS ? SPIN_MIN_NS : *budget / 4;
                return 0;
            }
        }
    }
}

/* spin_run if spinning may pay: more than one CPU and fewer than ncpu
 * threads spinning already (*spinners counts them).  0 if it did not. */
static inline int
spin_until_zero(_Atomic int *word, _Atomic int *also, uint32_t *budget, _Atomic int *spinners,
                int ncpu)
{
    if (ncpu < 2)
        return 0;
    if (atomic_fetch_add(spinners, 1) >= ncpu) {
        atomic_fetch_sub(spinners, 1);
        return 0;
    }
    int r = spin_run(word, also, budget);
    atomic_fetch_sub(spinners, 1);
    return r;
}

#endif
