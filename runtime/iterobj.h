/* runtime/iterobj.h: the builtin iterator types of iterobj.c.
 * SPDX-License-Identifier: MIT
 *
 * enumerate, zip, map, filter and reversed are created through their
 * types' new_ slots (builtins binds the names to the types); iter(seq) and
 * iter(callable, sentinel) use these constructors. */
#ifndef GILPY_ITEROBJ_H
#define GILPY_ITEROBJ_H

#include "object.h"

/* Iteration through __getitem__ with 0, 1, 2, ... until IndexError/StopIteration. */
Value iter_seq_new(ThreadState *ts, Value seq) SP_RAISES;
/* iter(callable, sentinel) */
Value iter_call_new(ThreadState *ts, Value callable, Value sentinel) SP_RAISES;
/* reversed(seq): __reversed__ if defined, else the sequence protocol. */
Value iter_reversed(ThreadState *ts, Value seq) SP_RAISES;

#endif
