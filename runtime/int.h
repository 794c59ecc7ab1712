/* runtime/int.h: Python int: small ints are immediate Values, big ones IntObj (GMP).
 * SPDX-License-Identifier: MIT
 * Invariant: a value that fits the small range is never boxed, so equality of
 * two small ints is word equality and a boxed int is always "big". */
#ifndef GILPY_INT_H
#define GILPY_INT_H

#include <gmp.h>

#include "object.h"

typedef struct IntObj {
    Obj base;
    mpz_t z;
} IntObj;

Value int_from_i64(ThreadState *ts, int64_t i) SP_RAISES;
Value int_from_u64(ThreadState *ts, uint64_t u) SP_RAISES;
Value int_from_double(ThreadState *ts, double d) SP_RAISES; /* trunc; OverflowError for inf, ValueError nan */
Value int_from_mpz(ThreadState *ts, const mpz_t z) SP_RAISES; /* normalizes */
/* Parse like int(s, base); ValueError "invalid literal for int() with base 10: 's'". */
Value int_from_str(ThreadState *ts, const char *s, size_t len, int base) SP_RAISES;
/* Is v an int (including bool and int subclasses)? */
bool int_check(Value v);
/* The value as int64; -1 and OverflowError ("Python int too large to convert to C long")
 * if it does not fit. v must satisfy int_check. */
int64_t int_as_i64(ThreadState *ts, Value v, int *overflow);
/* Load any int Value (small, big, bool, subclass) into z (initialized by caller). */
void int_to_mpz(Value v, mpz_t z);
double int_as_double(ThreadState *ts, Value v, int *overflow); /* OverflowError message: int too large to convert to float */
Value int_repr(ThreadState *ts, Value v) SP_RAISES;       /* decimal str */
Value int_to_base_str(ThreadState *ts, Value v, int base, bool prefix) SP_RAISES; /* hex/oct/bin */
int64_t int_hash(Value v);                  /* CPython's: mod 2^61-1 */
int int_compare(Value a, Value b);          /* -1, 0, 1; both ints */
int int_sign(Value v);
/* Arithmetic on two int Values (bools allowed); raise as CPython does. */
Value int_binop(ThreadState *ts, Value a, Value b, int nb) SP_RAISES;
Value int_pow_mod(ThreadState *ts, Value a, Value b, Value m) SP_RAISES; /* pow(a,b,m) */
Value int_format(ThreadState *ts, Value v, const char *spec, size_t len) SP_RAISES; /* __format__ */
size_t int_bit_length(Value v);

/* Shared by int.c and float.c (NUM internals). */
/* Decimal digits of v as a malloc'd C string; NULL + ValueError past 4300 digits. */
char *int_decimal_cstr(ThreadState *ts, Value v) SP_RAISES;
/* s with Unicode decimal digits mapped to ASCII and Unicode spaces to ' '
 * (malloc'd, NUL-terminated, length in *outlen), or NULL if s is all ASCII. */
char *num_ascii_copy(const char *s, size_t len, size_t *outlen);
/* int_as_i64 / int_as_double raise OverflowError on overflow and also set
 * *overflow = 1 when overflow is not NULL. */

#endif
