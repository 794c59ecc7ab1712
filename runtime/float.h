/* runtime/float.h: Python float: immediate when the exponent fits, else FloatObj.
 * SPDX-License-Identifier: MIT */
#ifndef GILPY_FLOAT_H
#define GILPY_FLOAT_H

#include "object.h"

typedef struct FloatObj {
    Obj base;
    double d;
} FloatObj;

/* Box only if the double cannot be immediate; NULL result = MemoryError. */
Value float_new(ThreadState *ts, double d) SP_RAISES;

static inline bool
float_check_exact(Value v)
{
    return val_is_imm_float(v) || (val_is_obj(v) && val_as_obj(v)->type == &FloatType);
}

/* v must be a float (exact or subclass instance laid out as FloatObj). */
static inline double
float_as_double(Value v)
{
    if (val_is_imm_float(v))
        return val_as_imm_float(v);
    return ((FloatObj *)val_as_obj(v))->d;
}

bool float_check(Value v); /* float or subclass */
/* Convert an int/float/bool (or __float__/__index__) to double; TypeError
 * "must be real number, not str" otherwise. */
int float_coerce(ThreadState *ts, Value v, double *out) SP_RAISES;
/* repr(): shortest round-trip, CPython's format rules ('1e+16', '0.1', 'inf', 'nan'). */
Value float_repr(ThreadState *ts, Value v) SP_RAISES;
/* Write repr(d) into buf (at least 32 bytes); returns length. */
int float_repr_buf(double d, char *buf);
Value float_format(ThreadState *ts, Value v, const char *spec, size_t len) SP_RAISES;
int64_t float_hash(double d);                                   /* CPython's */
Value float_binop(ThreadState *ts, Value a, Value b, int nb) SP_RAISES; /* a, b int or float */
Value float_from_str(ThreadState *ts, const char *s, size_t len) SP_RAISES;
/* Compare an int Value and a double exactly (-1/0/1; NaN compares unordered: returns 2). */
int float_int_compare(Value i, double d);

#endif
