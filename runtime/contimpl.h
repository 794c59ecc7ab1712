/* runtime/contimpl.h: private helpers shared by the container files (CONT).
 * SPDX-License-Identifier: MIT
 *
 * A growable byte buffer for reprs, keyword-argument lookup for CFuncs and
 * index conversion.  Only list.c, tuple.c, dict.c, set.c, range.c, slice.c,
 * iterobj.c and listsort.c include this.
 */
#ifndef GILPY_CONTIMPL_H
#define GILPY_CONTIMPL_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "int.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

/* memcpy/memmove of n Values; empty lists have a NULL buffer, so skip n == 0. */
static inline void
vcopy(Value *dst, const Value *src, int64_t n)
{
    if (n > 0)
        memcpy(dst, src, (size_t)n * sizeof(Value));
}

static inline void
vmove(Value *dst, const Value *src, int64_t n)
{
    if (n > 0)
        memmove(dst, src, (size_t)n * sizeof(Value));
}

/* ---- a malloc'd byte buffer; str_new copies it at the end ---- */
typedef struct ContBuf {
    char *p;
    size_t len, cap;
} ContBuf;

static inline int
cbuf_put(ContBuf *b, const char *s, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n)
            cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np)
            return -1;
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    return 0;
}

static inline int
cbuf_puts(ContBuf *b, const char *s)
{
    return cbuf_put(b, s, strlen(s));
}

/* Append repr(v); -1 with an exception set on failure. */
static inline int
cbuf_repr(ThreadState *ts, ContBuf *b, Value v)
{
    Value r = obj_repr(ts, v);
    if (!r)
        return -1;
    if (cbuf_put(b, str_as(r)->data, (size_t)str_as(r)->size) < 0) {
        exc_no_memory(ts);
        return -1;
    }
    return 0;
}

/* Turn the buffer into a str and free it. */
static inline Value
cbuf_finish(ThreadState *ts, ContBuf *b)
{
    Value r = str_new(ts, b->p ? b->p : "", b->len);
    free(b->p);
    b->p = NULL;
    return r;
}

static inline void
cbuf_free(ContBuf *b)
{
    free(b->p);
    b->p = NULL;
}

/* ---- keyword arguments: values follow the positional ones ---- */
static inline int
kw_len(Value kwnames)
{
    return kwnames ? (int)tuple_as(kwnames)->len : 0;
}

/* The keyword value named `name`, or VNULL. */
static inline Value
kw_get(Value *args, int nargs, Value kwnames, const char *name)
{
    int n = kw_len(kwnames);
    for (int i = 0; i < n; i++)
        if (strcmp(str_cstr(tuple_as(kwnames)->items[i]), name) == 0)
            return args[nargs + i];
    return VNULL;
}

/* Reject any keyword not in the NULL-terminated `allowed` list with CPython's text. */
static inline int
kw_check(ThreadState *ts, Value kwnames, const char *fname, const char *const *allowed)
{
    int n = kw_len(kwnames);
    for (int i = 0; i < n; i++) {
        const char *k = str_cstr(tuple_as(kwnames)->items[i]);
        int ok = 0;
        for (int j = 0; allowed && allowed[j]; j++)
            if (strcmp(allowed[j], k) == 0)
                ok = 1;
        if (!ok) {
            if (!allowed || !allowed[0])
                exc_raise(ts, &TypeErrorType, "%s() takes no keyword arguments", fname);
            else
                exc_raise(ts, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", k,
                          fname);
            return -1;
        }
    }
    return 0;
}

/* ---- argument count checks with CPython's wording ---- */
static inline int
cont_nargs(ThreadState *ts, const char *fname, int n, int min, int max)
{
    if (n >= min && n <= max)
        return 0;
    if (min == max) {
        if (min == 0)
            exc_raise(ts, &TypeErrorType, "%s() takes no arguments (%d given)", fname, n);
        else if (min == 1)
            exc_raise(ts, &TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n);
        else
            exc_raise(ts, &TypeErrorType, "%s expected %d arguments, got %d", fname, min, n);
    } else if (n < min) {
        exc_raise(ts, &TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min,
                  min == 1 ? "" : "s", n);
    } else {
        exc_raise(ts, &TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max,
                  max == 1 ? "" : "s", n);
    }
    return -1;
}

/* A method's argument check: no keywords ("list.index() takes no keyword
 * arguments"), then the count, worded as CPython words it for the method's
 * kind ("list.append() takes exactly one argument (0 given)", "index
 * expected at least 1 argument, got 0"). */
static inline int
cont_args(ThreadState *ts, Value kwnames, const char *qual, int n, int min, int max)
{
    if (kw_len(kwnames)) {
        exc_raise(ts, &TypeErrorType, "%s() takes no keyword arguments", qual);
        return -1;
    }
    if (n >= min && n <= max)
        return 0;
    const char *dot = strrchr(qual, '.');
    return cont_nargs(ts, (min == max && min <= 1) || !dot ? qual : dot + 1, n, min, max);
}

/* Convert an index-like value to int64 (clamping is the caller's job).
 * Returns -1 with *err set to 1 on failure.  Big ints raise IndexError
 * "cannot fit 'int' into an index-sized integer". */
static inline int
cont_as_index(ThreadState *ts, Value v, int64_t *out, const char *what)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    Type *t = val_type(v);
    if (!int_check(v)) {
        if (!t->index) {
            if (what)
                exc_raise(ts, &TypeErrorType, "%s", what);
            else
                exc_raise(ts, &TypeErrorType,
                          "'%s' object cannot be interpreted as an integer", t->name);
            return -1;
        }
        v = obj_index(ts, v);
        if (!v)
            return -1;
        if (val_is_int(v)) {
            *out = val_as_int(v);
            return 0;
        }
    }
    int ovf = 0;
    int64_t r = int_as_i64(ts, v, &ovf);
    if (ovf) {
        if (ts_has_exc(ts))
            exc_clear(ts);
        exc_raise(ts, &IndexErrorType, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = r;
    return 0;
}

/* Normalise a possibly negative index against len (no bounds check). */
static inline int64_t
cont_wrap(int64_t i, int64_t len)
{
    return i < 0 ? i + len : i;
}

/* Iterate any iterable, calling fn(ctx, item) per item; roots the iterator. */
static inline int
cont_foreach(ThreadState *ts, Value iterable, int (*fn)(ThreadState *, void *, Value), void *ctx)
{
    Value it = obj_iter(ts, iterable);
    if (!it)
        return -1;
    ts_push_root(ts, it);
    int xslot = ts->nroots;
    ts_push_root(ts, VNULL); /* the current item: fn may run Python code */
    int rc = 0;
    for (;;) {
        Value x = obj_next(ts, it);
        ts->roots[xslot] = x;
        if (!x) {
            if (ts_has_exc(ts))
                rc = -1;
            break;
        }
        if (fn(ts, ctx, x) < 0) {
            rc = -1;
            break;
        }
    }
    ts_pop_roots(ts, 2);
    return rc;
}

/* Shared by list.c and tuple.c (defined in tuple.c). */
int seq_repeat_count(ThreadState *ts, Value n, int64_t *count) SP_RAISES;
int seq_index_bounds(ThreadState *ts, Value *args, int nargs, int64_t len, int64_t *lo,
                     int64_t *hi) SP_RAISES;
/* reversed() over a sequence from index `start` down (iterobj.c). */
Value reversed_new_seq(ThreadState *ts, Value seq, int64_t start) SP_RAISES;
/* Shared iterator helper: iter(it) is it (defined in iterobj.c). */
Value cont_iter_self(ThreadState *ts, Value it);

#endif
