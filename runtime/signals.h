/* runtime/signals.h: recording OS signals and running their handlers.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_SIGNALS_H
#define GILPY_SIGNALS_H

#include "object.h"

/* Install the SIGINT handler (unless SIGINT was ignored at start-up). */
void signals_init(ThreadState *ts);
/* Called by the eval breaker on BREAK_SIGNAL: in the main thread, run the
 * pending handlers (SIGINT's default raises KeyboardInterrupt).  Other
 * threads leave the work to the main thread.  -1 with an exception set. */
int signals_handle_pending(ThreadState *ts) SP_RAISES;
/* True if the calling thread is the main thread and a signal waits for its
 * handler (blocking waits poll this; may be called without the GIL). */
bool signals_pending(ThreadState *ts);
/* Mark signum as arrived, as the C handler does (interrupt_main, tests). */
void signals_trip(InterpState *in, int signum);

/* The Python-level handler table (modules/mod_signal.c).  A handler is a
 * callable, SIG_DFL (the int 0), SIG_IGN (1) or None (installed by C code). */
Value signals_get_handler(ThreadState *ts, int signum);
/* Record `handler` and set the OS disposition; -1 + OSError on failure. */
int signals_set_handler(ThreadState *ts, int signum, Value handler) SP_RAISES;
/* The builtin default_int_handler (made on first use). */
Value signals_default_int_handler(ThreadState *ts) SP_RAISES;
/* The set_wakeup_fd() descriptor (-1: none); the previous one is returned. */
int signals_set_wakeup_fd(int fd);

/* Sleep `secs` seconds without the GIL.  In the main thread pending signals
 * interrupt the sleep: their handlers run, and if one raises, -1 is returned
 * with the exception set; otherwise the sleep goes on to its deadline (PEP 475). */
int signals_sleep(ThreadState *ts, double secs) SP_RAISES;
/* For blocking waits in slices: the main thread waits at most this long
 * (ns) before looking at signals_pending(); other threads wait unsliced. */
#define SIGNALS_SLICE_NS 20000000L

#endif
