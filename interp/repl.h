/* interp/repl.h: the interactive prompt (interp/repl.c) and its Tab completion (interp/complete.c).
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_REPL_H
#define GILPY_REPL_H

#include <stddef.h>

#include "../runtime/object.h"

/* Run the interactive loop in __main__ (made if no script ran) until EOF,
 * exit() or an uncaught SystemExit; returns the exit status.  With
 * terminals on stdin and stdout the line editor (libedit) is used, else
 * lines are read from stdin with the prompts written to stderr, as CPython
 * does.
 * `banner`: print the version banner first (not with -q). */
int repl_run(ThreadState *ts, int banner);

/* Completion candidates for the word that ends at line[end]: keywords,
 * names of __main__ and builtins, or attributes after a dotted name.  The
 * word starts at *start.  Returns a malloc'd, NULL-terminated, sorted array
 * of malloc'd strings, each a full replacement for line[*start..end) (a "("
 * follows a callable, a space or ':' some keywords), or NULL if none.  Needs
 * the GIL; never runs Python code (no getters, __getattr__ or __dir__). */
char **complete_candidates(ThreadState *ts, const char *line, size_t end, size_t *start);
void complete_free(char **list);

#endif
