/* tests/unit/test_int.c: int/float/bool runtime: overflow to big ints and back, floor
 * division signs, hashes, float repr and formatting.
 * SPDX-License-Identifier: MIT
 *
 * Expected hashes and reprs were computed with /usr/bin/python3.11.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tstate.h"

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);              \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

#define I(x) val_from_int(x)

/* Is the str Value v equal to s? */
static bool
str_is(Value v, const char *s)
{
    if (!v || !str_check(v)) {
        fprintf(stderr, "  expected '%s', got no str\n", s);
        return false;
    }
    if (strcmp(str_cstr(v), s) != 0) {
        fprintf(stderr, "  expected '%s', got '%s'\n", s, str_cstr(v));
        return false;
    }
    return true;
}

static Value
big(ThreadState *ts, const char *dec)
{
    return int_from_str(ts, dec, strlen(dec), 10);
}

static void
test_small_big_boundary(ThreadState *ts)
{
    Value max = I(SMALL_INT_MAX);
    Value r = int_binop(ts, max, I(1), NB_ADD);
    CHECK(r && val_is_obj(r));
    CHECK(str_is(int_repr(ts, r), "4611686018427387904"));
    /* back to small */
    Value back = int_binop(ts, r, I(1), NB_SUB);
    CHECK(back == max);
    Value min = I(SMALL_INT_MIN);
    r = int_binop(ts, min, I(1), NB_SUB);
    CHECK(str_is(int_repr(ts, r), "-4611686018427387905"));
    CHECK(int_binop(ts, r, I(1), NB_ADD) == min);
    /* products */
    r = int_binop(ts, I(3), I((int64_t)1 << 62 >> 1), NB_MUL);
    CHECK(str_is(int_repr(ts, r), "6917529027641081856"));
    r = int_binop(ts, r, r, NB_MUL);
    CHECK(str_is(int_repr(ts, r), "47852207848256971424537054170092404736"));
    Value q = int_binop(ts, r, int_binop(ts, I(3), I((int64_t)1 << 61), NB_MUL), NB_FLOORDIV);
    CHECK(str_is(int_repr(ts, q), "6917529027641081856"));
    /* shifts */
    r = int_binop(ts, I(1), I(100), NB_LSHIFT);
    CHECK(str_is(int_repr(ts, r), "1267650600228229401496703205376"));
    CHECK(int_binop(ts, r, I(99), NB_RSHIFT) == I(2));
    CHECK(int_binop(ts, I(-1), I(1000), NB_RSHIFT) == I(-1));
    CHECK(int_binop(ts, I(-5), I(1), NB_RSHIFT) == I(-3));
    r = int_binop(ts, I(-3), I(62), NB_LSHIFT);
    CHECK(str_is(int_repr(ts, r), "-13835058055282163712"));
    CHECK(int_binop(ts, I(1), I(-1), NB_LSHIFT) == VNULL);
    CHECK(exc_matches(ts, &ValueErrorType));
    exc_clear(ts);
    /* negation of the smallest small int is big */
    r = int_binop(ts, I(0), min, NB_SUB);
    CHECK(str_is(int_repr(ts, r), "4611686018427387904"));
    /* powers */
    r = int_binop(ts, I(3), I(41), NB_POW);
    CHECK(str_is(int_repr(ts, r), "36472996377170786403"));
    r = int_binop(ts, I(2), I(-1), NB_POW);
    CHECK(r && float_check(r) && float_as_double(r) == 0.5);
    CHECK(int_as_i64(ts, big(ts, "-9223372036854775808"), NULL) == INT64_MIN);
}

static void
test_floor_div_mod(ThreadState *ts)
{
    CHECK(int_binop(ts, I(-7), I(2), NB_FLOORDIV) == I(-4));
    CHECK(int_binop(ts, I(-7), I(2), NB_MOD) == I(1));
    CHECK(int_binop(ts, I(7), I(-2), NB_MOD) == I(-1));
    CHECK(int_binop(ts, I(7), I(-2), NB_FLOORDIV) == I(-4));
    CHECK(int_binop(ts, I(-8), I(2), NB_FLOORDIV) == I(-4));
    Value b = big(ts, "-13835058055282163712");
    CHECK(str_is(int_repr(ts, int_binop(ts, b, I(7), NB_FLOORDIV)), "-1976436865040309102"));
    CHECK(int_binop(ts, b, I(7), NB_MOD) == I(2));
    CHECK(int_binop(ts, I(1), I(0), NB_MOD) == VNULL);
    CHECK(exc_matches(ts, &ZeroDivisionErrorType));
    exc_clear(ts);
    Value f = float_binop(ts, float_new(ts, -7.5), I(2), NB_FLOORDIV);
    CHECK(f && float_as_double(f) == -4.0);
    f = float_binop(ts, float_new(ts, 7.5), I(-2), NB_MOD);
    CHECK(f && float_as_double(f) == -0.5);
    f = float_binop(ts, float_new(ts, -0.0), I(5), NB_MOD);
    CHECK(f && float_as_double(f) == 0.0 && !signbit(float_as_double(f)));
    /* true division is correctly rounded for big ints too */
    f = int_binop(ts, big(ts, "1000000000000000000000000000000"), I(7), NB_TRUEDIV);
    CHECK(f && float_as_double(f) == 1.4285714285714285e+29);
}

static void
test_hashes(ThreadState *ts)
{
    CHECK(int_hash(I(-1)) == -2);
    CHECK(int_hash(I(SMALL_INT_MAX)) == 1); /* 2**62-1 mod 2**61-1 */
    static const struct {
        const char *dec;
        int64_t hash;
    } ints[] = {
        {"4611686018427387904", 2},
        {"-4611686018427387905", -3},
        {"1267650600228229401496703205376", 549755813888},
        {"-1267650600228229401496703205375", -549755813887},
        {"1000000000000000000000000000000", 465258685558744706},
        {"12345678901234567890", 816463855166098135},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        CHECK(int_hash(big(ts, ints[i].dec)) == ints[i].hash);
    static const struct {
        double d;
        int64_t hash;
    } floats[] = {
        {0.1, 230584300921369408},
        {1.5, 1152921504606846977},
        {-2.75, -1729382256910270466},
        {1e100, 1822893315824342674},
        {3.141592653589793, 326490430436040707},
        {1e-300, 482449582752280463},
        {18446744073709551616.0, 8},
        {-1.0, -2},
        {INFINITY, 314159},
    };
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++)
        CHECK(float_hash(floats[i].d) == floats[i].hash);
    /* equal int and float hash equally */
    CHECK(float_hash(4611686018427387904.0) == int_hash(big(ts, "4611686018427387904")));
}

static void
test_float_repr(ThreadState *ts)
{
    static const struct {
        double d;
        const char *repr;
    } cases[] = {
        {0.1, "0.1"}, {1e16, "1e+16"}, {1e-5, "1e-05"}, {0.0001, "0.0001"},
        {123456789012345.0, "123456789012345.0"}, {1.5e300, "1.5e+300"}, {-0.0, "-0.0"},
        {0.0, "0.0"}, {1.0 / 3, "0.3333333333333333"}, {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"}, {1e22, "1e+22"},
        {9999999999999998.0, "9999999999999998.0"}, {0.30000000000000004, "0.30000000000000004"},
        {INFINITY, "inf"}, {-INFINITY, "-inf"}, {NAN, "nan"}, {100.0, "100.0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[40];
        float_repr_buf(cases[i].d, buf);
        if (strcmp(buf, cases[i].repr) != 0) {
            fprintf(stderr, "  repr: expected %s got %s\n", cases[i].repr, buf);
            failures++;
        }
    }
    Value v = float_new(ts, 2.5);
    CHECK(str_is(float_format(ts, v, ".2f", 3), "2.50"));
    CHECK(str_is(float_format(ts, float_new(ts, 0.5), "%", 1), "50.000000%"));
    CHECK(str_is(float_format(ts, float_new(ts, 1e20), "g", 1), "1e+20"));
    CHECK(str_is(float_format(ts, float_new(ts, 1234.5), "010,.1f", 7), "0,001,234.5"));
    CHECK(str_is(int_format(ts, I(1234567), ",", 1), "1,234,567"));
    CHECK(str_is(int_format(ts, I(255), "#x", 2), "0xff"));
    CHECK(str_is(int_format(ts, I(12), "08.3f", 5), "0012.000"));
    CHECK(str_is(int_to_base_str(ts, I(-255), 16, true), "-0xff"));
}

static void
test_compare(ThreadState *ts)
{
    Value b = big(ts, "9007199254740993"); /* 2**53 + 1 */
    CHECK(float_int_compare(b, 9007199254740992.0) == 1);
    CHECK(float_int_compare(I(3), 3.0) == 0);
    CHECK(float_int_compare(I(3), 3.5) == -1);
    CHECK(float_int_compare(I(-3), NAN) == 2);
    CHECK(float_int_compare(big(ts, "1" "000000000000000000000000000000000000000"), INFINITY) == -1);
    CHECK(int_compare(b, I(5)) == 1);
    CHECK(int_compare(V_TRUE, I(1)) == 0);
}

int
main(int argc, char **argv)
{
    InterpState *in = interp_new();
    ThreadState *ts = ts_new(in);
    if (interp_init(ts, argc, argv) < 0) {
        fprintf(stderr, "interp_init failed\n");
        return 1;
    }
    test_small_big_boundary(ts);
    test_floor_div_mod(ts);
    test_hashes(ts);
    test_float_repr(ts);
    test_compare(ts);
    if (ts_has_exc(ts)) {
        fprintf(stderr, "stray exception left set\n");
        failures++;
    }
    if (failures)
        fprintf(stderr, "test_int: %d failure(s)\n", failures);
    else
        printf("test_int: ok\n");
    return failures != 0;
}
