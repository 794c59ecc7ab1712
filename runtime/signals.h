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
/* True if the main thread has an unhandled SIGINT (blocking waits poll this). */
bool signals_pending(ThreadState *ts);

#endif
