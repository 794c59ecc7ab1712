/* runtime/value.h: the one-word value representation.
 * SPDX-License-Identifier: MIT
 *
 * Every Python value is one 64-bit word (PERFORMANCE-NOTES 2.1):
 *   ...xxx1   small int, 63-bit two's complement payload in the upper bits
 *   ...x010   immediate float (Spur-style: exponent 897..1151 and +-0.0)
 *   ...x000   pointer to an Obj (8-aligned); 0 is VNULL
 * VNULL is not a Python value: it means "no value" (unbound local, empty
 * slot) and, as a return value, "an exception is set in the ThreadState".
 * Floats whose exponent does not fit are boxed FloatObj; ints outside the
 * small range are boxed IntObj (GMP).  Callers use only these accessors,
 * so the encoding can change in this file alone.
 */
#ifndef GILPY_VALUE_H
#define GILPY_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t Value;
typedef struct Obj Obj;

#define VNULL ((Value)0)

/* Small ints: the payload range is [-(2^62), 2^62 - 1]. */
#define SMALL_INT_MAX ((int64_t)(((uint64_t)1 << 62) - 1))
#define SMALL_INT_MIN (-SMALL_INT_MAX - 1)

static inline bool
val_is_int(Value v)
{
    return (v & 1) != 0;
}

static inline int64_t
val_as_int(Value v)
{
    return (int64_t)v >> 1;
}

static inline bool
val_int_fits(int64_t i)
{
    return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX;
}

/* Caller guarantees val_int_fits(i); use int_from_i64() otherwise. */
static inline Value
val_from_int(int64_t i)
{
    return ((uint64_t)i << 1) | 1;
}

static inline bool
val_is_obj(Value v)
{
    return (v & 7) == 0 && v != 0;
}

static inline Obj *
val_as_obj(Value v)
{
    return (Obj *)(uintptr_t)v;
}

static inline Value
val_from_obj(const void *o)
{
    return (Value)(uintptr_t)o;
}

/* ---- immediate floats ----
 * bits = IEEE754 double.  rotl(bits, 1) puts the sign in bit 0 and the
 * exponent on top; subtracting 896 from the exponent leaves it in 1..255 for
 * exponents 897..1151, so the top three bits are zero and the word can be
 * shifted left by 3 to make room for the tag.  A payload of 0 or 1 encodes
 * +0.0 / -0.0 (exponent field 0 is otherwise unused). */
#define VAL_FLOAT_TAG 2u
#define VAL_FLOAT_BIAS ((uint64_t)896 << 53)

static inline bool
val_is_imm_float(Value v)
{
    return (v & 7) == VAL_FLOAT_TAG;
}

static inline uint64_t
val_rotl1(uint64_t x)
{
    return (x << 1) | (x >> 63);
}

static inline uint64_t
val_rotr1(uint64_t x)
{
    return (x >> 1) | (x << 63);
}

static inline double
val_as_imm_float(Value v)
{
    uint64_t r = v >> 3;
    uint64_t bits;
    if (r <= 1)
        bits = r << 63;
    else
        bits = val_rotr1(r + VAL_FLOAT_BIAS);
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* Returns VNULL if d cannot be immediate; then box it (float_new). */
static inline Value
val_try_imm_float(double d)
{
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint64_t exp = (bits >> 52) & 0x7ff;
    if (exp > 896 && exp < 1152)
        return ((val_rotl1(bits) - VAL_FLOAT_BIAS) << 3) | VAL_FLOAT_TAG;
    if ((bits << 1) == 0)
        return ((bits >> 63) << 3) | VAL_FLOAT_TAG;
    return VNULL;
}

#endif
