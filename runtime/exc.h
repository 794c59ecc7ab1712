/* runtime/exc.h: exception objects, the builtin hierarchy, raising and printing.
 * SPDX-License-Identifier: MIT
 *
 * The exception being raised lives in ts->exc (an exception instance).  A
 * function that fails sets it and returns VNULL / -1; the VM unwinds to the
 * nearest handler, appending a traceback entry per frame it leaves.
 */
#ifndef GILPY_EXC_H
#define GILPY_EXC_H

#include <stdarg.h>

#include "object.h"

typedef struct ExcObj {
    Obj base;
    Value dict;            /* __dict__ */
    Value args;            /* tuple */
    Value traceback;       /* TracebackObj or VNULL (None) */
    Value cause;           /* __cause__ or VNULL */
    Value context;         /* __context__ or VNULL */
    Value notes;           /* __notes__ list or VNULL */
    uint8_t suppress_context;
    /* Subclass members: StopIteration.value, SystemExit.code,
     * OSError (errno, strerror, filename, filename2), KeyError none,
     * SyntaxError (msg, filename, lineno, offset, text, end_lineno, end_offset),
     * ImportError (name, path), NameError/AttributeError (name, obj). */
    Value fields[8];
} ExcObj;

/* A traceback entry: one per frame the exception passed through.  The line
 * is computed from (code, lasti) only when printed (PERFORMANCE-NOTES 2.5). */
typedef struct TracebackObj {
    Obj base;
    Value next;            /* TracebackObj or VNULL */
    Value code;            /* CodeObj */
    Value globals;         /* for tb_frame.f_globals */
    int32_t lasti;         /* instruction index */
    int32_t lineno;        /* -1 until computed */
} TracebackObj;

/* name, parent: the builtin hierarchy of CPython 3.11 */
/* clang-format off */
#define EXC_TYPES(X) \
    X(BaseException, Object) \
    X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(GeneratorExit, BaseException) \
    X(Exception, BaseException) \
    X(StopIteration, Exception) \
    X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(DeprecationWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(UserWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(BytesWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(EncodingWarning, Warning) \
    X(BaseExceptionGroup, BaseException) \
    X(ExceptionGroup, BaseExceptionGroup)
/* clang-format on */

#define X(n, p) extern Type n##Type;
EXC_TYPES(X)
#undef X

/* Raise t(message) with a printf-formatted message (UTF-8).  Returns VNULL. */
Value exc_raise(ThreadState *ts, Type *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Raise t(arg) (arg VNULL: no args). Returns VNULL. */
Value exc_raise_arg(ThreadState *ts, Type *t, Value arg);
/* Raise an exception instance or class (instantiated with no args). Returns VNULL. */
Value exc_raise_value(ThreadState *ts, Value exc);
/* OSError subclass chosen from errno, as CPython: FileNotFoundError(2, 'No such file...', filename). */
Value exc_raise_errno(ThreadState *ts, int err, Value filename);
Value exc_no_memory(ThreadState *ts);
/* Create an instance: t(*args).  Returns VNULL on failure. */
Value exc_new(ThreadState *ts, Type *t, Value args_tuple) SP_RAISES;
/* Is the current exception an instance of t? */
bool exc_matches(ThreadState *ts, Type *t);
/* Does exception value exc match t (a type or tuple of types)? */
bool exc_value_matches(ThreadState *ts, Value exc, Value t);
Value exc_fetch(ThreadState *ts);   /* take ts->exc, clearing it */
void exc_clear(ThreadState *ts);
/* Append a traceback entry for frame f (called by the VM while unwinding). */
void exc_add_traceback(ThreadState *ts, Value exc, Value code, Value globals, int lasti);
/* Print `exc` with its chained causes/contexts and tracebacks, CPython 3.11 style,
 * to `file` (a Python file object; VNULL: sys.stderr). */
void exc_print(ThreadState *ts, Value exc, Value file);
/* The line number for a traceback entry. */
int tb_lineno(TracebackObj *tb);
void exc_types_init(ThreadState *ts);

/* The type of TracebackObj (runtime/traceback.c). */
extern Type TracebackType;
/* Print the traceback entries only (no header, no exception line). */
void tb_print(ThreadState *ts, Value tb, Value file);

static inline ExcObj *
exc_as(Value v)
{
    return (ExcObj *)val_as_obj(v);
}

#endif
