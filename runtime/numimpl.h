/* runtime/numimpl.h: what the methods of int (int.c) and float (float.c) share.
 * SPDX-License-Identifier: MIT
 */
#ifndef GILPY_NUMIMPL_H
#define GILPY_NUMIMPL_H

#include "exc.h"
#include "object.h"
#include "str.h"
#include "tuple.h"

/* A method's argument check: no keywords, min..max arguments after self.  `kwname`
 * names the method in the keyword message, `name` in the count one (CPython's
 * __round__ words them differently). */
static inline int
num_method_args(ThreadState *ts, const char *kwname, const char *name, int nargs, Value kwnames,
                int min, int max)
{
    if (arg_no_kwargs(ts, kwname, kwnames) < 0)
        return -1;
    return arg_check_count(ts, name, nargs - 1, min, max);
}

/* The argument check of a binary slot wrapper such as int.__divmod__, whose
 * CPython messages name no function for the count ("expected 1 argument,
 * got 0") and the wrapper for keywords. */
static inline int
num_wrapper_args(ThreadState *ts, const char *name, int nargs, Value kwnames)
{
    if (kwnames && tuple_as(kwnames)->len) {
        exc_raise(ts, &TypeErrorType, "wrapper %s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs - 1 != 1) {
        exc_raise(ts, &TypeErrorType, "expected 1 argument, got %d", nargs - 1);
        return -1;
    }
    return 0;
}

/* A method taking no arguments. */
static inline int
num_no_args(ThreadState *ts, const char *name, int nargs, Value kwnames)
{
    return num_method_args(ts, name, name, nargs, kwnames, 0, 0);
}

/* __format__(spec) of int and float: `format` does the work. */
static inline Value
num_format_method(ThreadState *ts, Value *args, int nargs, Value kwnames, const char *name,
                  Value (*format)(ThreadState *, Value, const char *, size_t))
{
    if (num_method_args(ts, name, name, nargs, kwnames, 1, 1) < 0)
        return VNULL;
    if (!str_check(args[1]))
        return exc_raise(ts, &TypeErrorType, "__format__() argument must be str, not %s",
                         obj_type_name(args[1]));
    return format(ts, args[0], str_cstr(args[1]), (size_t)str_as(args[1])->size);
}

#endif
