/* interp/eval.h: entry points into the VM (interp/ceval.c) and the compiler.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_EVAL_H
#define GILPY_EVAL_H

#include "../runtime/object.h"

/* Run a module-level or class-body code object with the given globals and
 * locals dicts (locals may equal globals). */
Value eval_code(ThreadState *ts, Value code, Value globals, Value locals) SP_RAISES;
/* Call a Python function object (FuncObj) with vector-call arguments.  This
 * is FunctionType's `call` slot; it binds arguments (CPython's TypeError
 * texts), pushes a frame and runs it (or makes a generator). */
Value eval_call_function(ThreadState *ts, Value func, Value *args, int nargs, Value kwnames) SP_RAISES;
/* Handle pending eval-breaker work (GIL drop, signals, GC); -1 if an exception was raised. */
int eval_handle_breaker(ThreadState *ts) SP_RAISES;

/* interp/compiler.c: compile source (UTF-8) to a module CodeObj.
 * mode: "exec", "eval" or "single".  On a syntax error raises SyntaxError /
 * IndentationError with filename, lineno, offset, text, end_lineno, end_offset
 * set as CPython does, and returns VNULL. */
Value compile_source(ThreadState *ts, const char *src, size_t len, const char *filename,
                     const char *mode) SP_RAISES;

/* interp/run.c: run a whole file / string as __main__; returns the exit status
 * (after printing any uncaught exception as CPython does). */
int run_main_file(ThreadState *ts, const char *path);
int run_main_string(ThreadState *ts, const char *src, const char *filename);
/* After run_main_*: join non-daemon threads, run atexit, stop the other
 * threads; returns rc (or never returns after an uncaught KeyboardInterrupt). */
int run_finalize(ThreadState *ts, int rc);

/* interp/ceval.c: builtins.__build_class__(func, name, *bases, metaclass=None, **kw):
 * runs the class body with a fresh namespace, then calls the metaclass. */
Value eval_build_class(ThreadState *ts, Value *args, int nargs, Value kwnames) SP_RAISES;

#endif
