/* runtime/strlike.h: what the methods of str (strmethods.c) and bytes (bytes.c) share.
 * SPDX-License-Identifier: MIT
 *
 * str and bytes have method families that differ only in a fixed argument
 * (strip/lstrip/rstrip, find/rfind/index/rindex, upper/lower...): each family
 * has one implementation taking that argument, and STRLIKE_METHOD writes the
 * entry points.  A macro because a MethodDef needs a distinct C function for
 * every method name; the bodies stay in the implementations.
 */
#ifndef GILPY_STRLIKE_H
#define GILPY_STRLIKE_H

#include "exc.h"
#include "object.h"

/* static Value name(ts, args, nargs, kwnames) calling impl(ts, args, nargs, kwnames, ...). */
#define STRLIKE_METHOD(name, impl, ...)                                                            \
    static Value name(ThreadState *ts, Value *args, int nargs, Value kwnames)                      \
    {                                                                                              \
        return impl(ts, args, nargs, kwnames, __VA_ARGS__);                                        \
    }

/* A search of (sub[, start[, end]]): the index, -1 when not found, -2 on error. */
typedef int64_t (*StrlikeFind)(ThreadState *ts, const char *name, Value *args, int nargs,
                               Value kwnames, bool rev);

/* find/rfind (missing NULL) return -1 when sub is absent; index/rindex raise
 * ValueError(missing).  Inline, so `find` is a direct call. */
static inline Value
strlike_find(ThreadState *ts, Value *args, int nargs, Value kwnames, StrlikeFind find,
             const char *name, bool rev, const char *missing)
{
    int64_t r = find(ts, name, args, nargs, kwnames, rev);
    if (r == -1 && missing)
        return exc_raise(ts, &ValueErrorType, "%s", missing);
    return r == -2 ? VNULL : val_from_int(r);
}

/* The (encoding="utf-8", errors="strict") arguments of str.encode and bytes.decode
 * (`fname`), as C strings; -1 with CPython's messages. */
int strlike_codec_args(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
                       const char **encoding, const char **errors) SP_RAISES;

#endif
