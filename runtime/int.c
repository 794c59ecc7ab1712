/* runtime/int.c: Python int: immediate small ints, GMP big ints, arithmetic.
 * SPDX-License-Identifier: MIT
 *
 * A value that fits the small range is never boxed (int.h), so every
 * function that produces an int goes through int_from_i64 / box_mpz, which
 * normalize.  Operands, though, may be small ints, bools (TrueObj/FalseObj,
 * plain Obj without an mpz), exact big IntObj, or instances of int
 * subclasses (IntObj layout holding any value).  get_small() and zview()
 * hide those cases: the first yields an int64 when the value fits (the fast
 * paths use __builtin_*_overflow and fall back to GMP), the second a
 * read-only mpz view of any int without allocating.
 *
 * Semantics follow CPython 3.11.7 (messages included); formatting
 * (int_format) lives in float.c with the rest of the number formatting.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bytes.h"
#include "exc.h"
#include "float.h"
#include "gc.h"
#include "int.h"
#include "numimpl.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"

_Static_assert(GMP_LIMB_BITS == 64, "int.c assumes 64-bit GMP limbs");

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
/* sys.int_info.default_max_str_digits: CPython 3.11's limit for decimal conversion. */
#define MAX_STR_DIGITS 4300
/* Refuse (MemoryError) results estimated above this many bits instead of
 * letting GMP abort the process. */
#define MAX_RESULT_BITS ((uint64_t)1 << 34)

/* {===== operand access ===== */

static inline bool
is_bool(Value v)
{
    return v == V_TRUE || v == V_FALSE;
}

static inline mpz_ptr
zof(Value v)
{
    return ((IntObj *)val_as_obj(v))->z;
}

/* The value as an int64 when it fits (INT64_MIN excluded, so negation and
 * `// -1` never overflow). */
static inline bool
get_small(Value v, int64_t *out)
{
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return true;
    }
    if (is_bool(v)) {
        *out = v == V_TRUE;
        return true;
    }
    mpz_srcptr z = zof(v);
    if (mpz_fits_slong_p(z)) {
        long i = mpz_get_si(z);
        if (i != INT64_MIN) {
            *out = i;
            return true;
        }
    }
    return false;
}

/* A read-only mpz for any int, without allocation (t provides the limb). */
typedef struct ZView {
    mpz_t z;
    mp_limb_t limb;
} ZView;

static mpz_srcptr
zview(Value v, ZView *t)
{
    if (val_is_obj(v) && !is_bool(v))
        return zof(v);
    int64_t i = val_is_int(v) ? val_as_int(v) : (v == V_TRUE);
    t->limb = i < 0 ? -(uint64_t)i : (uint64_t)i;
    return mpz_roinit_n(t->z, &t->limb, i < 0 ? -1 : (i > 0));
}

/* Turn a computed mpz into a Value, taking ownership of r. */
static Value
box_mpz(ThreadState *ts, mpz_t r)
{
    if (mpz_fits_slong_p(r)) {
        long i = mpz_get_si(r);
        if (val_int_fits(i)) {
            mpz_clear(r);
            return val_from_int(i);
        }
    }
    IntObj *o = gc_alloc(ts, &IntType, sizeof(IntObj));
    if (!o) {
        mpz_clear(r);
        return VNULL;
    }
    memcpy(o->z, r, sizeof(mpz_t)); /* move: o now owns the limbs */
    gc_account(ts, (long)(mpz_size(o->z) * sizeof(mp_limb_t)));
    return val_from_obj(o);
}

static void
int_finalize(Obj *o)
{
    IntObj *io = (IntObj *)o;
    if (io->z->_mp_d)
        mpz_clear(io->z);
}

/* }===== */

/* {===== construction and conversion ===== */

Value
int_from_i64(ThreadState *ts, int64_t i)
{
    if (val_int_fits(i))
        return val_from_int(i);
    mpz_t r;
    mpz_init_set_si(r, i);
    return box_mpz(ts, r);
}

Value
int_from_u64(ThreadState *ts, uint64_t u)
{
    if (u <= (uint64_t)SMALL_INT_MAX)
        return val_from_int((int64_t)u);
    mpz_t r;
    mpz_init_set_ui(r, u);
    return box_mpz(ts, r);
}

Value
int_from_double(ThreadState *ts, double d)
{
    if (isnan(d))
        return exc_raise(ts, &ValueErrorType, "cannot convert float NaN to integer");
    if (isinf(d))
        return exc_raise(ts, &OverflowErrorType, "cannot convert float infinity to integer");
    if (d > -4611686018427387904.0 && d < 4611686018427387904.0)
        return val_from_int((int64_t)d);
    mpz_t r;
    mpz_init_set_d(r, d); /* truncates; exact for |d| >= 2^52 */
    return box_mpz(ts, r);
}

Value
int_from_mpz(ThreadState *ts, const mpz_t z)
{
    mpz_t r;
    mpz_init_set(r, z);
    return box_mpz(ts, r);
}

bool
int_check(Value v)
{
    if (val_is_int(v))
        return true;
    if (!val_is_obj(v))
        return false;
    Type *t = val_as_obj(v)->type;
    return t == &IntType || t == &BoolType || (t->flags & TF_INT_SUBCLASS) ||
           type_is_subtype(t, &IntType);
}

/* If overflow is non-NULL it is set to 1 on overflow (0 otherwise); the
 * OverflowError is raised in both cases. */
int64_t
int_as_i64(ThreadState *ts, Value v, int *overflow)
{
    int64_t i;
    if (overflow)
        *overflow = 0;
    if (get_small(v, &i))
        return i;
    if (mpz_cmp_si(zof(v), INT64_MIN) == 0)
        return INT64_MIN;
    if (overflow)
        *overflow = 1;
    exc_raise(ts, &OverflowErrorType, "Python int too large to convert to C long");
    return -1;
}

void
int_to_mpz(Value v, mpz_t z)
{
    ZView t;
    mpz_set(z, zview(v, &t));
}

/* Correctly rounded (half-even) conversion; false if it overflows. */
static bool
mpz_to_double(mpz_srcptr z, double *out)
{
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 63) {
        *out = (double)mpz_get_si(z);
        return true;
    }
    if (bits > 1024)
        return false;
    size_t shift = bits - 55;
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, shift);
    uint64_t top = mpz_get_ui(t); /* |z| >> shift: 55 bits */
    mpz_clear(t);
    if (mpz_scan1(z, 0) < shift)
        top |= 1; /* sticky bit: makes the hardware rounding exact */
    double d = ldexp((double)top, (int)shift);
    if (isinf(d))
        return false;
    *out = mpz_sgn(z) < 0 ? -d : d;
    return true;
}

double
int_as_double(ThreadState *ts, Value v, int *overflow)
{
    int64_t i;
    if (overflow)
        *overflow = 0;
    if (get_small(v, &i))
        return (double)i;
    double d;
    if (mpz_to_double(zof(v), &d))
        return d;
    if (overflow)
        *overflow = 1;
    exc_raise(ts, &OverflowErrorType, "int too large to convert to float");
    return -1.0;
}

size_t
int_bit_length(Value v)
{
    int64_t i;
    if (get_small(v, &i)) {
        uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
        return m ? 64 - (size_t)__builtin_clzll(m) : 0;
    }
    return mpz_sizeinbase(zof(v), 2);
}

int
int_sign(Value v)
{
    int64_t i;
    if (get_small(v, &i))
        return (i > 0) - (i < 0);
    return mpz_sgn(zof(v));
}

int
int_compare(Value a, Value b)
{
    int64_t x, y;
    if (get_small(a, &x) && get_small(b, &y))
        return (x > y) - (x < y);
    ZView ta, tb;
    int c = mpz_cmp(zview(a, &ta), zview(b, &tb));
    return (c > 0) - (c < 0);
}

int64_t
int_hash(Value v)
{
    int64_t i, h;
    if (get_small(v, &i)) {
        h = i >= 0 ? (int64_t)((uint64_t)i % HASH_MODULUS)
                   : -(int64_t)((-(uint64_t)i) % HASH_MODULUS);
    } else {
        mpz_srcptr z = zof(v);
        h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS);
        if (mpz_sgn(z) < 0)
            h = -h;
    }
    return h == -1 ? -2 : h;
}

/* }===== */

/* {===== str conversion ===== */

static const char digit_pairs[201] = "00010203040506070809101112131415161718192021222324"
                                     "25262728293031323334353637383940414243444546474849"
                                     "50515253545556575859606162636465666768697071727374"
                                     "75767778798081828384858687888990919293949596979899";

/* Writes the decimal digits of i ending at end; returns the start. */
static char *
fmt_i64(int64_t i, char *end)
{
    uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
    char *p = end;
    while (m >= 100) {
        unsigned r = (unsigned)(m % 100);
        m /= 100;
        p -= 2;
        memcpy(p, digit_pairs + 2 * r, 2);
    }
    if (m >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * m, 2);
    } else {
        *--p = (char)('0' + m);
    }
    if (i < 0)
        *--p = '-';
    return p;
}

static Value
str_limit_error(ThreadState *ts)
{
    return exc_raise(ts, &ValueErrorType,
                     "Exceeds the limit (%d digits) for integer string conversion; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     MAX_STR_DIGITS);
}

/* Decimal digits of a big int as a malloc'd C string, or NULL with ValueError. */
static char *
big_decimal(ThreadState *ts, mpz_srcptr z)
{
    if (mpz_sizeinbase(z, 10) > MAX_STR_DIGITS + 1) {
        str_limit_error(ts);
        return NULL;
    }
    char *s = mpz_get_str(NULL, 10, z);
    size_t n = strlen(s) - (s[0] == '-');
    if (n > MAX_STR_DIGITS) {
        free(s);
        str_limit_error(ts);
        return NULL;
    }
    return s;
}

Value
int_repr(ThreadState *ts, Value v)
{
    int64_t i;
    if (get_small(v, &i)) {
        char buf[24];
        char *p = fmt_i64(i, buf + sizeof buf);
        return str_new(ts, p, (size_t)(buf + sizeof buf - p));
    }
    char *s = big_decimal(ts, zof(v));
    if (!s)
        return VNULL;
    Value r = str_new(ts, s, strlen(s));
    free(s);
    return r;
}

char *
int_decimal_cstr(ThreadState *ts, Value v)
{
    int64_t i;
    if (get_small(v, &i)) {
        char buf[24];
        char *p = fmt_i64(i, buf + sizeof buf);
        size_t n = (size_t)(buf + sizeof buf - p);
        char *s = malloc(n + 1);
        memcpy(s, p, n);
        s[n] = 0;
        return s;
    }
    return big_decimal(ts, zof(v));
}

Value
int_to_base_str(ThreadState *ts, Value v, int base, bool prefix)
{
    if (base == 10)
        return int_repr(ts, v);
    ZView t;
    mpz_srcptr z = zview(v, &t);
    size_t n = mpz_sizeinbase(z, base) + 4;
    char *buf = malloc(n);
    if (!buf)
        return exc_no_memory(ts);
    char *p = buf;
    if (mpz_sgn(z) < 0)
        *p++ = '-';
    if (prefix) {
        *p++ = '0';
        *p++ = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_get_str(p, base, a);
    mpz_clear(a);
    Value r = str_new(ts, buf, strlen(buf));
    free(buf);
    return r;
}

/* }===== */

/* {===== parsing ===== */

static bool
is_space_byte(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int
digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Unicode decimal digits (category Nd) map to ASCII, Unicode spaces to ' ',
 * as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII.  Returns a
 * malloc'd ASCII copy, or NULL when s is already ASCII.  Unknown
 * characters become '?' so they fail to parse. */
static const uint32_t nd_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50,
    0xABF0, 0xFF10, 0x104A0, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x16A60, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2,
    0x1D7EC, 0x1D7F6, 0x1E950,
};

static bool
is_unicode_space(uint32_t cp)
{
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

char *
num_ascii_copy(const char *s, size_t len, size_t *outlen)
{
    size_t i;
    for (i = 0; i < len && (unsigned char)s[i] < 0x80; i++) {
    }
    if (i == len)
        return NULL;
    char *out = malloc(len + 1);
    size_t o = 0;
    for (i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp = 0;
        int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        cp = n == 1 ? c : c & (0x7F >> n);
        for (int k = 1; k < n && i + (size_t)k < len; k++)
            cp = (cp << 6) | ((unsigned char)s[i + (size_t)k] & 0x3F);
        i += (size_t)n;
        char m = '?';
        if (is_unicode_space(cp))
            m = ' ';
        for (size_t k = 0; k < sizeof nd_zeros / sizeof nd_zeros[0]; k++)
            if (cp >= nd_zeros[k] && cp < nd_zeros[k] + 10)
                m = (char)('0' + (cp - nd_zeros[k]));
        out[o++] = m;
    }
    out[o] = 0;
    *outlen = o;
    return out;
}

/* Parse the ASCII text of an int literal: 0 ok (*out set), 1 invalid
 * literal, -1 other error raised (digit limit). */
static int
parse_int_ascii(ThreadState *ts, const char *s, size_t len, int base, Value *out)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space_byte((unsigned char)*p))
        p++;
    while (end > p && is_space_byte((unsigned char)end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    bool base0_decimal = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            if (p < end && *p == '_')
                p++;
        }
    }
    if (base == 0) {
        base = 10;
        base0_decimal = true;
    }
    /* digits with single underscores between them */
    char small[64];
    char *buf = (size_t)(end - p) < sizeof small ? small : malloc((size_t)(end - p) + 1);
    size_t nd = 0;
    bool ok = p < end;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (q == p || q + 1 == end || q[1] == '_') {
                ok = false;
                break;
            }
            continue;
        }
        if (digit_value((unsigned char)*q) >= base) {
            ok = false;
            break;
        }
        buf[nd++] = *q;
    }
    buf[nd] = 0;
    if (ok && base0_decimal && buf[0] == '0') {
        for (size_t k = 0; k < nd; k++)
            ok = ok && buf[k] == '0';
    }
    int rc = ok ? 0 : 1;
    if (ok && (base & (base - 1)) != 0 && nd > MAX_STR_DIGITS) {
        exc_raise(ts, &ValueErrorType,
                  "Exceeds the limit (%d digits) for integer string conversion: value has %zu "
                  "digits; use sys.set_int_max_str_digits() to increase the limit",
                  MAX_STR_DIGITS, nd);
        rc = -1;
    } else if (ok && nd <= 18 && base == 10) {
        int64_t v = 0;
        for (size_t k = 0; k < nd; k++)
            v = v * 10 + (buf[k] - '0');
        *out = val_from_int(neg ? -v : v);
    } else if (ok) {
        mpz_t r;
        mpz_init_set_str(r, buf, base);
        if (neg)
            mpz_neg(r, r);
        *out = box_mpz(ts, r);
        rc = *out ? 0 : -1;
    }
    if (buf != small)
        free(buf);
    return rc;
}

static int
parse_int(ThreadState *ts, const char *s, size_t len, int base, Value *out)
{
    size_t alen;
    char *a = num_ascii_copy(s, len, &alen);
    if (!a)
        return parse_int_ascii(ts, s, len, base, out);
    int rc = parse_int_ascii(ts, a, alen, base, out);
    free(a);
    return rc;
}

static Value
invalid_literal(ThreadState *ts, Value src, int base)
{
    Value r = obj_repr(ts, src);
    if (!r)
        return VNULL;
    return exc_raise(ts, &ValueErrorType, "invalid literal for int() with base %d: %s", base,
                     str_cstr(r));
}

Value
int_from_str(ThreadState *ts, const char *s, size_t len, int base)
{
    Value out;
    int rc = parse_int(ts, s, len, base, &out);
    if (rc == 0)
        return out;
    if (rc < 0)
        return VNULL;
    Value src = str_new(ts, s, len < 200 ? len : 200);
    return src ? invalid_literal(ts, src, base) : VNULL;
}

/* }===== */

/* {===== arithmetic ===== */

static Value
zero_div(ThreadState *ts, const char *msg)
{
    return exc_raise(ts, &ZeroDivisionErrorType, "%s", msg);
}

static inline int64_t
floordiv_i64(int64_t x, int64_t y)
{
    int64_t q = x / y;
    if ((x % y != 0) && ((x ^ y) < 0))
        q--;
    return q;
}

static inline int64_t
mod_i64(int64_t x, int64_t y)
{
    int64_t r = x % y;
    if (r != 0 && ((r ^ y) < 0))
        r += y;
    return r;
}

/* int / int, correctly rounded (see the note in the header of this file). */
static Value
true_divide(ThreadState *ts, Value a, Value b)
{
    int64_t x, y;
    const int64_t lim = (int64_t)1 << 53;
    if (get_small(a, &x) && get_small(b, &y) && x >= -lim && x <= lim && y >= -lim && y <= lim) {
        if (y == 0)
            return zero_div(ts, "division by zero");
        return float_new(ts, (double)x / (double)y);
    }
    ZView ta, tb;
    mpz_srcptr za = zview(a, &ta), zb = zview(b, &tb);
    if (mpz_sgn(zb) == 0)
        return zero_div(ts, "division by zero");
    bool neg = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
    if (mpz_sgn(za) == 0)
        return float_new(ts, neg ? -0.0 : 0.0);
    long e = (long)mpz_sizeinbase(za, 2) - (long)mpz_sizeinbase(zb, 2);
    if (e > 1025)
        return exc_raise(ts, &OverflowErrorType, "integer division result too large for a float");
    if (e < -1080)
        return float_new(ts, neg ? -0.0 : 0.0);
    /* q = |a| * 2^s / |b| with 55..56 significant bits (or the lowest bit at
     * 2^-1076 for subnormal results), remainder folded into a sticky bit, so
     * the only rounding is the final int->double or ldexp. */
    long s = 55 - e;
    if (s > 1076)
        s = 1076;
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_abs(n, za);
    mpz_abs(d, zb);
    if (s >= 0)
        mpz_mul_2exp(n, n, (mp_bitcnt_t)s);
    else
        mpz_mul_2exp(d, d, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, r, n, d);
    uint64_t qi = mpz_get_ui(q);
    if (mpz_sgn(r) != 0)
        qi |= 1;
    mpz_clears(n, d, q, r, NULL);
    double res = ldexp((double)qi, (int)-s);
    if (isinf(res))
        return exc_raise(ts, &OverflowErrorType, "integer division result too large for a float");
    return float_new(ts, neg ? -res : res);
}

static Value
big_shift(ThreadState *ts, Value a, Value b, bool left)
{
    if (int_sign(b) < 0)
        return exc_raise(ts, &ValueErrorType, "negative shift count");
    int64_t n;
    ZView ta;
    mpz_srcptr za = zview(a, &ta);
    if (mpz_sgn(za) == 0)
        return val_from_int(0);
    if (!get_small(b, &n)) {
        if (left)
            return exc_raise(ts, &OverflowErrorType, "too many digits in integer");
        return val_from_int(mpz_sgn(za) < 0 ? -1 : 0);
    }
    mpz_t r;
    if (left) {
        if ((uint64_t)n + mpz_sizeinbase(za, 2) > MAX_RESULT_BITS)
            return exc_no_memory(ts);
        mpz_init(r);
        mpz_mul_2exp(r, za, (mp_bitcnt_t)n);
    } else {
        if ((uint64_t)n >= mpz_sizeinbase(za, 2))
            return val_from_int(mpz_sgn(za) < 0 ? -1 : 0);
        mpz_init(r);
        mpz_fdiv_q_2exp(r, za, (mp_bitcnt_t)n);
    }
    return box_mpz(ts, r);
}

static Value float_pow_of_ints(ThreadState *ts, Value a, Value b);

static Value
int_power(ThreadState *ts, Value a, Value b)
{
    if (int_sign(b) < 0)
        return float_pow_of_ints(ts, a, b);
    int64_t x, y;
    bool xs = get_small(a, &x), ys = get_small(b, &y);
    if (xs && ys) {
        int64_t r = 1, base = x, e = y;
        bool ovf = false;
        while (e > 0 && !ovf) {
            if (e & 1)
                ovf = __builtin_mul_overflow(r, base, &r);
            e >>= 1;
            if (e > 0 && !ovf)
                ovf = __builtin_mul_overflow(base, base, &base);
        }
        if (!ovf)
            return int_from_i64(ts, r);
    }
    if (xs && (x == 0 || x == 1))
        return val_from_int(x);
    if (xs && x == -1)
        return val_from_int((ys ? (y & 1) : mpz_odd_p(zof(b))) ? -1 : 1);
    if (!ys)
        return exc_no_memory(ts);
    ZView ta;
    mpz_srcptr za = zview(a, &ta);
    if ((double)mpz_sizeinbase(za, 2) * (double)y > (double)MAX_RESULT_BITS)
        return exc_no_memory(ts);
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)y);
    return box_mpz(ts, r);
}

static Value
big_binop(ThreadState *ts, Value a, Value b, int nb)
{
    ZView ta, tb;
    mpz_srcptr za = zview(a, &ta), zb = zview(b, &tb);
    if ((nb == NB_FLOORDIV || nb == NB_MOD) && mpz_sgn(zb) == 0)
        return zero_div(ts, nb == NB_MOD ? "integer modulo by zero"
                                         : "integer division or modulo by zero");
    mpz_t r;
    mpz_init(r);
    switch (nb) {
    case NB_ADD: mpz_add(r, za, zb); break;
    case NB_SUB: mpz_sub(r, za, zb); break;
    case NB_MUL: mpz_mul(r, za, zb); break;
    case NB_FLOORDIV: mpz_fdiv_q(r, za, zb); break;
    case NB_MOD: mpz_fdiv_r(r, za, zb); break;
    case NB_AND: mpz_and(r, za, zb); break;
    case NB_OR: mpz_ior(r, za, zb); break;
    case NB_XOR: mpz_xor(r, za, zb); break;
    default: mpz_clear(r); return V_NOTIMPL;
    }
    return box_mpz(ts, r);
}

/* Small-int fast paths; VNULL means "fall back to GMP" (no exception). */
static inline Value
small_binop(ThreadState *ts, int64_t x, int64_t y, int nb)
{
    int64_t r;
    switch (nb) {
    case NB_ADD:
        if (__builtin_add_overflow(x, y, &r))
            return VNULL;
        return int_from_i64(ts, r);
    case NB_SUB:
        if (__builtin_sub_overflow(x, y, &r))
            return VNULL;
        return int_from_i64(ts, r);
    case NB_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            return VNULL;
        return int_from_i64(ts, r);
    case NB_FLOORDIV:
        if (y == 0)
            return zero_div(ts, "integer division or modulo by zero");
        return int_from_i64(ts, floordiv_i64(x, y));
    case NB_MOD:
        if (y == 0)
            return zero_div(ts, "integer modulo by zero");
        return int_from_i64(ts, mod_i64(x, y));
    case NB_AND: return int_from_i64(ts, x & y);
    case NB_OR: return int_from_i64(ts, x | y);
    case NB_XOR: return int_from_i64(ts, x ^ y);
    case NB_LSHIFT:
        if (y < 0 || y >= 63)
            return VNULL;
        r = (int64_t)((uint64_t)x << y);
        if ((r >> y) != x)
            return VNULL;
        return int_from_i64(ts, r);
    case NB_RSHIFT:
        if (y < 0)
            return VNULL;
        return int_from_i64(ts, x >> (y > 63 ? 63 : y));
    default:
        return VNULL;
    }
}

Value
int_binop(ThreadState *ts, Value a, Value b, int nb)
{
    int64_t x, y;
    if (nb == NB_TRUEDIV)
        return true_divide(ts, a, b);
    if (nb == NB_POW)
        return int_power(ts, a, b);
    if (get_small(a, &x) && get_small(b, &y)) {
        Value r = small_binop(ts, x, y, nb);
        if (r || ts_has_exc(ts))
            return r;
    }
    if (nb == NB_LSHIFT || nb == NB_RSHIFT)
        return big_shift(ts, a, b, nb == NB_LSHIFT);
    return big_binop(ts, a, b, nb);
}

Value
int_pow_mod(ThreadState *ts, Value a, Value b, Value m)
{
    if (!int_check(a) || !int_check(b) || !int_check(m))
        return exc_raise(ts, &TypeErrorType,
                         "pow() 3rd argument not allowed unless all arguments are integers");
    ZView ta, tb, tm;
    mpz_srcptr za = zview(a, &ta), zb = zview(b, &tb), zm = zview(m, &tm);
    if (mpz_sgn(zm) == 0)
        return exc_raise(ts, &ValueErrorType, "pow() 3rd argument cannot be 0");
    mpz_t mod, base, e, r;
    mpz_inits(mod, base, e, r, NULL);
    mpz_abs(mod, zm);
    mpz_mod(base, za, mod);
    mpz_set(e, zb);
    Value res = VNULL;
    if (mpz_cmp_ui(mod, 1) == 0) {
        res = val_from_int(0);
    } else if (mpz_sgn(e) < 0 && !mpz_invert(base, base, mod)) {
        exc_raise(ts, &ValueErrorType, "base is not invertible for the given modulus");
    } else {
        mpz_abs(e, e);
        mpz_powm(r, base, e, mod);
        if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0)
            mpz_add(r, r, zm);
        res = int_from_mpz(ts, r);
    }
    mpz_clears(mod, base, e, r, NULL);
    return res;
}

/* int ** negative int: CPython hands both to float pow. */
static Value
float_pow_of_ints(ThreadState *ts, Value a, Value b)
{
    double x = int_as_double(ts, a, NULL);
    if (x == -1.0 && ts_has_exc(ts))
        return VNULL;
    double y = int_as_double(ts, b, NULL);
    if (y == -1.0 && ts_has_exc(ts))
        return VNULL;
    Value fa = float_new(ts, x);
    Value fb = fa ? float_new(ts, y) : VNULL;
    return fb ? float_binop(ts, fa, fb, NB_POW) : VNULL;
}

/* }===== */

/* {===== type slots ===== */

#define INT_NB(name, op)                                                                 \
    static Value name(ThreadState *ts, Value a, Value b)                                 \
    {                                                                                    \
        if (!int_check(a) || !int_check(b))                                              \
            return V_NOTIMPL;                                                            \
        return int_binop(ts, a, b, op);                                                  \
    }
INT_NB(int_add, NB_ADD)
INT_NB(int_sub, NB_SUB)
INT_NB(int_mul, NB_MUL)
INT_NB(int_floordiv, NB_FLOORDIV)
INT_NB(int_mod, NB_MOD)
INT_NB(int_truediv, NB_TRUEDIV)
INT_NB(int_pow, NB_POW)
INT_NB(int_lshift, NB_LSHIFT)
INT_NB(int_rshift, NB_RSHIFT)
INT_NB(int_and, NB_AND)
INT_NB(int_or, NB_OR)
INT_NB(int_xor, NB_XOR)

/* An exact int with the same value (for bools and subclass instances). */
static Value
exact_int(ThreadState *ts, Value v)
{
    if (val_is_int(v))
        return v;
    if (is_bool(v))
        return val_from_int(v == V_TRUE);
    if (val_as_obj(v)->type == &IntType)
        return v;
    return int_from_mpz(ts, zof(v));
}

static Value
int_neg(ThreadState *ts, Value a)
{
    int64_t x;
    if (get_small(a, &x))
        return int_from_i64(ts, -x);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, zof(a));
    return box_mpz(ts, r);
}

static Value
int_invert(ThreadState *ts, Value a)
{
    int64_t x;
    if (get_small(a, &x))
        return int_from_i64(ts, ~x);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, zof(a));
    return box_mpz(ts, r);
}

static Value
int_abs(ThreadState *ts, Value a)
{
    return int_sign(a) < 0 ? int_neg(ts, a) : exact_int(ts, a);
}

static Value
int_float_slot(ThreadState *ts, Value a)
{
    double d = int_as_double(ts, a, NULL);
    if (d == -1.0 && ts_has_exc(ts))
        return VNULL;
    return float_new(ts, d);
}

static int
int_truth(ThreadState *ts, Value a)
{
    return int_sign(a) != 0;
}

static int64_t
int_hash_slot(ThreadState *ts, Value a)
{
    return int_hash(a);
}

static bool
cmp_result(int c, int op)
{
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

static Value
int_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!int_check(a))
        return V_NOTIMPL;
    if (int_check(b))
        return val_bool(cmp_result(int_compare(a, b), op));
    if (float_check_exact(b)) {
        int c = float_int_compare(a, float_as_double(b));
        if (c == 2)
            return val_bool(op == CMP_NE);
        return val_bool(cmp_result(c, op));
    }
    return V_NOTIMPL;
}

/* int(x): the __int__ / __index__ / __trunc__ protocol of PyNumber_Long. */
static Value
number_to_int(ThreadState *ts, Value x)
{
    Type *t = val_type(x);
    if (t->to_int) {
        Value r = t->to_int(ts, x);
        if (r && !int_check(r))
            return exc_raise(ts, &TypeErrorType, "__int__ returned non-int (type %s)",
                             obj_type_name(r));
        return r ? exact_int(ts, r) : VNULL;
    }
    if (t->index)
        return obj_index(ts, x);
    bool found = false;
    Value r = obj_call_special(ts, x, NAME(ts, __trunc__), NULL, 0, &found);
    if (found) {
        if (!r)
            return VNULL;
        if (int_check(r))
            return exact_int(ts, r);
        if (!val_type(r)->index)
            return exc_raise(ts, &TypeErrorType, "__trunc__ returned non-Integral (type %s)",
                             obj_type_name(r));
        return obj_index(ts, r);
    }
    if (ts_has_exc(ts))
        return VNULL;
    if (str_check(x))
        return int_from_str(ts, str_cstr(x), (size_t)str_as(x)->size, 10);
    if (bytes_check(x)) {
        Value out;
        int rc = parse_int(ts, bytes_as(x)->data, (size_t)bytes_as(x)->size, 10, &out);
        if (rc == 0)
            return out;
        return rc < 0 ? VNULL : invalid_literal(ts, x, 10);
    }
    return exc_raise(ts, &TypeErrorType,
                     "int() argument must be a string, a bytes-like object or a real number, "
                     "not '%s'",
                     obj_type_name(x));
}

static Value
int_with_base(ThreadState *ts, Value x, Value basev)
{
    Value bi = obj_index(ts, basev);
    if (!bi)
        return VNULL;
    int64_t base;
    if (!get_small(bi, &base) || (base != 0 && (base < 2 || base > 36)))
        return exc_raise(ts, &ValueErrorType, "int() base must be >= 2 and <= 36, or 0");
    const char *s;
    size_t n;
    if (str_check(x)) {
        s = str_cstr(x);
        n = (size_t)str_as(x)->size;
    } else if (bytes_check(x)) {
        s = bytes_as(x)->data;
        n = (size_t)bytes_as(x)->size;
    } else {
        return exc_raise(ts, &TypeErrorType, "int() can't convert non-string with explicit base");
    }
    Value out;
    int rc = parse_int(ts, s, n, (int)base, &out);
    if (rc == 0)
        return out;
    if (rc < 0)
        return VNULL;
    if (str_check(x) && str_as(x)->size > 200)
        x = str_new(ts, s, 200);
    return x ? invalid_literal(ts, x, (int)base) : VNULL;
}

static Value
int_new(ThreadState *ts, Type *type, Value *args, int nargs, Value kwnames)
{
    Value x = VNULL, base = VNULL;
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int npos = nargs;
    if (nargs + nkw > 2)
        return exc_raise(ts, &TypeErrorType, "int() takes at most 2 arguments (%d given)",
                         nargs + nkw);
    for (int i = 0; i < nkw; i++) {
        Value k = tuple_as(kwnames)->items[i];
        if (strcmp(str_cstr(k), "base") != 0 || npos > 1)
            return exc_raise(ts, &TypeErrorType, "'%s' is an invalid keyword argument for int()",
                             str_cstr(k));
        base = args[npos + i];
    }
    if (npos > 0)
        x = args[0];
    if (npos > 1)
        base = args[1];
    if (type == &BoolType)
        return exc_raise(ts, &TypeErrorType, "int.__new__(bool) is not safe, use bool.__new__()");
    Value r;
    if (!x)
        r = base ? exc_raise(ts, &TypeErrorType, "int() missing string argument")
                 : val_from_int(0);
    else if (base)
        r = int_with_base(ts, x, base);
    else if (val_is_int(x))
        r = x;
    else
        r = number_to_int(ts, x);
    if (!r || type == &IntType)
        return r;
    IntObj *o = gc_alloc(ts, type, type->basicsize);
    if (!o)
        return VNULL;
    mpz_init(o->z);
    int_to_mpz(r, o->z);
    return val_from_obj(o);
}

/* }===== */

/* {===== methods ===== */

static Value
m_bit_length(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "int.bit_length", nargs, kwnames) < 0)
        return VNULL;
    return int_from_u64(ts, int_bit_length(args[0]));
}

static Value
m_bit_count(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "int.bit_count", nargs, kwnames) < 0)
        return VNULL;
    int64_t x;
    if (get_small(args[0], &x))
        return val_from_int(__builtin_popcountll(x < 0 ? -(uint64_t)x : (uint64_t)x));
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, zof(args[0]));
    uint64_t n = mpz_popcount(a);
    mpz_clear(a);
    return int_from_u64(ts, n);
}

#define SELF_INT_METHOD(fn, pyname)                                                      \
    static Value fn(ThreadState *ts, Value *args, int nargs, Value kwnames)               \
    {                                                                                     \
        if (num_no_args(ts, pyname, nargs, kwnames) < 0)                                      \
            return VNULL;                                                                 \
        return exact_int(ts, args[0]);                                                    \
    }
SELF_INT_METHOD(m_conjugate, "int.conjugate")
SELF_INT_METHOD(m_trunc, "int.__trunc__")
SELF_INT_METHOD(m_floor, "int.__floor__")
SELF_INT_METHOD(m_ceil, "int.__ceil__")

static Value
m_as_integer_ratio(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "int.as_integer_ratio", nargs, kwnames) < 0)
        return VNULL;
    Value n = exact_int(ts, args[0]);
    return n ? tuple_pack(ts, 2, n, val_from_int(1)) : VNULL;
}

/* round(x, ndigits) for ints: round half to even to a multiple of 10**-ndigits. */
static Value
m_round(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_method_args(ts, "int.__round__", "__round__", nargs, kwnames, 0, 1) < 0)
        return VNULL;
    Value self = args[0];
    if (nargs < 2)
        return exact_int(ts, self);
    Value nd = obj_index(ts, args[1]);
    if (!nd)
        return VNULL;
    if (int_sign(nd) >= 0)
        return exact_int(ts, self);
    int64_t k;
    size_t bits = int_bit_length(self);
    /* 10**k > 2*|self| when k exceeds its digit count: the result is 0 */
    if (!get_small(nd, &k) || (uint64_t)(-k) > bits / 3 + 2)
        return val_from_int(0);
    k = -k;
    ZView ts_;
    mpz_srcptr z = zview(self, &ts_);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)k);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    Value res = int_from_mpz(ts, q);
    mpz_clears(p, q, r, NULL);
    return res;
}

static Value
m_format(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return num_format_method(ts, args, nargs, kwnames, "int.__format__", int_format);
}

/* Parses (length, byteorder, *, signed) style arguments shared by to_bytes
 * and from_bytes.  names[] are the accepted names in positional order. */
static int
parse_bytes_args(ThreadState *ts, const char *fname, Value *args, int nargs, Value kwnames,
                 int npos_max, const char *const names[3], Value out[3])
{
    int nkw = kwnames ? (int)tuple_as(kwnames)->len : 0;
    int npos = nargs;
    if (npos > npos_max) {
        exc_raise(ts, &TypeErrorType, "%s() takes at most %d positional arguments (%d given)",
                  fname, npos_max, npos);
        return -1;
    }
    for (int i = 0; i < npos; i++)
        out[i] = args[i];
    for (int i = 0; i < nkw; i++) {
        const char *k = str_cstr(tuple_as(kwnames)->items[i]);
        int j = 0;
        while (j < 3 && strcmp(k, names[j]) != 0)
            j++;
        if (j == 3) {
            exc_raise(ts, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, fname);
            return -1;
        }
        if (out[j]) {
            exc_raise(ts, &TypeErrorType, "argument for %s() given by name ('%s') and position (%d)",
                      fname, k, j + 1);
            return -1;
        }
        out[j] = args[npos + i];
    }
    return 0;
}

/* 1 little, 0 big, -1 error */
static int
byteorder_arg(ThreadState *ts, Value v)
{
    if (!v)
        return 0;
    if (!str_check(v)) {
        exc_raise(ts, &TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s",
                  obj_type_name(v));
        return -1;
    }
    if (strcmp(str_cstr(v), "little") == 0)
        return 1;
    if (strcmp(str_cstr(v), "big") == 0)
        return 0;
    exc_raise(ts, &ValueErrorType, "byteorder must be either 'little' or 'big'");
    return -1;
}

static Value
m_to_bytes(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[3] = {"length", "byteorder", "signed"};
    Value a[3] = {VNULL, VNULL, VNULL};
    if (parse_bytes_args(ts, "to_bytes", args + 1, nargs - 1, kwnames, 2, names, a) < 0)
        return VNULL;
    int64_t len = 1;
    if (a[0]) {
        Value l = obj_index(ts, a[0]);
        if (!l)
            return VNULL;
        len = int_as_i64(ts, l, NULL);
        if (len == -1 && ts_has_exc(ts))
            return VNULL;
        if (len < 0)
            return exc_raise(ts, &ValueErrorType, "length argument must be non-negative");
    }
    int little = byteorder_arg(ts, a[1]);
    if (little < 0)
        return VNULL;
    int sig = a[2] ? obj_truth(ts, a[2]) : 0;
    if (sig < 0)
        return VNULL;
    ZView t;
    mpz_srcptr z = zview(args[0], &t);
    if (!sig && mpz_sgn(z) < 0)
        return exc_raise(ts, &OverflowErrorType, "can't convert negative int to unsigned");
    mpz_t u;
    mpz_init(u);
    if (mpz_sgn(z) < 0) { /* two's complement: 2**(8*len) + z */
        mpz_ui_pow_ui(u, 2, (unsigned long)(8 * len));
        mpz_add(u, u, z);
    } else {
        mpz_set(u, z);
    }
    size_t need = mpz_sgn(u) ? (mpz_sizeinbase(u, 2) + 7) / 8 : 0;
    bool fits = mpz_sgn(u) >= 0 && need <= (size_t)len;
    if (fits && sig && len > 0) { /* sign bit must match */
        bool top = mpz_tstbit(u, (mp_bitcnt_t)(8 * len - 1));
        fits = top == (mpz_sgn(z) < 0);
    } else if (sig && len == 0) {
        fits = mpz_sgn(z) == 0;
    }
    if (!fits) {
        mpz_clear(u);
        return exc_raise(ts, &OverflowErrorType, "int too big to convert");
    }
    BytesObj *b = bytes_alloc(ts, (size_t)len);
    if (!b) {
        mpz_clear(u);
        return VNULL;
    }
    memset(b->data, 0, (size_t)len);
    size_t cnt = 0;
    if (need)
        mpz_export(b->data + (little ? 0 : (size_t)len - need), &cnt, little ? -1 : 1, 1, 0, 0, u);
    mpz_clear(u);
    return val_from_obj(b);
}

static Value
m_from_bytes(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[3] = {"bytes", "byteorder", "signed"};
    Value a[3] = {VNULL, VNULL, VNULL};
    Type *cls = (Type *)val_as_obj(args[0]);
    if (parse_bytes_args(ts, "from_bytes", args + 1, nargs - 1, kwnames, 2, names, a) < 0)
        return VNULL;
    if (!a[0])
        return exc_raise(ts, &TypeErrorType,
                         "from_bytes() missing required argument 'bytes' (pos 1)");
    int little = byteorder_arg(ts, a[1]);
    if (little < 0)
        return VNULL;
    int sig = a[2] ? obj_truth(ts, a[2]) : 0;
    if (sig < 0)
        return VNULL;
    Value data = a[0];
    if (!bytes_check(data)) {
        Value bytes_type = val_from_obj(&BytesType);
        data = obj_call1(ts, bytes_type, data);
        if (!data)
            return VNULL;
    }
    size_t n = (size_t)bytes_as(data)->size;
    mpz_t r;
    mpz_init(r);
    if (n)
        mpz_import(r, n, little ? -1 : 1, 1, 0, 0, bytes_as(data)->data);
    if (sig && n && mpz_tstbit(r, (mp_bitcnt_t)(8 * n - 1))) {
        mpz_t p;
        mpz_init(p);
        mpz_ui_pow_ui(p, 2, (unsigned long)(8 * n));
        mpz_sub(r, r, p);
        mpz_clear(p);
    }
    Value v = box_mpz(ts, r);
    if (!v || cls == &IntType)
        return v;
    return obj_call1(ts, val_from_obj(cls), v);
}

static Value
g_self(ThreadState *ts, Value self)
{
    return exact_int(ts, self);
}

static Value
g_zero(ThreadState *ts, Value self)
{
    return val_from_int(0);
}

static Value
g_one(ThreadState *ts, Value self)
{
    return val_from_int(1);
}

/* __divmod__ / __rdivmod__: the nb slots have no divmod, so these call the
 * int floordiv and mod slots directly (a subclass override is not used). */
static Value
int_divmod_pair(ThreadState *ts, Value a, Value b)
{
    if (!int_check(a) || !int_check(b))
        return V_NOTIMPL;
    Value q = int_floordiv(ts, a, b);
    Value r = q ? int_mod(ts, a, b) : VNULL;
    return r ? tuple_pack(ts, 2, q, r) : VNULL;
}

static Value
m_divmod(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_wrapper_args(ts, "__divmod__", nargs, kwnames) < 0)
        return VNULL;
    return int_divmod_pair(ts, args[0], args[1]);
}

static Value
m_rdivmod(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_wrapper_args(ts, "__rdivmod__", nargs, kwnames) < 0)
        return VNULL;
    return int_divmod_pair(ts, args[1], args[0]);
}

static const MethodDef int_methods[] = {
    {"__divmod__", m_divmod, METH_DEFAULT},
    {"__rdivmod__", m_rdivmod, METH_DEFAULT},
    {"bit_length", m_bit_length, METH_DEFAULT},
    {"bit_count", m_bit_count, METH_DEFAULT},
    {"conjugate", m_conjugate, METH_DEFAULT},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT},
    {"__round__", m_round, METH_DEFAULT},
    {"__trunc__", m_trunc, METH_DEFAULT},
    {"__floor__", m_floor, METH_DEFAULT},
    {"__ceil__", m_ceil, METH_DEFAULT},
    {"__format__", m_format, METH_DEFAULT},
    {"to_bytes", m_to_bytes, METH_DEFAULT},
    {"from_bytes", m_from_bytes, METH_CLASS},
    {NULL},
};

static const GetSetDef int_getsets[] = {
    {"real", g_self, NULL},
    {"imag", g_zero, NULL},
    {"numerator", g_self, NULL},
    {"denominator", g_one, NULL},
    {NULL},
};

static Value
int_index_slot(ThreadState *ts, Value a)
{
    return exact_int(ts, a);
}

Type IntType = {
    .name = "int",
    .basicsize = sizeof(IntObj),
    .flags = TF_BASETYPE | TF_INT_SUBCLASS,
    .finalize = int_finalize,
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .truth = int_truth,
    .nb = {
        [NB_ADD] = int_add, [NB_SUB] = int_sub, [NB_MUL] = int_mul,
        [NB_FLOORDIV] = int_floordiv, [NB_MOD] = int_mod, [NB_TRUEDIV] = int_truediv,
        [NB_POW] = int_pow, [NB_LSHIFT] = int_lshift, [NB_RSHIFT] = int_rshift,
        [NB_AND] = int_and, [NB_OR] = int_or, [NB_XOR] = int_xor,
    },
    .neg = int_neg,
    .pos = exact_int,
    .invert = int_invert,
    .absolute = int_abs,
    .index = int_index_slot,
    .to_int = int_index_slot,
    .to_float = int_float_slot,
    .new_ = int_new,
    .methods = int_methods,
    .getsets = int_getsets,
};
