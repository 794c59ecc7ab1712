/* runtime/signals.c: recording OS signals and running their handlers.
 * SPDX-License-Identifier: MIT
 *
 * The C handler may run in any thread at any moment, with or without the
 * GIL, so it only stores to atomics: the pending flag and the main thread's
 * BREAK_SIGNAL bit.  The handler has no ThreadState to be given, hence the
 * one process-wide pointer below, written once before the handler is
 * installed.  Python-level handling happens in the main thread at its next
 * eval-breaker check (signals_handle_pending).
 */
#include "signals.h"

#include <signal.h>
#include <string.h>

#include "exc.h"
#include "tstate.h"

static InterpState *signal_interp; /* set once by signals_init, then read-only */

static void
on_sigint(int signum)
{
    (void)signum;
    InterpState *in = signal_interp;
    if (!in || !in->main_ts)
        return;
    atomic_store(&in->pending_sigint, 1);
    atomic_fetch_or(&in->main_ts->breaker, BREAK_SIGNAL);
}

void
signals_init(ThreadState *ts)
{
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        return; /* ignored by our parent: it stays ignored, as in CPython */
    signal_interp = ts->interp;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

bool
signals_pending(ThreadState *ts)
{
    return atomic_load(&ts->interp->pending_sigint) != 0;
}

int
signals_handle_pending(ThreadState *ts)
{
    InterpState *in = ts->interp;
    atomic_fetch_and(&ts->breaker, ~(uint32_t)BREAK_SIGNAL);
    if (ts != in->main_ts)
        return 0;
    if (!atomic_exchange(&in->pending_sigint, 0))
        return 0;
    exc_raise_arg(ts, &KeyboardInterruptType, VNULL);
    return -1;
}
