/* modules/mod_math.c: the math module.
 * SPDX-License-Identifier: MIT
 *
 * Float functions follow CPython's math_1/math_2: compute with libm, then a
 * NaN out of a non-NaN input is ValueError("math domain error") and an
 * infinity out of finite input is OverflowError("math range error") (or a
 * domain error where the pole is a domain problem, like log(0)).  Integer
 * functions (gcd, lcm, factorial, comb, perm, isqrt) work on any size
 * through GMP.  fsum is Shewchuk's exact summation as in CPython.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "exc.h"
#include "float.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tstate.h"
#include "tuple.h"
#include "modules.h"
#include "modules/import.h"

static Value
domain_error(ThreadState *ts)
{
    return exc_raise(ts, &ValueErrorType, "math domain error");
}

static Value
range_error(ThreadState *ts)
{
    return exc_raise(ts, &OverflowErrorType, "math range error");
}

/* CPython names math's positional-only functions with the module in the
 * keyword error and in the one-argument count error ("math.sqrt() takes
 * exactly one argument (0 given)"), and bare in the clinic count errors
 * ("pow expected 2 arguments, got 1"). */
static int
math_no_kw(ThreadState *ts, const char *name, Value kwnames)
{
    if (!kwnames || tuple_as(kwnames)->len == 0)
        return 0;
    exc_raise(ts, &TypeErrorType, "math.%s() takes no keyword arguments", name);
    return -1;
}

static int
math_count(ThreadState *ts, const char *name, int nargs, int min, int max)
{
    if (min == 1 && max == 1 && nargs != 1) {
        exc_raise(ts, &TypeErrorType, "math.%s() takes exactly one argument (%d given)", name,
                  nargs);
        return -1;
    }
    return arg_check_count(ts, name, nargs, min, max);
}

/* One float argument through libm f; `pole_domain`: an infinite result of a
 * finite argument is a domain error (log(0)) rather than an overflow. */
static Value
math_1(ThreadState *ts, const char *name, Value *args, int nargs, double (*f)(double),
       bool pole_domain)
{
    double x;
    if (math_count(ts, name, nargs, 1, 1) < 0 || float_coerce(ts, args[0], &x) < 0)
        return VNULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        return domain_error(ts);
    if (isinf(r) && isfinite(x))
        return pole_domain ? domain_error(ts) : range_error(ts);
    return float_new(ts, r);
}

/* math.pyname as impl(ts, "pyname", args, nargs, ...): a MethodDef needs a C
 * function per name, the families (math_1, round_op, ...) share the bodies. */
#define MATH_FN(pyname, impl, ...)                                                                 \
    static Value math_##pyname(ThreadState *ts, Value *args, int nargs, Value kwnames)             \
    {                                                                                              \
        if (math_no_kw(ts, #pyname, kwnames) < 0)                                                  \
            return VNULL;                                                                          \
        return impl(ts, #pyname, args, nargs, __VA_ARGS__);                                        \
    }
#define MATH_1(pyname, cfunc, pole) MATH_FN(pyname, math_1, cfunc, pole)

MATH_1(sin, sin, false)
MATH_1(cos, cos, false)
MATH_1(tan, tan, false)
MATH_1(asin, asin, false)
MATH_1(acos, acos, false)
MATH_1(atan, atan, false)
MATH_1(sinh, sinh, false)
MATH_1(cosh, cosh, false)
MATH_1(tanh, tanh, false)
MATH_1(asinh, asinh, false)
MATH_1(acosh, acosh, false)
MATH_1(atanh, atanh, true)
MATH_1(exp, exp, false)
MATH_1(exp2, exp2, false)
MATH_1(expm1, expm1, false)
MATH_1(log1p, log1p, true)
MATH_1(fabs, fabs, false)
MATH_1(erf, erf, false)
MATH_1(erfc, erfc, false)
MATH_1(lgamma, lgamma, true)
MATH_1(cbrt, cbrt, false)
MATH_1(sqrt, sqrt, false)

static Value
math_gamma(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "gamma", kwnames) < 0)
        return VNULL;
    double x;
    if (math_count(ts, "gamma", nargs, 1, 1) < 0 || float_coerce(ts, args[0], &x) < 0)
        return VNULL;
    if (isfinite(x) && (x == floor(x) && x <= 0))
        return domain_error(ts);
    if (x == -INFINITY)
        return domain_error(ts);
    double r = tgamma(x);
    if (isinf(r) && isfinite(x))
        return range_error(ts);
    return float_new(ts, r);
}

/* log of a positive number, ints of any size included. */
static int
log_of(ThreadState *ts, Value v, double (*f)(double), double *out)
{
    if (int_check(v)) {
        if (int_sign(v) <= 0) {
            domain_error(ts);
            return -1;
        }
        int ov = 0;
        double d = int_as_double(ts, v, &ov);
        if (!ov) {
            *out = f(d);
            return 0;
        }
        exc_clear(ts);
        mpz_t z;
        mpz_init(z);
        int_to_mpz(v, z);
        long e;
        double m = mpz_get_d_2exp(&e, z);
        mpz_clear(z);
        *out = f(m) + (double)e * f(2.0);
        return 0;
    }
    double x;
    if (float_coerce(ts, v, &x) < 0)
        return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error(ts);
        return -1;
    }
    *out = f(x);
    return 0;
}

static Value
math_log(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (arg_no_kwargs(ts, "log", kwnames) < 0) /* varargs: named bare */
        return VNULL;
    if (nargs < 1 || nargs > 2)
        return exc_raise(ts, &TypeErrorType, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_of(ts, args[0], log, &num) < 0)
        return VNULL;
    if (nargs == 1)
        return float_new(ts, num);
    if (log_of(ts, args[1], log, &den) < 0)
        return VNULL;
    if (den == 0)
        return exc_raise(ts, &ZeroDivisionErrorType, "float division by zero");
    return float_new(ts, num / den);
}

/* log2 and log10 (f) of one number, ints of any size included. */
static Value
log_1(ThreadState *ts, const char *name, Value *args, int nargs, double (*f)(double))
{
    double r;
    if (math_count(ts, name, nargs, 1, 1) < 0 || log_of(ts, args[0], f, &r) < 0)
        return VNULL;
    return float_new(ts, r);
}
MATH_FN(log2, log_1, log2)
MATH_FN(log10, log_1, log10)

static int
two_floats(ThreadState *ts, const char *name, Value *args, int nargs, double *x, double *y)
{
    if (math_count(ts, name, nargs, 2, 2) < 0 || float_coerce(ts, args[0], x) < 0 ||
        float_coerce(ts, args[1], y) < 0)
        return -1;
    return 0;
}

static Value
math_pow(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "pow", kwnames) < 0)
        return VNULL;
    double x, y;
    if (two_floats(ts, "pow", args, nargs, &x, &y) < 0)
        return VNULL;
    if (!isfinite(x) || !isfinite(y)) {
        /* C99 Annex F gets the special values right except these. */
        if (isnan(x))
            return float_new(ts, y == 0.0 ? 1.0 : x);
        if (isnan(y))
            return float_new(ts, x == 1.0 ? 1.0 : y);
        return float_new(ts, pow(x, y));
    }
    if (x == 0.0 && y < 0.0)
        return domain_error(ts);
    if (x < 0.0 && y != floor(y))
        return domain_error(ts);
    double r = pow(x, y);
    if (isinf(r))
        return range_error(ts);
    return float_new(ts, r);
}

static Value
math_fmod(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "fmod", kwnames) < 0)
        return VNULL;
    double x, y;
    if (two_floats(ts, "fmod", args, nargs, &x, &y) < 0)
        return VNULL;
    if (isinf(y) && isfinite(x))
        return float_new(ts, x);
    if (isnan(x) || isnan(y))
        return float_new(ts, NAN);
    if (isinf(x) || y == 0.0)
        return domain_error(ts);
    return float_new(ts, fmod(x, y));
}

static Value
math_remainder(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "remainder", kwnames) < 0)
        return VNULL;
    double x, y;
    if (two_floats(ts, "remainder", args, nargs, &x, &y) < 0)
        return VNULL;
    if (isnan(x) || isnan(y))
        return float_new(ts, NAN);
    if (isinf(x) || y == 0.0)
        return domain_error(ts);
    return float_new(ts, remainder(x, y));
}

/* Two floats through libm f, whose special values are already CPython's. */
static Value
math_2(ThreadState *ts, const char *name, Value *args, int nargs, double (*f)(double, double))
{
    double x, y;
    if (two_floats(ts, name, args, nargs, &x, &y) < 0)
        return VNULL;
    return float_new(ts, f(x, y));
}
MATH_FN(atan2, math_2, atan2)
MATH_FN(copysign, math_2, copysign)

static Value
math_ldexp(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "ldexp", kwnames) < 0)
        return VNULL;
    double x;
    if (math_count(ts, "ldexp", nargs, 2, 2) < 0 || float_coerce(ts, args[0], &x) < 0)
        return VNULL;
    if (!int_check(args[1]))
        return exc_raise(ts, &TypeErrorType, "Expected an int as second argument to ldexp.");
    int ov = 0;
    int64_t e = int_as_i64(ts, args[1], &ov);
    if (ov)
        e = int_sign(args[1]) > 0 ? 100000 : -100000;
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    double r = ldexp(x, (int)e);
    if (isinf(r) && isfinite(x))
        return range_error(ts);
    return float_new(ts, r);
}

static Value
math_frexp(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "frexp", kwnames) < 0)
        return VNULL;
    double x;
    if (math_count(ts, "frexp", nargs, 1, 1) < 0 || float_coerce(ts, args[0], &x) < 0)
        return VNULL;
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    Value mv = float_new(ts, m);
    return mv ? tuple_pack(ts, 2, mv, val_from_int(e)) : VNULL;
}

static Value
math_modf(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "modf", kwnames) < 0)
        return VNULL;
    double x;
    if (math_count(ts, "modf", nargs, 1, 1) < 0 || float_coerce(ts, args[0], &x) < 0)
        return VNULL;
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    Value a = float_new(ts, fp);
    Value b = a ? float_new(ts, ip) : VNULL;
    return b ? tuple_pack(ts, 2, a, b) : VNULL;
}

/* floor/ceil/trunc: ints unchanged, floats rounded, else the dunder method. */
static Value
round_op(ThreadState *ts, const char *name, Value *args, int nargs, const char *dunder,
         double (*f)(double))
{
    if (math_count(ts, name, nargs, 1, 1) < 0)
        return VNULL;
    Value x = args[0];
    if (int_check(x) && val_type(x) != &BoolType)
        return x;
    if (float_check(x))
        return int_from_double(ts, f(float_as_double(x)));
    if (type_lookup_cstr(ts, val_type(x), dunder))
        return obj_call_method(ts, x, dunder, NULL, 0);
    if (!strcmp(name, "trunc"))
        return exc_raise(ts, &TypeErrorType, "type %s doesn't define __trunc__ method",
                         obj_type_name(x));
    double d;
    if (float_coerce(ts, x, &d) < 0)
        return VNULL;
    return int_from_double(ts, f(d));
}

MATH_FN(floor, round_op, "__floor__", floor)
MATH_FN(ceil, round_op, "__ceil__", ceil)
MATH_FN(trunc, round_op, "__trunc__", trunc)

static Value
test_1(ThreadState *ts, const char *name, Value *args, int nargs, int which)
{
    double x;
    if (math_count(ts, name, nargs, 1, 1) < 0 || float_coerce(ts, args[0], &x) < 0)
        return VNULL;
    return val_bool(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}

MATH_FN(isfinite, test_1, 0)
MATH_FN(isinf, test_1, 1)
MATH_FN(isnan, test_1, 2)

static Value
math_isclose(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    Value a[4];
    if (mod_parse_args(ts, "isclose", args, nargs, kwnames, names, 2, 2, a) < 0)
        return VNULL;
    double x, y, rel = 1e-9, abs_tol = 0.0;
    if (float_coerce(ts, a[0], &x) < 0 || float_coerce(ts, a[1], &y) < 0 ||
        (a[2] && float_coerce(ts, a[2], &rel) < 0) || (a[3] && float_coerce(ts, a[3], &abs_tol) < 0))
        return VNULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return exc_raise(ts, &ValueErrorType, "tolerances must be non-negative");
    if (x == y)
        return V_TRUE;
    if (isinf(x) || isinf(y))
        return V_FALSE;
    double diff = fabs(y - x);
    return val_bool((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abs_tol));
}

static Value
math_degrees(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "degrees", kwnames) < 0)
        return VNULL;
    double x;
    if (math_count(ts, "degrees", nargs, 1, 1) < 0 || float_coerce(ts, args[0], &x) < 0)
        return VNULL;
    return float_new(ts, x * (180.0 / M_PI));
}

static Value
math_radians(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "radians", kwnames) < 0)
        return VNULL;
    double x;
    if (math_count(ts, "radians", nargs, 1, 1) < 0 || float_coerce(ts, args[0], &x) < 0)
        return VNULL;
    return float_new(ts, x * (M_PI / 180.0));
}

/* CPython's vector_norm: scaled to avoid overflow, then one correction step. */
static double
vector_norm(int n, double *v, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0 || n <= 1)
        return max;
    int e;
    frexp(max, &e);
    double scale = ldexp(1.0, -e);
    double csum = 1.0, frac = 0.0;
    for (int i = 0; i < n; i++) {
        double x = v[i] * scale;
        x = x * x;
        double old = csum;
        csum += x;
        frac += (old - csum) + x;
    }
    double h = sqrt(csum - 1.0 + frac);
    return h / scale;
}

static Value
math_hypot(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "hypot", kwnames) < 0)
        return VNULL;
    double *v = malloc(sizeof(double) * (size_t)(nargs + 1));
    if (!v)
        return exc_no_memory(ts);
    double max = 0.0;
    bool nan_seen = false;
    for (int i = 0; i < nargs; i++) {
        if (float_coerce(ts, args[i], &v[i]) < 0) {
            free(v);
            return VNULL;
        }
        v[i] = fabs(v[i]);
        nan_seen |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    double r = nargs == 2 && !nan_seen && !isinf(max) ? hypot(v[0], v[1])
                                                       : vector_norm(nargs, v, max, nan_seen);
    free(v);
    return float_new(ts, r);
}

static Value
math_dist(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "dist", kwnames) < 0)
        return VNULL;
    if (math_count(ts, "dist", nargs, 2, 2) < 0)
        return VNULL;
    Value p = tuple_from_iterable(ts, args[0]);
    Value q = p ? tuple_from_iterable(ts, args[1]) : VNULL;
    if (!q)
        return VNULL;
    int64_t n = tuple_as(p)->len;
    if (n != tuple_as(q)->len)
        return exc_raise(ts, &ValueErrorType, "both points must have the same number of dimensions");
    double *v = malloc(sizeof(double) * (size_t)(n + 1));
    if (!v)
        return exc_no_memory(ts);
    double max = 0.0;
    bool nan_seen = false;
    for (int64_t i = 0; i < n; i++) {
        double a, b;
        if (float_coerce(ts, tuple_as(p)->items[i], &a) < 0 ||
            float_coerce(ts, tuple_as(q)->items[i], &b) < 0) {
            free(v);
            return VNULL;
        }
        v[i] = fabs(a - b);
        nan_seen |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    double r = vector_norm((int)n, v, max, nan_seen);
    free(v);
    return float_new(ts, r);
}

/* ---- integer functions ---- */

static int
int_arg_mpz(ThreadState *ts, Value v, mpz_t z)
{
    if (!int_check(v)) {
        Value i = type_lookup_cstr(ts, val_type(v), "__index__") ? obj_index(ts, v) : VNULL;
        if (!i) {
            if (!ts_has_exc(ts))
                exc_raise(ts, &TypeErrorType, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(v));
            return -1;
        }
        v = i;
    }
    int_to_mpz(v, z);
    return 0;
}

static Value
gcd_lcm(ThreadState *ts, Value *args, int nargs, Value kwnames, bool lcm)
{
    if (math_no_kw(ts, lcm ? "lcm" : "gcd", kwnames) < 0)
        return VNULL;
    mpz_t acc, x;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    mpz_init(x);
    for (int i = 0; i < nargs; i++) {
        if (int_arg_mpz(ts, args[i], x) < 0) {
            mpz_clears(acc, x, NULL);
            return VNULL;
        }
        if (lcm)
            mpz_lcm(acc, acc, x);
        else
            mpz_gcd(acc, acc, x);
    }
    Value r = int_from_mpz(ts, acc);
    mpz_clears(acc, x, NULL);
    return r;
}

static Value
math_gcd(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return gcd_lcm(ts, args, nargs, kwnames, false);
}

static Value
math_lcm(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return gcd_lcm(ts, args, nargs, kwnames, true);
}

static Value
math_factorial(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "factorial", kwnames) < 0)
        return VNULL;
    if (math_count(ts, "factorial", nargs, 1, 1) < 0)
        return VNULL;
    if (float_check(args[0]))
        return exc_raise(ts, &TypeErrorType, "'float' object cannot be interpreted as an integer");
    mpz_t z;
    mpz_init(z);
    if (int_arg_mpz(ts, args[0], z) < 0) {
        mpz_clear(z);
        return VNULL;
    }
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        return exc_raise(ts, &ValueErrorType, "factorial() not defined for negative values");
    }
    if (!mpz_fits_slong_p(z) || mpz_get_si(z) > 100000000) {
        mpz_clear(z);
        return exc_raise(ts, &OverflowErrorType, "factorial() argument should not exceed %ld",
                         (long)0x7fffffffffffffffL);
    }
    unsigned long n = mpz_get_ui(z);
    mpz_fac_ui(z, n);
    Value r = int_from_mpz(ts, z);
    mpz_clear(z);
    return r;
}

static Value
comb_perm(ThreadState *ts, Value *args, int nargs, Value kwnames, bool perm)
{
    const char *name = perm ? "perm" : "comb";
    if (math_no_kw(ts, name, kwnames) < 0 ||
        math_count(ts, name, nargs, perm ? 1 : 2, 2) < 0)
        return VNULL;
    mpz_t n, k;
    mpz_inits(n, k, NULL);
    Value r = VNULL;
    if (int_arg_mpz(ts, args[0], n) < 0)
        goto done;
    if (nargs == 1)
        mpz_set(k, n);
    else if (int_arg_mpz(ts, args[1], k) < 0)
        goto done;
    if (mpz_sgn(n) < 0) {
        exc_raise(ts, &ValueErrorType, "n must be a non-negative integer");
        goto done;
    }
    if (mpz_sgn(k) < 0) {
        exc_raise(ts, &ValueErrorType, "k must be a non-negative integer");
        goto done;
    }
    if (mpz_cmp(k, n) > 0) {
        r = val_from_int(0);
        goto done;
    }
    if (!mpz_fits_ulong_p(k)) {
        exc_raise(ts, &OverflowErrorType, "k must not exceed %ld", (long)0x7fffffffffffffffL);
        goto done;
    }
    unsigned long kk = mpz_get_ui(k);
    if (perm) {
        mpz_t acc;
        mpz_init_set_ui(acc, 1);
        for (unsigned long i = 0; i < kk; i++) {
            mpz_mul(acc, acc, n);
            mpz_sub_ui(n, n, 1);
        }
        r = int_from_mpz(ts, acc);
        mpz_clear(acc);
    } else {
        mpz_bin_ui(n, n, kk);
        r = int_from_mpz(ts, n);
    }
done:
    mpz_clears(n, k, NULL);
    return r;
}

static Value
math_comb(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    return comb_perm(ts, args, nargs, kwnames, false);
}

static Value
math_perm(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (nargs == 2 && args[1] == V_NONE)
        nargs = 1;
    return comb_perm(ts, args, nargs, kwnames, true);
}

static Value
math_isqrt(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "isqrt", kwnames) < 0)
        return VNULL;
    if (math_count(ts, "isqrt", nargs, 1, 1) < 0)
        return VNULL;
    mpz_t z;
    mpz_init(z);
    Value r = VNULL;
    if (int_arg_mpz(ts, args[0], z) == 0) {
        if (mpz_sgn(z) < 0) {
            exc_raise(ts, &ValueErrorType, "isqrt() argument must be nonnegative");
        } else {
            mpz_sqrt(z, z);
            r = int_from_mpz(ts, z);
        }
    }
    mpz_clear(z);
    return r;
}

/* ---- fsum and prod ---- */

static Value
math_fsum(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    if (math_no_kw(ts, "fsum", kwnames) < 0)
        return VNULL;
    if (math_count(ts, "fsum", nargs, 1, 1) < 0)
        return VNULL;
    Value it = obj_iter(ts, args[0]);
    if (!it)
        return VNULL;
    ts_push_root(ts, it);
    size_t n = 0, cap = 32;
    double *p = malloc(sizeof(double) * cap);
    double special = 0.0, inf_sum = 0.0;
    Value item;
    Value result = VNULL;
    if (!p) {
        exc_no_memory(ts);
        goto out;
    }
    while ((item = obj_next(ts, it)) != VNULL) {
        double x;
        if (float_coerce(ts, item, &x) < 0)
            goto out;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    exc_raise(ts, &OverflowErrorType, "intermediate overflow in fsum");
                    goto out;
                }
                if (isinf(xsave))
                    inf_sum += xsave;
                special += xsave;
                n = 0;
            } else {
                if (n + 1 >= cap) {
                    double *np = realloc(p, sizeof(double) * (cap *= 2));
                    if (!np) {
                        exc_no_memory(ts);
                        goto out;
                    }
                    p = np;
                }
                p[n++] = x;
            }
        }
    }
    if (ts_has_exc(ts))
        goto out;
    if (special != 0.0) {
        if (isnan(inf_sum))
            exc_raise(ts, &ValueErrorType, "-inf + inf in fsum");
        else
            result = float_new(ts, special);
        goto out;
    }
    double hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    result = float_new(ts, hi);
out:
    free(p);
    ts_pop_roots(ts, 1);
    return result;
}

static Value
math_prod(ThreadState *ts, Value *args, int nargs, Value kwnames)
{
    static const char *const names[] = {"", "start", NULL};
    Value a[2];
    if (mod_parse_args(ts, "prod", args, nargs, kwnames, names, 1, 1, a) < 0)
        return VNULL;
    Value acc = a[1] ? a[1] : val_from_int(1);
    Value it = obj_iter(ts, a[0]);
    if (!it)
        return VNULL;
    ts_push_root(ts, it);
    ts_push_root(ts, acc);
    Value item;
    while ((item = obj_next(ts, it)) != VNULL) {
        acc = obj_binary_op(ts, acc, item, NB_MUL);
        if (!acc)
            break;
        ts_pop_roots(ts, 1);
        ts_push_root(ts, acc);
    }
    ts_pop_roots(ts, 2);
    return ts_has_exc(ts) ? VNULL : acc;
}

static const MethodDef math_functions[] = {
    {"sqrt", math_sqrt, 0},     {"exp", math_exp, 0},       {"exp2", math_exp2, 0},
    {"expm1", math_expm1, 0},   {"log", math_log, 0},       {"log2", math_log2, 0},
    {"log10", math_log10, 0},   {"log1p", math_log1p, 0},   {"pow", math_pow, 0},
    {"fabs", math_fabs, 0},     {"floor", math_floor, 0},   {"ceil", math_ceil, 0},
    {"trunc", math_trunc, 0},   {"fmod", math_fmod, 0},     {"remainder", math_remainder, 0},
    {"copysign", math_copysign, 0}, {"isfinite", math_isfinite, 0}, {"isinf", math_isinf, 0},
    {"isnan", math_isnan, 0},   {"isclose", math_isclose, 0}, {"gcd", math_gcd, 0},
    {"lcm", math_lcm, 0},       {"factorial", math_factorial, 0}, {"comb", math_comb, 0},
    {"perm", math_perm, 0},     {"isqrt", math_isqrt, 0},   {"hypot", math_hypot, 0},
    {"dist", math_dist, 0},     {"sin", math_sin, 0},       {"cos", math_cos, 0},
    {"tan", math_tan, 0},       {"asin", math_asin, 0},     {"acos", math_acos, 0},
    {"atan", math_atan, 0},     {"atan2", math_atan2, 0},   {"sinh", math_sinh, 0},
    {"cosh", math_cosh, 0},     {"tanh", math_tanh, 0},     {"asinh", math_asinh, 0},
    {"acosh", math_acosh, 0},   {"atanh", math_atanh, 0},   {"degrees", math_degrees, 0},
    {"radians", math_radians, 0}, {"fsum", math_fsum, 0},   {"prod", math_prod, 0},
    {"erf", math_erf, 0},       {"erfc", math_erfc, 0},     {"gamma", math_gamma, 0},
    {"lgamma", math_lgamma, 0}, {"ldexp", math_ldexp, 0},   {"frexp", math_frexp, 0},
    {"modf", math_modf, 0},     {"cbrt", math_cbrt, 0},
    {NULL},
};

Value
mod_math_init(ThreadState *ts)
{
    Value m = module_new(ts, "math");
    if (!m || module_add_functions(ts, m, math_functions) < 0)
        return VNULL;
    Value d = *obj_dict_slot(m);
    static const struct { const char *name; double v; } consts[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        Value f = float_new(ts, consts[i].v);
        if (!f || dict_set_cstr(ts, d, consts[i].name, f) < 0)
            return VNULL;
    }
    return m;
}
