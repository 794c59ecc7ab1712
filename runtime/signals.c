/* runtime/signals.c: recording OS signals and running their handlers.
 * SPDX-License-Identifier: MIT
 *
 * The C handler may run in any thread at any moment, with or without the
 * GIL, so it only stores to atomics: the signal's `tripped` flag, the
 * interpreter's pending flag and the main thread's BREAK_SIGNAL bit (and a
 * byte to the wakeup fd, if any).  Python-level handlers run in the main
 * thread at its next eval-breaker check (signals_handle_pending), whichever
 * thread the OS delivered the signal to, as CPython does.
 *
 * Signal dispositions are process-wide by nature, so, like CPython, this file
 * keeps them in a few process-wide variables: the interpreter the handler
 * reports to (written once before any handler is installed), the tripped
 * flags, and the table of Python handlers (a list rooted with gc_add_root,
 * touched only with the GIL held).
 *
 * Blocking waits in the main thread wait in slices of SIGNALS_SLICE_NS and
 * look at signals_pending() between slices: a signal may be delivered to any
 * thread, so waking the main thread with EINTR alone is not enough.
 */
#include "signals.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../modules/thread_mod.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "list.h"
#include "tstate.h"

static InterpState *signal_interp;      /* set once by signals_init */
static _Atomic int tripped[NSIG];       /* arrived, handler not run yet */
static _Atomic int wakeup_fd = -1;      /* signal.set_wakeup_fd */
static Value handler_table = VNULL;     /* list of NSIG handlers (GIL) */
static Value default_int_fn = VNULL;    /* signal.default_int_handler */

void
signals_trip(InterpState *in, int signum)
{
    if (signum <= 0 || signum >= NSIG || !in || !in->main_ts)
        return;
    atomic_store(&tripped[signum], 1);
    atomic_store(&in->pending_sigint, 1);
    atomic_fetch_or(&in->main_ts->breaker, BREAK_SIGNAL);
}

static void
on_signal(int signum)
{
    int saved = errno;
    signals_trip(signal_interp, signum);
    int fd = atomic_load(&wakeup_fd);
    if (fd >= 0) {
        unsigned char b = (unsigned char)signum;
        ssize_t r = write(fd, &b, 1);
        (void)r;
    }
    errno = saved;
}

static int
os_install(int signum, void (*h)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sigemptyset(&sa.sa_mask);
    return sigaction(signum, &sa, NULL);
}

static Value
default_int_handler(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return exc_raise_arg(ts, &KeyboardInterruptType, VNULL);
}

static const MethodDef default_int_def = {"default_int_handler", default_int_handler, 0};

Value
signals_default_int_handler(ThreadState *ts)
{
    if (!default_int_fn) {
        Value f = builtin_new(ts, &default_int_def, VNULL, NULL);
        if (!f)
            return VNULL;
        default_int_fn = f;
        gc_add_root(ts, &default_int_fn);
    }
    return default_int_fn;
}

static int
ensure_table(ThreadState *ts)
{
    if (handler_table)
        return 0;
    Value l = list_new(ts, 0);
    if (!l)
        return -1;
    for (int i = 0; i < NSIG; i++)
        if (list_append(ts, l, V_NONE) < 0)
            return -1;
    handler_table = l;
    gc_add_root(ts, &handler_table);
    return 0;
}

void
signals_init(ThreadState *ts)
{
    signal_interp = ts->interp;
    if (ensure_table(ts) < 0) {
        exc_clear(ts);
        return;
    }
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        return; /* ignored by our parent: it stays ignored, as in CPython */
    Value h = signals_default_int_handler(ts);
    if (!h) {
        exc_clear(ts);
        return;
    }
    list_as(handler_table)->items[SIGINT] = h;
    os_install(SIGINT, on_signal);
}

Value
signals_get_handler(ThreadState *ts, int signum)
{
    Value h = handler_table ? list_as(handler_table)->items[signum] : V_NONE;
    if (h != V_NONE)
        return h;
    struct sigaction old;
    if (sigaction(signum, NULL, &old) != 0)
        return V_NONE;
    if (old.sa_handler == SIG_DFL)
        return val_from_int(0);
    if (old.sa_handler == SIG_IGN)
        return val_from_int(1);
    return V_NONE;
}

int
signals_set_handler(ThreadState *ts, int signum, Value handler)
{
    if (ensure_table(ts) < 0)
        return -1;
    void (*h)(int) = on_signal;
    if (handler == val_from_int(0))
        h = SIG_DFL;
    else if (handler == val_from_int(1))
        h = SIG_IGN;
    if (os_install(signum, h) != 0) {
        int e = errno;
        return exc_raise_errno(ts, e, VNULL), -1;
    }
    list_as(handler_table)->items[signum] = handler;
    return 0;
}

int
signals_set_wakeup_fd(int fd)
{
    return atomic_exchange(&wakeup_fd, fd);
}

bool
signals_pending(ThreadState *ts)
{
    InterpState *in = ts->interp;
    return ts == in->main_ts && atomic_load(&in->pending_sigint) != 0;
}

/* Run the handler of one tripped signal; -1 if it raised. */
static int
run_handler(ThreadState *ts, int signum)
{
    Value h = handler_table ? list_as(handler_table)->items[signum] : V_NONE;
    if (h == V_NONE || int_check(h))
        return 0; /* SIG_DFL / SIG_IGN / not ours: nothing to run */
    ts_push_root(ts, h);
    /* The handler gets the interrupted frame, as in CPython (breaker checks
     * and blocking calls have synced the frame's ip). */
    Value frame = ts->frame ? sys_frame_snapshot(ts, ts->frame) : V_NONE;
    if (!frame) {
        ts_pop_roots(ts, 1);
        return -1;
    }
    Value args[2] = {val_from_int(signum), frame};
    ts_push_root(ts, frame);
    Value r = obj_call(ts, h, args, 2, VNULL);
    ts_pop_roots(ts, 2);
    return r ? 0 : -1;
}

int
signals_handle_pending(ThreadState *ts)
{
    InterpState *in = ts->interp;
    if (ts != in->main_ts) {
        atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_SIGNAL);
        return 0;
    }
    atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_SIGNAL);
    if (!atomic_exchange(&in->pending_sigint, 0))
        return 0;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!atomic_load(&tripped[sig]) || !atomic_exchange(&tripped[sig], 0))
            continue;
        if (run_handler(ts, sig) < 0) {
            /* Signals still tripped are handled at the next check. */
            for (int k = sig + 1; k < NSIG; k++)
                if (atomic_load(&tripped[k])) {
                    atomic_store(&in->pending_sigint, 1);
                    atomic_fetch_or(&ts->breaker, BREAK_SIGNAL);
                    break;
                }
            return -1;
        }
    }
    return 0;
}

static struct timespec
ts_add_ns(struct timespec t, int64_t ns)
{
    t.tv_sec += (time_t)(ns / 1000000000);
    t.tv_nsec += (long)(ns % 1000000000);
    if (t.tv_nsec >= 1000000000L) {
        t.tv_sec++;
        t.tv_nsec -= 1000000000L;
    }
    return t;
}

static int64_t
ns_until(const struct timespec *dl)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)(dl->tv_sec - now.tv_sec) * 1000000000 + (dl->tv_nsec - now.tv_nsec);
}

int
signals_sleep(ThreadState *ts, double secs)
{
    if (secs < 0)
        secs = 0;
    struct timespec dl;
    clock_gettime(CLOCK_MONOTONIC, &dl);
    dl = ts_add_ns(dl, (int64_t)(secs * 1e9));
    bool main = ts == ts->interp->main_ts;
    for (;;) {
        int64_t left = ns_until(&dl);
        SP_BEGIN_ALLOW_THREADS(ts, "time.sleep")
        while (left > 0 && !(main && atomic_load(&ts->interp->pending_sigint))) {
            int64_t step = main && left > SIGNALS_SLICE_NS ? SIGNALS_SLICE_NS : left;
            struct timespec req = {(time_t)(step / 1000000000), (long)(step % 1000000000)};
            nanosleep(&req, NULL);
            left = ns_until(&dl);
        }
        SP_END_ALLOW_THREADS(ts)
        if (main && atomic_load(&ts->interp->pending_sigint) && signals_handle_pending(ts) < 0)
            return -1;
        if (ns_until(&dl) <= 0)
            return 0;
    }
}
