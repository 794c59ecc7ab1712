/* modules/thread_lock.c: _thread.lock and _thread.RLock.
 * SPDX-License-Identifier: MIT
 *
 * A lock is one atomic word used as a Linux futex, not a pthread mutex held
 * across Python code, because a lock may be released by a thread other than
 * the one that acquired it.  The word is 0 (free) or 1 (taken); `sleepers`
 * counts threads asleep on it.  Taking a free lock is one compare-and-swap
 * and releasing one is a store, plus a wake-up call only when someone
 * sleeps.  A sleeper counts itself before it looks at the word and the
 * releaser looks at the count after it clears the word (both sequentially
 * consistent), and FUTEX_WAIT re-checks the word in the kernel, so no
 * wake-up is lost.
 *
 * acquire() first tries without releasing the GIL and drops the GIL only to
 * block (CPython's order), so uncontended locking never switches threads.
 * Blocked, it spins a little (runtime/spin.h) before sleeping: a hand-off
 * between two threads on two cores then costs no futex round trip.  While
 * blocked the thread touches only the lock's word; the lock object itself
 * stays alive because the caller's frame holds it.
 */
#include <errno.h>
#include <linux/futex.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "../runtime/dict.h"
#include "../runtime/exc.h"
#include "../runtime/float.h"
#include "../runtime/int.h"
#include "../runtime/signals.h"
#include "../runtime/spin.h"
#include "../runtime/str.h"
#include "../runtime/tuple.h"
#include "../runtime/tstate.h"
#include "modules.h"
#include "thread_mod.h"

/* ---- the wait primitive shared by Lock and RLock ---- */

static void release_c(LockObj *l);

/* Sleep while *word == val, until woken or the absolute CLOCK_MONOTONIC
 * deadline dl (NULL: none).  Spurious returns are fine: callers loop. */
static void
futex_wait_until(_Atomic int *word, int val, const struct timespec *dl)
{
    syscall(SYS_futex, (int *)word, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG, val, dl, NULL,
            FUTEX_BITSET_MATCH_ANY);
}

static void
futex_wake_one(_Atomic int *word)
{
    syscall(SYS_futex, (int *)word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1, NULL, NULL, 0);
}

static int
try_take(LockObj *l)
{
    int expected = 0;
    return atomic_compare_exchange_strong(&l->state, &expected, 1);
}

static struct timespec
deadline_after(double secs)
{
    struct timespec dl;
    clock_gettime(CLOCK_MONOTONIC, &dl);
    double whole = floor(secs);
    dl.tv_sec += (time_t)whole;
    dl.tv_nsec += (long)((secs - whole) * 1e9);
    if (dl.tv_nsec >= 1000000000L) {
        dl.tv_sec++;
        dl.tv_nsec -= 1000000000L;
    }
    return dl;
}

static bool
ts_before(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* Sleep until the lock looks free, a signal is pending (sliced waits) or
 * the deadline passes.  Returns 1 free, 0 expired, -1 signal.  Counted in
 * `sleepers` first, so a release after our look at `state` wakes us. */
static int
sleep_until_free(LockObj *l, ThreadState *ts, double timeout, const struct timespec *dl,
                 bool sliced)
{
    int r = 1;
    atomic_fetch_add(&l->sleepers, 1);
    while (atomic_load(&l->state) != 0) {
        if (sliced && signals_pending(ts)) {
            r = -1;
            break;
        }
        struct timespec wake = *dl;
        if (sliced) {
            struct timespec s = deadline_after(SIGNALS_SLICE_NS / 1e9);
            if (timeout < 0 || ts_before(&s, dl))
                wake = s;
        }
        futex_wait_until(&l->state, 1, timeout < 0 && !sliced ? NULL : &wake);
        if (timeout >= 0) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            if (!ts_before(&now, dl)) {
                r = atomic_load(&l->state) == 0;
                break;
            }
        }
    }
    atomic_fetch_sub(&l->sleepers, 1);
    return r;
}

/* Block until the lock is taken or the deadline passes.  timeout < 0:
 * forever.  The main thread waits in slices so that a signal (delivered to
 * any thread) interrupts the wait: its handlers run with the GIL, and if one
 * raises, -1 is returned without taking the lock; if none does, the wait goes
 * on to the same deadline (PEP 475).  `intr` = 0 makes the wait
 * uninterruptible.  Returns 1 if taken, 0 on timeout.
 *
 * The wait for the lock to come free is made without the GIL, but the lock
 * is taken only with the GIL held.  A thread that took the lock and then
 * waited for the GIL would leave the thread that released it (still running
 * with the GIL) to block on the lock at its next acquire and hand over the
 * GIL, once per iteration of a loop around `with lock:` (a lock convoy).
 * So, as in CPython, where a woken waiter usually finds the lock re-taken,
 * the running thread keeps the lock until it drops the GIL. */
static int
wait_take(ThreadState *ts, LockObj *l, double timeout, int intr)
{
    struct timespec dl = {0, 0};
    if (timeout >= 0)
        dl = deadline_after(timeout);
    bool sliced = intr && ts == ts->interp->main_ts;
    Gil *g = ts->interp->gil;
    for (;;) {
        int r;
        SP_BEGIN_ALLOW_THREADS(ts, "lock.acquire")
        if (spin_until_zero(&l->state, &g->locked, &ts->spin_budget, &g->spinners, g->ncpu))
            r = 1;
        else
            r = sleep_until_free(l, ts, timeout, &dl, sliced);
        SP_END_ALLOW_THREADS(ts)
        int got = r == 1 && try_take(l);
        /* A signal that came while we waited is handled here even when
         * the lock was just taken: if its handler raises, the lock is given
         * back ("interrupted, not taken"), so the exception cannot surface
         * later at a worse place (see below). */
        if (got && sliced && signals_pending(ts)) {
            if (signals_handle_pending(ts) < 0) {
                release_c(l);
                return -1;
            }
        }
        if (got)
            return 1;
        /* A signal that came during the last slice is handled here, in the
         * blocking call, even if the wait also timed out: raising it at the
         * caller's next check point instead could fall, e.g., between
         * Condition.wait's release and its re-acquire. */
        if (sliced && signals_pending(ts) && signals_handle_pending(ts) < 0)
            return -1;
        if (r == 0)
            return 0;
    }
}

static void
release_c(LockObj *l)
{
    atomic_store(&l->state, 0);
    if (atomic_load(&l->sleepers))
        futex_wake_one(&l->state);
}

/* acquire(blocking=True, timeout=-1): CPython's checks and messages. */
/* A timeout in seconds, with the checks and messages of CPython's
 * _PyTime_FromSecondsObject: it must fit in a 64-bit count of nanoseconds. */
static int
timeout_arg(ThreadState *ts, Value v, double *out)
{
    if (float_check(v)) {
        double d = float_as_double(v);
        if (isnan(d))
            return exc_raise(ts, &ValueErrorType, "Invalid value NaN (not a number)"), -1;
        if (!(d * 1e9 >= -9223372036854775808.0 && d * 1e9 < 9223372036854775808.0))
            return exc_raise(ts, &OverflowErrorType,
                             "timestamp too large to convert to C _PyTime_t"), -1;
        *out = d;
        return 0;
    }
    if (int_check(v)) {
        int ovf = 0;
        int64_t i = int_as_i64(ts, v, &ovf);
        if (ovf || i > INT64_MAX / 1000000000 || i < INT64_MIN / 1000000000)
            return exc_raise(ts, &OverflowErrorType,
                             "timestamp too large to convert to C _PyTime_t"), -1;
        *out = (double)i;
        return 0;
    }
    return float_coerce(ts, v, out);
}

static int
parse_acquire(ThreadState *ts, Value *args, int nargs, Value kwnames, int *blocking,
              double *timeout)
{
    Value vb = VNULL, vt = VNULL;
    int npos = nargs - 1; /* kwnames' values follow the positional ones */
    if (npos > 2)
        return exc_raise(ts, &TypeErrorType, "acquire() takes at most 2 arguments (%d given)",
                         npos), -1;
    if (npos >= 1)
        vb = args[1];
    if (npos >= 2)
        vt = args[2];
    for (int i = 0; kwnames && i < tuple_as(kwnames)->len; i++) {
        const char *k = str_cstr(tuple_as(kwnames)->items[i]);
        Value v = args[nargs + i];
        if (!strcmp(k, "blocking") && !vb)
            vb = v;
        else if (!strcmp(k, "timeout") && !vt)
            vt = v;
        else
            return exc_raise(ts, &TypeErrorType,
                             "'%s' is an invalid keyword argument for acquire()", k), -1;
    }
    *blocking = 1;
    *timeout = -1;
    if (vb) {
        int64_t b = int_check(vb) || val_is(vb, &BoolType) ? 0 : -2;
        if (b == -2)
            return exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                             obj_type_name(vb)), -1;
        int t = obj_truth(ts, vb);
        if (t < 0)
            return -1;
        *blocking = t;
    }
    if (vt && timeout_arg(ts, vt, timeout) < 0)
        return -1;
    if (!*blocking && *timeout != -1)
        return exc_raise(ts, &ValueErrorType, "can't specify a timeout for a non-blocking call"), -1;
    if (*timeout < 0 && *timeout != -1)
        return exc_raise(ts, &ValueErrorType, "timeout value must be positive"), -1;
    if (*timeout * 1e6 > 9223372036854775.0) /* CPython's PY_TIMEOUT_MAX, in us */
        return exc_raise(ts, &OverflowErrorType, "timeout value is too large"), -1;
    return 0;
}

/* ---- _thread.lock ---- */

static Value
lock_acquire(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    int blocking;
    double timeout;
    if (parse_acquire(ts, args, nargs, kwnames, &blocking, &timeout) < 0)
        return VNULL;
    if (try_take(l))
        return V_TRUE;
    if (!blocking || timeout == 0)
        return V_FALSE;
    int got = wait_take(ts, l, timeout, 1);
    return got < 0 ? VNULL : val_bool(got);
}

static Value
lock_release(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    if (!atomic_load(&l->state))
        return exc_raise(ts, &RuntimeErrorType, "release unlocked lock");
    release_c(l);
    return V_NONE;
}

static Value
lock_exit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return lock_release(ts, args, 1, VNULL);
}

static Value
lock_locked(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return val_bool(atomic_load(&((LockObj *)val_as_obj(args[0]))->state) != 0);
}

static Value
lock_repr(ThreadState *ts, Value self)
{
    LockObj *l = (LockObj *)val_as_obj(self);
    return str_from_fmt(ts, "<%s _thread.lock object at %p>",
                        atomic_load(&l->state) ? "locked" : "unlocked", (void *)l);
}

Value
lock_alloc(ThreadState *ts, Type *t)
{
    LockObj *l = gc_alloc(ts, t, t->basicsize);
    if (!l)
        return VNULL;
    return val_from_obj(l);
}

/* RLock() makes one; lock objects come only from allocate_lock(). */
static Value
lock_new(ThreadState *ts, Type *t, Value *args, int nargs, Value kwnames)
{
    if (t == &LockType)
        return exc_raise(ts, &TypeErrorType, "cannot create '_thread.lock' instances");
    return lock_alloc(ts, t); /* CPython's RLock() ignores its arguments */
}

/* _release_save() / _acquire_restore(state): what threading.Condition uses
 * to give up and take back its lock around a wait.  In C so that the
 * re-acquire cannot be skipped by a KeyboardInterrupt (see ceval.c,
 * handle_breaker_before_call), and uninterruptible like CPython's. */
static Value
lock_release_save(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return lock_release(ts, args, 1, VNULL);
}

static Value
lock_acquire_restore(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    if (!try_take(l))
        wait_take(ts, l, -1, 0);
    return V_NONE;
}

static const MethodDef lock_methods[] = {
    {"acquire", lock_acquire, 0},    {"acquire_lock", lock_acquire, 0},
    {"release", lock_release, 0},    {"release_lock", lock_release, 0},
    {"locked", lock_locked, 0},      {"locked_lock", lock_locked, 0},
    {"__enter__", lock_acquire, 0},  {"__exit__", lock_exit, 0},
    {"_release_save", lock_release_save, 0}, {"_acquire_restore", lock_acquire_restore, 0},
    {NULL, NULL, 0},
};

Type LockType = {
    .name = "_thread.lock",
    .basicsize = sizeof(LockObj),
    .repr = lock_repr,
    .new_ = lock_new,
    .methods = lock_methods,
};

/* ---- _thread.RLock ---- */

static Value
rlock_acquire(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    int blocking;
    double timeout;
    if (parse_acquire(ts, args, nargs, kwnames, &blocking, &timeout) < 0)
        return VNULL;
    if (l->count > 0 && l->owner == ts->ident) {
        l->count++;
        return V_TRUE;
    }
    int got = try_take(l);
    if (!got && blocking && timeout != 0)
        got = wait_take(ts, l, timeout, 1);
    if (got < 0)
        return VNULL;
    if (got) {
        l->owner = ts->ident;
        l->count = 1;
    }
    return val_bool(got);
}

static Value
rlock_release(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    if (l->count == 0 || l->owner != ts->ident)
        return exc_raise(ts, &RuntimeErrorType, "cannot release un-acquired lock");
    if (--l->count == 0) {
        l->owner = 0;
        release_c(l);
    }
    return V_NONE;
}

static Value
rlock_exit(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return rlock_release(ts, args, 1, VNULL);
}

static Value
rlock_is_owned(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    return val_bool(l->count > 0 && l->owner == ts->ident);
}

static Value
rlock_recursion_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    return val_from_int(l->owner == ts->ident ? l->count : 0);
}

/* _release_save(): fully release, returning (count, owner) for _acquire_restore. */
static Value
rlock_release_save(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    if (l->count == 0)
        return exc_raise(ts, &RuntimeErrorType, "cannot release un-acquired lock");
    Value r = tuple_pack(ts, 2, val_from_int(l->count), int_from_u64(ts, l->owner));
    if (!r)
        return VNULL;
    l->count = 0;
    l->owner = 0;
    release_c(l);
    return r;
}

static Value
rlock_acquire_restore(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    LockObj *l = (LockObj *)val_as_obj(args[0]);
    if (nargs != 2 || !tuple_check(args[1]) || tuple_as(args[1])->len != 2)
        return exc_raise(ts, &TypeErrorType, "_acquire_restore() argument must be a 2-tuple");
    if (!try_take(l))
        wait_take(ts, l, -1, 0);
    int ovf = 0;
    l->count = int_as_i64(ts, tuple_as(args[1])->items[0], &ovf);
    l->owner = ts->ident;
    return V_NONE;
}

static Value
rlock_repr(ThreadState *ts, Value self)
{
    LockObj *l = (LockObj *)val_as_obj(self);
    return str_from_fmt(ts, "<%s _thread.RLock object owner=%llu count=%lld at %p>",
                        l->count ? "locked" : "unlocked", (unsigned long long)l->owner,
                        (long long)l->count, (void *)l);
}

static const MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, 0},
    {"release", rlock_release, 0},
    {"__enter__", rlock_acquire, 0},
    {"__exit__", rlock_exit, 0},
    {"_is_owned", rlock_is_owned, 0},
    {"_recursion_count", rlock_recursion_count, 0},
    {"_release_save", rlock_release_save, 0},
    {"_acquire_restore", rlock_acquire_restore, 0},
    {NULL, NULL, 0},
};

Type RLockType = {
    .name = "_thread.RLock",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(LockObj),
    .repr = rlock_repr,
    .new_ = lock_new,
    .methods = rlock_methods,
};
