/* runtime/float.c: Python float: arithmetic, exact comparisons, repr, hashing.
 * SPDX-License-Identifier: MIT
 *
 * Most floats are immediate Values (value.h); float_new boxes the rest
 * (huge, tiny, inf, nan).  The arithmetic follows CPython 3.11's
 * floatobject.c case by case (fmod-based % and //, the pow special cases,
 * errno-style OverflowError(34, ...)), so results agree bit for bit.
 * Decimal conversions rely on glibc's correctly rounded printf/strtod; repr
 * picks the shortest string that round-trips.  Number formatting (the
 * format-spec mini-language for int and float) is in the second half.
 */
#include <errno.h>
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

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* {===== basics ===== */

Value
float_new(ThreadState *ts, double d)
{
    Value v = val_try_imm_float(d);
    if (v)
        return v;
    FloatObj *o = gc_alloc(ts, &FloatType, sizeof(FloatObj));
    if (!o)
        return VNULL;
    o->d = d;
    return val_from_obj(o);
}

bool
float_check(Value v)
{
    if (val_is_imm_float(v))
        return true;
    if (!val_is_obj(v))
        return false;
    Type *t = val_as_obj(v)->type;
    return t == &FloatType || type_is_subtype(t, &FloatType);
}

/* 1 and *out set for an int or float, 0 for another type, -1 on overflow. */
static int
as_number(ThreadState *ts, Value v, double *out)
{
    if (val_is_imm_float(v)) {
        *out = val_as_imm_float(v);
        return 1;
    }
    if (float_check(v)) {
        *out = float_as_double(v);
        return 1;
    }
    if (int_check(v)) {
        int ovf;
        *out = int_as_double(ts, v, &ovf);
        return ovf ? -1 : 1;
    }
    return 0;
}

int
float_coerce(ThreadState *ts, Value v, double *out)
{
    int rc = as_number(ts, v, out);
    if (rc)
        return rc < 0 ? -1 : 0;
    Type *t = val_type(v);
    Value r = VNULL;
    if (t->to_float) {
        r = t->to_float(ts, v);
        if (!r)
            return -1;
        if (!float_check(r)) {
            exc_raise(ts, &TypeErrorType, "%s.__float__ returned non-float (type %s)",
                      obj_type_name(v), obj_type_name(r));
            return -1;
        }
        *out = float_as_double(r);
        return 0;
    }
    if (t->index) {
        r = obj_index(ts, v);
        if (!r)
            return -1;
        int ovf;
        *out = int_as_double(ts, r, &ovf);
        return ovf ? -1 : 0;
    }
    exc_raise(ts, &TypeErrorType, "must be real number, not %s", obj_type_name(v));
    return -1;
}

int64_t
float_hash(double v)
{
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1)
        x = (uint64_t)-2;
    return (int64_t)x;
}

/* NaN hashes by identity, as in 3.11 (_Py_HashPointer). */
static int64_t
float_hash_slot(ThreadState *ts, Value v)
{
    double d = float_as_double(v);
    if (!isnan(d))
        return float_hash(d);
    uint64_t y = (uint64_t)v;
    y = (y >> 4) | (y << 60);
    return (int64_t)y == -1 ? -2 : (int64_t)y;
}

int
float_int_compare(Value i, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    int ovf;
    if (int_bit_length(i) <= 53) {
        double x = int_as_double(NULL, i, &ovf);
        return (x > d) - (x < d);
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(i, z);
    int c = mpz_cmp_d(z, d); /* exact */
    mpz_clear(z);
    return (c > 0) - (c < 0);
}

/* }===== */

/* {===== repr ===== */

/* The shortest digit string that round-trips: digits (no dot, no trailing
 * zeros) and the decimal exponent of the first digit.  d > 0, finite. */
static int
shortest_digits(double d, char *digits, int *exp10)
{
    char tmp[40];
    int prec;
    /* A 15-digit rounding that round-trips is the shortest string padded
     * with zeros, except for subnormals (fewer significant bits). */
    for (prec = d < 2.2250738585072014e-308 ? 1 : 15; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, d);
        if (strtod(tmp, NULL) == d)
            break;
    }
    int n = 0;
    char *p = tmp;
    for (; *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    *exp10 = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    return n;
}

/* Lay out digits[0..n) with the point after `decpt` digits, in fixed
 * notation; `frac` minimum fraction digits ('.0' when 1). Returns length. */
static int
lay_fixed(char *out, const char *digits, int n, int decpt, int min_frac, bool force_dot)
{
    int o = 0;
    if (decpt <= 0) {
        out[o++] = '0';
        out[o++] = '.';
        for (int k = 0; k < -decpt; k++)
            out[o++] = '0';
        memcpy(out + o, digits, (size_t)n);
        o += n;
        return o;
    }
    for (int k = 0; k < decpt; k++)
        out[o++] = k < n ? digits[k] : '0';
    int frac = n > decpt ? n - decpt : 0;
    if (frac > 0 || min_frac > 0 || force_dot)
        out[o++] = '.';
    if (frac > 0) {
        memcpy(out + o, digits + decpt, (size_t)frac);
        o += frac;
    }
    for (int k = frac; k < min_frac; k++)
        out[o++] = '0';
    return o;
}

static int
lay_exp(char *out, const char *digits, int n, int exp10, bool force_dot, char e)
{
    int o = 0;
    out[o++] = digits[0];
    if (n > 1 || force_dot)
        out[o++] = '.';
    memcpy(out + o, digits + 1, (size_t)(n - 1));
    o += n - 1;
    o += sprintf(out + o, "%c%c%02d", e, exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    return o;
}

int
float_repr_buf(double d, char *buf)
{
    if (isnan(d))
        return sprintf(buf, "nan");
    if (isinf(d))
        return sprintf(buf, d > 0 ? "inf" : "-inf");
    int o = 0;
    if (signbit(d)) {
        buf[o++] = '-';
        d = -d;
    }
    if (d == 0) {
        memcpy(buf + o, "0.0", 4);
        return o + 3;
    }
    char digits[24];
    int exp10;
    int n = shortest_digits(d, digits, &exp10);
    if (exp10 < -4 || exp10 >= 16)
        o += lay_exp(buf + o, digits, n, exp10, false, 'e');
    else
        o += lay_fixed(buf + o, digits, n, exp10 + 1, 1, false);
    buf[o] = 0;
    return o;
}

Value
float_repr(ThreadState *ts, Value v)
{
    char buf[40];
    int n = float_repr_buf(float_as_double(v), buf);
    return str_new(ts, buf, (size_t)n);
}

/* }===== */

/* {===== parsing ===== */

static bool
is_space_byte(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static bool
match_word(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i])
            return false;
    return true;
}

/* Digits with single underscores between them; copies digits to *o. */
static const char *
scan_digits(const char *p, const char *end, char **o, int *count)
{
    *count = 0;
    while (p < end) {
        if (*p >= '0' && *p <= '9') {
            *(*o)++ = *p++;
            (*count)++;
        } else if (*p == '_' && *count > 0 && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
            p++;
        } else {
            break;
        }
    }
    return p;
}

/* 0 ok, 1 invalid.  Python's float() grammar, then strtod on a clean copy. */
static int
parse_float_ascii(const char *s, size_t len, double *out)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space_byte((unsigned char)*p))
        p++;
    while (end > p && is_space_byte((unsigned char)end[-1]))
        end--;
    char small[128];
    char *buf = (size_t)(end - p) + 2 < sizeof small ? small : malloc((size_t)(end - p) + 2);
    char *o = buf;
    int rc = 1;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        rc = 0;
    } else if (match_word(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        rc = 0;
    } else {
        int ni, nf = 0, ne;
        if (neg)
            *o++ = '-';
        p = scan_digits(p, end, &o, &ni);
        if (p < end && *p == '.') {
            *o++ = *p++;
            p = scan_digits(p, end, &o, &nf);
        }
        bool ok = ni + nf > 0;
        if (ok && p < end && (*p == 'e' || *p == 'E')) {
            *o++ = *p++;
            if (p < end && (*p == '+' || *p == '-'))
                *o++ = *p++;
            p = scan_digits(p, end, &o, &ne);
            ok = ne > 0;
        }
        *o = 0;
        if (ok && p == end) {
            *out = strtod(buf, NULL);
            rc = 0;
        }
    }
    if (buf != small)
        free(buf);
    return rc;
}

static int
parse_float(const char *s, size_t len, double *out)
{
    size_t alen;
    char *a = num_ascii_copy(s, len, &alen);
    if (!a)
        return parse_float_ascii(s, len, out);
    int rc = parse_float_ascii(a, alen, out);
    free(a);
    return rc;
}

static Value
float_parse_error(ThreadState *ts, Value src)
{
    Value r = obj_repr(ts, src);
    if (!r)
        return VNULL;
    return exc_raise(ts, &ValueErrorType, "could not convert string to float: %s", str_cstr(r));
}

Value
float_from_str(ThreadState *ts, const char *s, size_t len)
{
    double d;
    if (parse_float(s, len, &d) == 0)
        return float_new(ts, d);
    Value src = str_new(ts, s, len);
    return src ? float_parse_error(ts, src) : VNULL;
}

/* }===== */

/* {===== arithmetic ===== */

static Value
overflow_34(ThreadState *ts)
{
    Value msg = str_from_cstr(ts, "Numerical result out of range");
    Value args = msg ? tuple_pack(ts, 2, val_from_int(34), msg) : VNULL;
    Value e = args ? exc_new(ts, &OverflowErrorType, args) : VNULL;
    return e ? exc_raise_value(ts, e) : VNULL;
}

static bool
is_odd_integer(double w)
{
    return fmod(fabs(w), 2.0) == 1.0;
}

/* CPython's float_pow, case by case. */
static Value
float_power(ThreadState *ts, double iv, double iw)
{
    if (iw == 0)
        return float_new(ts, 1.0);
    if (isnan(iv))
        return float_new(ts, iv);
    if (isnan(iw))
        return float_new(ts, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return float_new(ts, 1.0);
        if ((iw > 0.0) == (iv > 1.0))
            return float_new(ts, fabs(iw));
        return float_new(ts, 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            return float_new(ts, odd ? iv : fabs(iv));
        return float_new(ts, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return exc_raise(ts, &ZeroDivisionErrorType,
                             "0.0 cannot be raised to a negative power");
        return float_new(ts, is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) /* CPython returns a complex here; we have none */
            return exc_raise(ts, &ValueErrorType,
                             "negative number cannot be raised to a fractional power");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return float_new(ts, negate ? -1.0 : 1.0);
    errno = 0;
    double ix = pow(iv, iw);
    if (isinf(ix))
        return overflow_34(ts);
    return float_new(ts, negate ? -ix : ix);
}

static Value
float_divmod_part(ThreadState *ts, double vx, double wx, bool want_mod)
{
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    if (want_mod)
        return float_new(ts, mod);
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    return float_new(ts, fd);
}

Value
float_binop(ThreadState *ts, Value a, Value b, int nb)
{
    double x, y;
    int ra = as_number(ts, a, &x);
    if (ra <= 0)
        return ra < 0 ? VNULL : V_NOTIMPL;
    int rb = as_number(ts, b, &y);
    if (rb <= 0)
        return rb < 0 ? VNULL : V_NOTIMPL;
    switch (nb) {
    case NB_ADD: return float_new(ts, x + y);
    case NB_SUB: return float_new(ts, x - y);
    case NB_MUL: return float_new(ts, x * y);
    case NB_TRUEDIV:
        if (y == 0)
            return exc_raise(ts, &ZeroDivisionErrorType, "float division by zero");
        return float_new(ts, x / y);
    case NB_FLOORDIV:
        if (y == 0)
            return exc_raise(ts, &ZeroDivisionErrorType, "float floor division by zero");
        return float_divmod_part(ts, x, y, false);
    case NB_MOD:
        if (y == 0)
            return exc_raise(ts, &ZeroDivisionErrorType, "float modulo");
        return float_divmod_part(ts, x, y, true);
    case NB_POW: return float_power(ts, x, y);
    default: return V_NOTIMPL;
    }
}

/* The nb slots: NotImplemented unless both operands are int or float. */
static inline bool
operands_ok(Value a, Value b)
{
    return (float_check(a) || int_check(a)) && (float_check(b) || int_check(b));
}

#define FLOAT_NB(name, op)                                                               \
    static Value name(ThreadState *ts, Value a, Value b)                                 \
    {                                                                                    \
        if (!operands_ok(a, b))                                                          \
            return V_NOTIMPL;                                                            \
        return float_binop(ts, a, b, op);                                                \
    }
FLOAT_NB(float_add, NB_ADD)
FLOAT_NB(float_sub, NB_SUB)
FLOAT_NB(float_mul, NB_MUL)
FLOAT_NB(float_truediv, NB_TRUEDIV)
FLOAT_NB(float_floordiv, NB_FLOORDIV)
FLOAT_NB(float_mod, NB_MOD)
FLOAT_NB(float_pow, NB_POW)

static Value
float_neg(ThreadState *ts, Value a)
{
    return float_new(ts, -float_as_double(a));
}

static Value
float_pos(ThreadState *ts, Value a)
{
    return float_new(ts, float_as_double(a));
}

static Value
float_abs(ThreadState *ts, Value a)
{
    return float_new(ts, fabs(float_as_double(a)));
}

static int
float_truth(ThreadState *ts, Value a)
{
    return float_as_double(a) != 0.0;
}

static Value
float_to_int(ThreadState *ts, Value a)
{
    return int_from_double(ts, float_as_double(a));
}

static bool
cmp_double(double x, double y, int op)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};

static Value
float_richcompare(ThreadState *ts, Value a, Value b, int op)
{
    if (!float_check(a)) {
        if (!float_check(b))
            return V_NOTIMPL;
        Value t = a;
        a = b;
        b = t;
        op = swapped_op[op];
    }
    double x = float_as_double(a);
    if (float_check(b))
        return val_bool(cmp_double(x, float_as_double(b), op));
    if (!int_check(b))
        return V_NOTIMPL;
    int c = float_int_compare(b, x); /* sign of (b - x) */
    if (c == 2)
        return val_bool(op == CMP_NE);
    return val_bool(cmp_double(0.0, (double)c, op));
}

/* }===== */

/* {===== float(x) ===== */

static Value
number_to_float(ThreadState *ts, Value x)
{
    if (float_check_exact(x))
        return x;
    if (str_check(x)) {
        double d;
        if (parse_float(str_cstr(x), (size_t)str_as(x)->size, &d) == 0)
            return float_new(ts, d);
        return float_parse_error(ts, x);
    }
    if (bytes_check(x)) {
        double d;
        if (parse_float(bytes_as(x)->data, (size_t)bytes_as(x)->size, &d) == 0)
            return float_new(ts, d);
        return float_parse_error(ts, x);
    }
    Type *t = val_type(x);
    if (!t->to_float && !t->index && !int_check(x))
        return exc_raise(ts, &TypeErrorType,
                         "float() argument must be a string or a real number, not '%s'",
                         obj_type_name(x));
    if (t->to_float) { /* honours a __float__ overridden by a float subclass */
        Value r = t->to_float(ts, x);
        if (!r)
            return VNULL;
        if (!float_check(r))
            return exc_raise(ts, &TypeErrorType, "%s.__float__ returned non-float (type %s)",
                             obj_type_name(x), obj_type_name(r));
        return float_new(ts, float_as_double(r));
    }
    double d;
    if (float_coerce(ts, x, &d) < 0)
        return VNULL;
    return float_new(ts, d);
}

static Value
float_new_slot(ThreadState *ts, Type *type, Value *args, int nargs, Value kwnames)
{
    if (kwnames && tuple_as(kwnames)->len > 0)
        return exc_raise(ts, &TypeErrorType, "float() takes no keyword arguments");
    if (nargs > 1)
        return exc_raise(ts, &TypeErrorType, "float expected at most 1 argument, got %d", nargs);
    Value r = nargs ? number_to_float(ts, args[0]) : float_new(ts, 0.0);
    if (!r || type == &FloatType)
        return r;
    FloatObj *o = gc_alloc(ts, type, type->basicsize);
    if (!o)
        return VNULL;
    o->d = float_as_double(r);
    return val_from_obj(o);
}

/* }===== */

/* {===== methods ===== */

static Value
m_is_integer(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "float.is_integer", nargs, kwnames) < 0)
        return VNULL;
    double d = float_as_double(args[0]);
    return val_bool(isfinite(d) && floor(d) == d);
}

static Value
m_conjugate(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "float.conjugate", nargs, kwnames) < 0)
        return VNULL;
    return float_new(ts, float_as_double(args[0]));
}

static Value
m_trunc(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "float.__trunc__", nargs, kwnames) < 0)
        return VNULL;
    return int_from_double(ts, float_as_double(args[0]));
}

static Value
m_floor(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "float.__floor__", nargs, kwnames) < 0)
        return VNULL;
    return int_from_double(ts, floor(float_as_double(args[0])));
}

static Value
m_ceil(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "float.__ceil__", nargs, kwnames) < 0)
        return VNULL;
    return int_from_double(ts, ceil(float_as_double(args[0])));
}

static Value
m_as_integer_ratio(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "float.as_integer_ratio", nargs, kwnames) < 0)
        return VNULL;
    double d = float_as_double(args[0]);
    if (isinf(d))
        return exc_raise(ts, &OverflowErrorType, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        return exc_raise(ts, &ValueErrorType, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Value n = int_from_mpz(ts, num);
    Value dv = n ? int_from_mpz(ts, den) : VNULL;
    mpz_clears(num, den, NULL);
    return dv ? tuple_pack(ts, 2, n, dv) : VNULL;
}

/* round(x) to an int, halves to even. */
static Value
round_to_int(ThreadState *ts, double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return int_from_double(ts, r);
}

/* round(x, ndigits) with the correctly rounded decimal result, as CPython's
 * double_round (dtoa mode 3): printf rounds exactly (half-even on exact
 * ties), strtod reads it back.  Negative ndigits go through GMP. */
static Value
round_digits(ThreadState *ts, double x, int64_t nd)
{
    if (!isfinite(x) || x == 0.0 || nd > 323)
        return float_new(ts, x);
    if (nd < -308)
        return float_new(ts, copysign(0.0, x));
    double r;
    if (nd >= 0) {
        int n = snprintf(NULL, 0, "%.*f", (int)nd, x);
        char *buf = malloc((size_t)n + 1);
        snprintf(buf, (size_t)n + 1, "%.*f", (int)nd, x);
        r = strtod(buf, NULL);
        free(buf);
    } else {
        double ax = fabs(x), ip = floor(ax);
        mpz_t i, p, q, rem;
        mpz_inits(i, p, q, rem, NULL);
        mpz_set_d(i, ip);
        mpz_ui_pow_ui(p, 10, (unsigned long)-nd);
        mpz_fdiv_qr(q, rem, i, p);
        mpz_mul_2exp(rem, rem, 1);
        int c = mpz_cmp(rem, p);
        if (c > 0 || (c == 0 && (ax > ip || mpz_odd_p(q))))
            mpz_add_ui(q, q, 1);
        mpz_mul(q, q, p);
        Value iv = int_from_mpz(ts, q);
        mpz_clears(i, p, q, rem, NULL);
        if (!iv)
            return VNULL;
        int ovf;
        r = int_as_double(ts, iv, &ovf);
        if (ovf) {
            exc_clear(ts);
            r = INFINITY;
        }
        r = copysign(r, x);
    }
    if (isinf(r))
        return exc_raise(ts, &OverflowErrorType, "rounded value too large to represent");
    return float_new(ts, r);
}

static Value
m_round(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_method_args(ts, "float.__round__", "__round__", nargs, kwnames, 0, 1) < 0)
        return VNULL;
    double x = float_as_double(args[0]);
    if (nargs < 2 || args[1] == V_NONE)
        return round_to_int(ts, x);
    Value nd = obj_index(ts, args[1]);
    if (!nd)
        return VNULL;
    int ovf;
    int64_t n = int_as_i64(ts, nd, &ovf);
    if (ovf) {
        exc_clear(ts);
        n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    }
    return round_digits(ts, x, n);
}

static Value
m_format(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return num_format_method(ts, args, nargs, kwnames, "float.__format__", float_format);
}

static Value
m_hex(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_no_args(ts, "float.hex", nargs, kwnames) < 0)
        return VNULL;
    double d = float_as_double(args[0]);
    char buf[64];
    if (isnan(d) || isinf(d))
        return float_repr(ts, args[0]);
    int o = 0;
    if (signbit(d)) {
        buf[o++] = '-';
        d = -d;
    }
    if (d == 0) {
        o += sprintf(buf + o, "0x0.0p+0");
        return str_new(ts, buf, (size_t)o);
    }
    int e;
    double m = frexp(d, &e); /* d = m * 2^e, 0.5 <= m < 1 */
    int shift = 1 - (-1021 - e > 0 ? -1021 - e : 0); /* subnormals: 0x0.xxxp-1022 */
    m = ldexp(m, shift);
    e -= shift;
    int lead = (int)m;
    m -= lead;
    o += sprintf(buf + o, "0x%d.", lead);
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int dgt = (int)m;
        m -= dgt;
        buf[o++] = "0123456789abcdef"[dgt];
    }
    o += sprintf(buf + o, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return str_new(ts, buf, (size_t)o);
}

static int
hexdig(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] decimal]
 * or inf/nan.  Exact accumulation in a long double is not enough in general,
 * so the mantissa goes through GMP and one correctly rounded scaling. */
static Value
m_fromhex(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (num_method_args(ts, "float.fromhex", "float.fromhex", nargs, kwnames, 1, 1) < 0)
        return VNULL;
    Value sv = args[1];
    if (!str_check(sv))
        return exc_raise(ts, &TypeErrorType, "bad argument type for built-in operation");
    const char *p = str_cstr(sv), *end = p + str_as(sv)->size;
    while (p < end && is_space_byte((unsigned char)*p))
        p++;
    while (end > p && is_space_byte((unsigned char)end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    double res;
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) {
        res = INFINITY;
    } else if (match_word(p, end, "nan")) {
        res = NAN;
    } else {
        if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x')
            p += 2;
        mpz_t m;
        mpz_init(m);
        long exp = 0;
        int nd = 0;
        for (; p < end && hexdig(*p) >= 0; p++, nd++)
            mpz_mul_2exp(m, m, 4), mpz_add_ui(m, m, (unsigned long)hexdig(*p));
        if (p < end && *p == '.') {
            for (p++; p < end && hexdig(*p) >= 0; p++, nd++, exp -= 4)
                mpz_mul_2exp(m, m, 4), mpz_add_ui(m, m, (unsigned long)hexdig(*p));
        }
        bool ok = nd > 0;
        if (ok && p < end && (*p | 0x20) == 'p') {
            p++;
            bool eneg = false;
            if (p < end && (*p == '+' || *p == '-'))
                eneg = *p++ == '-';
            long e = 0;
            int ne = 0;
            for (; p < end && *p >= '0' && *p <= '9'; p++, ne++)
                e = e < 100000000 ? e * 10 + (*p - '0') : e;
            ok = ne > 0;
            exp += eneg ? -e : e;
        }
        if (!ok || p != end) {
            mpz_clear(m);
            return exc_raise(ts, &ValueErrorType, "invalid hexadecimal floating-point string");
        }
        /* value = m * 2^exp, rounded once: keep 55+ bits with a sticky bit */
        res = 0.0;
        if (mpz_sgn(m)) {
            long bits = (long)mpz_sizeinbase(m, 2);
            long top = bits + exp; /* value in [2^(top-1), 2^top) */
            if (top > 1024) {
                mpz_clear(m);
                return exc_raise(ts, &OverflowErrorType,
                                 "hexadecimal value too large to represent as a float");
            }
            long lsb = top - 55; /* exponent of the lowest kept bit */
            if (lsb < -1076)
                lsb = -1076;
            long drop = lsb - exp;
            uint64_t q;
            if (drop > 0) {
                bool sticky = mpz_scan1(m, 0) < (mp_bitcnt_t)drop;
                mpz_fdiv_q_2exp(m, m, (mp_bitcnt_t)drop);
                q = mpz_get_ui(m) | sticky;
            } else {
                q = mpz_get_ui(m); /* fits: bits <= 55 here */
                lsb = exp;
            }
            res = top < -1080 ? 0.0 : ldexp((double)q, (int)lsb);
            if (isinf(res)) {
                mpz_clear(m);
                return exc_raise(ts, &OverflowErrorType,
                                 "hexadecimal value too large to represent as a float");
            }
        }
        mpz_clear(m);
    }
    Value r = float_new(ts, neg ? -res : res);
    Type *cls = (Type *)val_as_obj(args[0]);
    if (!r || cls == &FloatType)
        return r;
    return obj_call1(ts, val_from_obj(cls), r);
}

static Value
g_real(ThreadState *ts, Value self)
{
    return float_new(ts, float_as_double(self));
}

static Value
g_imag(ThreadState *ts, Value self)
{
    return float_new(ts, 0.0);
}

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, METH_DEFAULT},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT},
    {"conjugate", m_conjugate, METH_DEFAULT},
    {"hex", m_hex, METH_DEFAULT},
    {"fromhex", m_fromhex, METH_CLASS},
    {"__round__", m_round, METH_DEFAULT},
    {"__trunc__", m_trunc, METH_DEFAULT},
    {"__floor__", m_floor, METH_DEFAULT},
    {"__ceil__", m_ceil, METH_DEFAULT},
    {"__format__", m_format, METH_DEFAULT},
    {NULL},
};

static const GetSetDef float_getsets[] = {
    {"real", g_real, NULL},
    {"imag", g_imag, NULL},
    {NULL},
};

Type FloatType = {
    .name = "float",
    .basicsize = sizeof(FloatObj),
    .flags = TF_BASETYPE,
    .repr = float_repr,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .truth = float_truth,
    .nb = {
        [NB_ADD] = float_add, [NB_SUB] = float_sub, [NB_MUL] = float_mul,
        [NB_TRUEDIV] = float_truediv, [NB_FLOORDIV] = float_floordiv, [NB_MOD] = float_mod,
        [NB_POW] = float_pow,
    },
    .neg = float_neg,
    .pos = float_pos,
    .absolute = float_abs,
    .to_int = float_to_int,
    .to_float = float_pos,
    .new_ = float_new_slot,
    .methods = float_methods,
    .getsets = float_getsets,
};

/* }===== */

/* {===== the format-spec mini-language for numbers =====
 * [[fill]align][sign][z][#][0][width][,|_][.precision][type], parsed and
 * validated with CPython 3.11's messages; the result is assembled from
 * sign, prefix, integer digits (grouped, possibly zero-padded with
 * separators as CPython does for '0' fill with '=' alignment) and rest. */

typedef struct Spec {
    char fill[5];
    int fill_len;
    char align; /* 0: default (right for numbers) */
    char sign;  /* 0, '+', '-', ' ' */
    bool z, alt;
    int64_t width; /* -1: none */
    char group;    /* 0, ',', '_' */
    int64_t prec;  /* -1: none */
    char type;     /* 0: none */
} Spec;

typedef struct NBuf {
    char *p;
    size_t len, cap;
} NBuf;

static void
nb_put(NBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void
nb_fill(NBuf *b, const Spec *sp, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        nb_put(b, sp->fill, (size_t)sp->fill_len);
}

static bool
is_align(char c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

/* Reads a decimal integer; -1 on overflow (error raised), else digits read. */
static int
spec_integer(ThreadState *ts, const char **pp, const char *end, int64_t *out)
{
    int n = 0;
    int64_t v = 0;
    for (const char *p = *pp; p < end && *p >= '0' && *p <= '9'; p++, n++) {
        if (v > (INT64_MAX - 9) / 10) {
            exc_raise(ts, &ValueErrorType, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (*p - '0');
    }
    *pp += n;
    *out = v;
    return n;
}

static int
utf8_len(unsigned char c)
{
    return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

static int
parse_spec(ThreadState *ts, const char *s, size_t len, Spec *sp, const char *tname)
{
    const char *p = s, *end = s + len;
    memset(sp, 0, sizeof *sp);
    sp->fill[0] = ' ';
    sp->fill_len = 1;
    sp->width = sp->prec = -1;
    bool fill_given = false;
    int fl = len ? utf8_len((unsigned char)*p) : 1;
    if (end - p > fl && is_align(p[fl])) {
        memcpy(sp->fill, p, (size_t)fl);
        sp->fill_len = fl;
        sp->align = p[fl];
        fill_given = true;
        p += fl + 1;
    } else if (p < end && is_align(*p)) {
        sp->align = *p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' '))
        sp->sign = *p++;
    if (p < end && *p == 'z') {
        sp->z = true;
        p++;
    }
    if (p < end && *p == '#') {
        sp->alt = true;
        p++;
    }
    if (!fill_given && p < end && *p == '0') {
        sp->fill[0] = '0';
        sp->fill_len = 1;
        if (!sp->align)
            sp->align = '=';
        p++;
    }
    int n = spec_integer(ts, &p, end, &sp->width);
    if (n < 0)
        return -1;
    if (n == 0)
        sp->width = -1;
    if (p < end && *p == ',') {
        sp->group = ',';
        p++;
    }
    if (p < end && *p == '_') {
        if (sp->group) {
            exc_raise(ts, &ValueErrorType, "Cannot specify both ',' and '_'.");
            return -1;
        }
        sp->group = '_';
        p++;
    }
    if (p < end && *p == ',' && sp->group == '_') {
        exc_raise(ts, &ValueErrorType, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (p < end && *p == '.') {
        p++;
        n = spec_integer(ts, &p, end, &sp->prec);
        if (n < 0)
            return -1;
        if (n == 0) {
            exc_raise(ts, &ValueErrorType, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - p > 1) {
        exc_raise(ts, &ValueErrorType, "Invalid format specifier '%.*s' for object of type '%s'",
                  (int)len, s, tname);
        return -1;
    }
    if (end - p == 1)
        sp->type = *p;
    if (sp->group) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->group == '_')
                break;
            /* fall through */
        default:
            if (sp->type > 32 && sp->type < 127)
                exc_raise(ts, &ValueErrorType, "Cannot specify '%c' with '%c'.", sp->group,
                          sp->type);
            else
                exc_raise(ts, &ValueErrorType, "Cannot specify '%c' with '\\x%x'.", sp->group,
                          (unsigned char)sp->type);
            return -1;
        }
    }
    return 0;
}

static Value
unknown_code(ThreadState *ts, char c, const char *tname)
{
    if (c > 32 && c < 127)
        return exc_raise(ts, &ValueErrorType, "Unknown format code '%c' for object of type '%s'",
                         c, tname);
    return exc_raise(ts, &ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'",
                     (unsigned char)c, tname);
}

/* Digits grouped by `size` with separator `sep`, zero-padded (with
 * separators) to at least min_width characters; appended to b. */
static void
put_grouped(NBuf *b, const char *d, size_t nd, char sep, int size, int64_t min_width)
{
    size_t cap = nd * 2 + (size_t)(min_width > 0 ? min_width : 0) + 8;
    char *tmp = malloc(cap);
    size_t o = 0, rem = nd;
    for (;;) {
        int64_t want = min_width - (int64_t)o;
        int64_t l = (int64_t)rem;
        if (l < want)
            l = want;
        if (l < 1)
            l = 1;
        if (l > size)
            l = size;
        for (int64_t k = 0; k < l; k++) /* built reversed */
            tmp[o++] = rem ? d[--rem] : '0';
        if (rem == 0 && (int64_t)o >= min_width)
            break;
        tmp[o++] = sep;
    }
    for (size_t k = 0; k < o / 2; k++) {
        char t = tmp[k];
        tmp[k] = tmp[o - 1 - k];
        tmp[o - 1 - k] = t;
    }
    nb_put(b, tmp, o);
    free(tmp);
}

/* Assemble sign + prefix + digits + rest with grouping and padding. */
static Value
assemble(ThreadState *ts, const Spec *sp, bool neg, const char *prefix, const char *digits,
         size_t nd, const char *rest, int group_size)
{
    char sign[2] = {0, 0};
    if (neg)
        sign[0] = '-';
    else if (sp->sign == '+' || sp->sign == ' ')
        sign[0] = sp->sign;
    size_t nsign = sign[0] != 0, npre = strlen(prefix), nrest = strlen(rest);
    char align = sp->align ? sp->align : '>';
    NBuf body = {0};
    nb_put(&body, "", 0);
    if (sp->group && nd) {
        int64_t minw = 0;
        if (align == '=' && sp->fill_len == 1 && sp->fill[0] == '0')
            minw = sp->width - (int64_t)(nsign + npre + nrest);
        put_grouped(&body, digits, nd, sp->group, group_size, minw);
    } else {
        nb_put(&body, digits, nd);
    }
    nb_put(&body, rest, nrest);
    int64_t total = (int64_t)(nsign + npre + body.len);
    int64_t pad = sp->width > total ? sp->width - total : 0;
    NBuf out = {0};
    nb_put(&out, "", 0);
    if (align == '>')
        nb_fill(&out, sp, pad);
    else if (align == '^')
        nb_fill(&out, sp, pad / 2);
    nb_put(&out, sign, nsign);
    nb_put(&out, prefix, npre);
    if (align == '=')
        nb_fill(&out, sp, pad);
    nb_put(&out, body.p, body.len);
    if (align == '<')
        nb_fill(&out, sp, pad);
    else if (align == '^')
        nb_fill(&out, sp, pad - pad / 2);
    free(body.p);
    Value r = str_new(ts, out.p, out.len);
    free(out.p);
    return r;
}

/* The digits of |x| for a float presentation type into b (no sign). */
static void
float_body(NBuf *b, double x, char type, int64_t prec, bool alt, bool add_dot_0)
{
    char fmt[16];
    if (type == 'f' || type == 'F' || type == 'e' || type == 'E') {
        snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", type == 'F' ? 'f' : type);
        int n = snprintf(NULL, 0, fmt, (int)prec, x);
        char *tmp = malloc((size_t)n + 1);
        snprintf(tmp, (size_t)n + 1, fmt, (int)prec, x);
        nb_put(b, tmp, (size_t)n);
        free(tmp);
        return;
    }
    /* 'g', 'G' and repr ('r', prec < 0): digits and exponent, then our layout */
    char digits[800];
    int nd, exp10;
    int p = prec < 0 ? 17 : prec == 0 ? 1 : (int)(prec > 780 ? 780 : prec);
    if (x == 0.0) {
        nd = 1;
        digits[0] = '0';
        exp10 = 0;
    } else if (prec < 0) {
        nd = shortest_digits(x, digits, &exp10);
    } else {
        char *tmp = malloc((size_t)p + 16);
        snprintf(tmp, (size_t)p + 16, "%.*e", p - 1, x);
        nd = 0;
        char *q = tmp;
        for (; *q != 'e'; q++)
            if (*q != '.')
                digits[nd++] = *q;
        exp10 = atoi(q + 1);
        free(tmp);
    }
    if (!alt)
        while (nd > 1 && digits[nd - 1] == '0')
            nd--;
    else
        while (nd < p && prec >= 0)
            digits[nd++] = '0';
    /* CPython: exponent when decpt > precision, or > precision - 1 when the
     * type was omitted (add_dot_0) so that '.1' never yields '3.0'. */
    int limit = prec < 0 ? 16 : add_dot_0 ? p - 1 : p;
    char *out = malloc((size_t)(nd + (exp10 < 0 ? -exp10 : exp10) + 16));
    int o;
    char e = type == 'G' ? 'E' : 'e';
    if (exp10 < -4 || exp10 >= limit)
        o = lay_exp(out, digits, nd, exp10, alt, e);
    else
        o = lay_fixed(out, digits, nd, exp10 + 1, add_dot_0 ? 1 : 0, alt);
    nb_put(b, out, (size_t)o);
    free(out);
}

static Value
format_double(ThreadState *ts, double x, const Spec *sp_in)
{
    Spec s = *sp_in;
    const Spec *sp = &s;
    char type = s.type;
    bool add_dot_0 = false, pct = false;
    switch (type) {
    case 0:
        add_dot_0 = true;
        type = s.prec < 0 ? 'r' : 'g';
        break;
    case 'n': type = 'g'; break;
    case '%': type = 'f'; pct = true; x *= 100; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    default: return unknown_code(ts, type, "float");
    }
    if (s.prec > INT32_MAX)
        return exc_raise(ts, &ValueErrorType, "precision too big");
    int64_t prec = s.prec < 0 ? (type == 'r' ? -1 : 6) : s.prec;
    bool neg = signbit(x) && !isnan(x);
    double ax = fabs(x);
    NBuf b = {0};
    nb_put(&b, "", 0);
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (!isfinite(ax)) {
        nb_put(&b, isnan(ax) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
    } else {
        float_body(&b, ax, type == 'r' ? 'g' : type, prec, s.alt, add_dot_0);
    }
    if (pct)
        nb_put(&b, "%", 1);
    b.p[b.len] = 0;
    size_t nd = 0;
    while (nd < b.len && b.p[nd] >= '0' && b.p[nd] <= '9')
        nd++;
    if (neg && s.z) { /* 'z': a negative value that rounds to zero loses its sign */
        bool allzero = true;
        for (size_t k = 0; k < b.len && b.p[k] != 'e' && b.p[k] != 'E'; k++)
            allzero = allzero && (b.p[k] == '0' || b.p[k] == '.' || b.p[k] == '%');
        neg = !allzero;
    }
    Value r = assemble(ts, sp, neg, "", b.p, nd, b.p + nd, 3);
    free(b.p);
    return r;
}

Value
float_format(ThreadState *ts, Value v, const char *spec, size_t len)
{
    if (len == 0)
        return obj_str(ts, v);
    Spec sp;
    if (parse_spec(ts, spec, len, &sp, "float") < 0)
        return VNULL;
    double d;
    if (float_check(v))
        d = float_as_double(v);
    else if (float_coerce(ts, v, &d) < 0)
        return VNULL;
    return format_double(ts, d, &sp);
}

static Value
format_int_char(ThreadState *ts, Value v, const Spec *sp)
{
    if (sp->sign)
        return exc_raise(ts, &ValueErrorType, "Sign not allowed with integer format specifier 'c'");
    if (sp->alt)
        return exc_raise(ts, &ValueErrorType,
                         "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t c = int_as_i64(ts, v, NULL);
    if (c == -1 && ts_has_exc(ts))
        return VNULL;
    if (c < 0 || c > 0x10ffff)
        return exc_raise(ts, &OverflowErrorType, "%%c arg not in range(0x110000)");
    char u[5];
    int n = utf8_encode((uint32_t)c, u);
    u[n] = 0;
    return assemble(ts, sp, false, "", "", 0, u, 3);
}

Value
int_format(ThreadState *ts, Value v, const char *spec, size_t len)
{
    if (len == 0)
        return obj_str(ts, v);
    Spec sp;
    if (parse_spec(ts, spec, len, &sp, "int") < 0)
        return VNULL;
    int base = 10;
    switch (sp.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = int_as_double(ts, v, NULL);
        if (d == -1.0 && ts_has_exc(ts))
            return VNULL;
        return format_double(ts, d, &sp);
    }
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': case 'd': case 'n': case 0: break;
    default: return unknown_code(ts, sp.type, "int");
    }
    if (sp.prec >= 0)
        return exc_raise(ts, &ValueErrorType, "Precision not allowed in integer format specifier");
    if (sp.z)
        return exc_raise(ts, &ValueErrorType,
                         "Negative zero coercion (z) not allowed in integer format specifier");
    if (sp.type == 'c')
        return format_int_char(ts, v, &sp);
    char *digits;
    if (base == 10) {
        digits = int_decimal_cstr(ts, v);
        if (!digits)
            return VNULL;
    } else {
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        digits = mpz_get_str(NULL, sp.type == 'X' ? -16 : base, z);
        mpz_clear(z);
    }
    bool neg = digits[0] == '-';
    const char *prefix = "";
    if (sp.alt && base != 10) {
        static const char *const pre[] = {"0b", "0o", "0x", "0X"};
        prefix = pre[base == 2 ? 0 : base == 8 ? 1 : sp.type == 'x' ? 2 : 3];
    }
    const char *d = digits + neg;
    Value r = assemble(ts, &sp, neg, prefix, d, strlen(d), "", base == 10 ? 3 : 4);
    free(digits);
    return r;
}

/* }===== */
