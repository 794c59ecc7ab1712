/* tests/unit/test_dict.c: dict order/resize, set order vs CPython, hashes, list.sort.
 * SPDX-License-Identifier: MIT
 *
 * Expected set orders and hashes were computed with /usr/bin/python3.11.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tstate.h"
#include "runtime/tuple.h"

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);              \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

#define I(x) val_from_int(x)

static Value
key_str(ThreadState *ts, int i)
{
    char buf[32];
    snprintf(buf, sizeof buf, "k%d", i);
    return str_from_cstr(ts, buf);
}

static void
test_dict_order(ThreadState *ts)
{
    Value d = dict_new(ts);
    for (int i = 0; i < 1000; i++)
        CHECK(dict_set(ts, d, key_str(ts, i), I(i)) == 0);
    CHECK(dict_as(d)->used == 1000);
    for (int i = 0; i < 1000; i += 2)
        CHECK(dict_del(ts, d, key_str(ts, i)) == 1);
    CHECK(dict_del(ts, d, key_str(ts, 0)) == 0);
    CHECK(dict_as(d)->used == 500);
    /* re-inserting a deleted key appends it */
    CHECK(dict_set(ts, d, key_str(ts, 0), I(-1)) == 0);
    int64_t pos = 0, n = 0, expect = 1;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (n < 500) {
            CHECK(v == I(expect));
            expect += 2;
        } else {
            CHECK(v == I(-1));
        }
        n++;
    }
    CHECK(n == 501);
    for (int i = 1; i < 1000; i += 2) {
        Value out = VNULL;
        StrObj *ks = str_as(key_str(ts, i));
        CHECK(dict_lookup(ts, d, val_from_obj(ks), &out) == 1 && out == I(i));
        CHECK(dict_get_str(d, ks) == I(i));
    }
    uint64_t ver = dict_as(d)->version;
    dict_set(ts, d, key_str(ts, 1), I(5));
    CHECK(dict_as(d)->version != ver);

    /* int keys, including ones that collide modulo the table size */
    Value e = dict_new(ts);
    for (int i = 0; i < 200; i++)
        dict_set(ts, e, I(i * 64), I(i));
    for (int i = 0; i < 200; i++) {
        Value out;
        CHECK(dict_lookup(ts, e, I(i * 64), &out) == 1 && out == I(i));
    }
    Value out;
    CHECK(dict_lookup(ts, e, I(3), &out) == 0);
    Value c = dict_copy(ts, e);
    CHECK(dict_as(c)->used == 200);
    pos = 0;
    CHECK(dict_next(c, &pos, &k, &v) && k == I(0));
}

static void
check_set_order(ThreadState *ts, Value s, const int64_t *expect, int n)
{
    int64_t pos = 0;
    Value k;
    int i = 0;
    while (set_next(s, &pos, &k)) {
        if (!(i < n && k == I(expect[i])))
            fprintf(stderr, "set order: item %d is %lld\n", i, (long long)val_as_int(k));
        CHECK(i < n && k == I(expect[i]));
        i++;
    }
    CHECK(i == n);
}

static void
test_set_order(ThreadState *ts)
{
    Value s = set_new(ts, &SetType);
    int64_t in1[] = {5, 3, 17, 1, 9, 33, 2};
    for (int i = 0; i < 7; i++)
        set_add(ts, s, I(in1[i]));
    int64_t out1[] = {1, 33, 3, 2, 5, 9, 17}; /* s.add() in order, not a {...} literal */
    check_set_order(ts, s, out1, 7);

    s = set_new(ts, &SetType);
    int64_t in2[] = {100, 7, 64, 8, 1000, -1, -5};
    for (int i = 0; i < 7; i++)
        set_add(ts, s, I(in2[i]));
    int64_t out2[] = {64, 100, 7, 8, 1000, -5, -1};
    check_set_order(ts, s, out2, 7);

    /* set(range(50)), discard multiples of 3, add 1000 and 77 */
    s = set_new(ts, &SetType);
    for (int i = 0; i < 50; i++)
        set_add(ts, s, I(i));
    for (int i = 0; i < 50; i += 3)
        CHECK(set_discard(ts, s, I(i)) == 1);
    set_add(ts, s, I(1000));
    set_add(ts, s, I(77));
    int64_t out3[35];
    int n = 0;
    for (int i = 0; i < 50; i++)
        if (i % 3)
            out3[n++] = i;
    out3[n++] = 77;
    out3[n++] = 1000;
    check_set_order(ts, s, out3, n);
    CHECK(set_contains(ts, s, I(49)) == 1 && set_contains(ts, s, I(48)) == 0);

    /* dummy reuse: {1,2,3} - {2} + {10} iterates as 1, 10, 3 */
    s = set_new(ts, &SetType);
    set_add(ts, s, I(1));
    set_add(ts, s, I(2));
    set_add(ts, s, I(3));
    set_discard(ts, s, I(2));
    set_add(ts, s, I(10));
    int64_t out4[] = {1, 10, 3};
    check_set_order(ts, s, out4, 3);

    /* several dummies in one probe run: CPython reuses the last one seen */
    s = set_new(ts, &SetType);
    int64_t in5[] = {1, 2, 3, 40, 17};
    for (int i = 0; i < 5; i++)
        set_add(ts, s, I(in5[i]));
    for (int i = 1; i <= 3; i++)
        set_discard(ts, s, I(i));
    for (int i = 0; i < 5; i++)
        set_add(ts, s, I(i));
    int64_t out5[] = {0, 2, 1, 3, 4, 40, 17};
    check_set_order(ts, s, out5, 7);
}

static void
test_hashes(ThreadState *ts)
{
    CHECK(obj_hash(ts, tuple_pack(ts, 2, I(1), I(2))) == -3550055125485641917LL);
    CHECK(obj_hash(ts, tuple_new(ts, 0)) == 5740354900026072187LL);
    Value inner = tuple_pack(ts, 2, I(2), I(3));
    CHECK(obj_hash(ts, tuple_pack(ts, 2, I(1), inner)) == 7267574591690527098LL);
    Value fs = set_new(ts, &FrozenSetType);
    set_add(ts, fs, I(1));
    set_add(ts, fs, I(2));
    set_add(ts, fs, I(3));
    CHECK(obj_hash(ts, fs) == -272375401224217160LL);
    CHECK(obj_hash(ts, set_new(ts, &FrozenSetType)) == 133146708735736LL);
    /* unhashable element */
    CHECK(obj_hash(ts, tuple_pack(ts, 1, list_new(ts, 0))) == -1 && ts_has_exc(ts));
    exc_clear(ts);
}

static int
cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static void
test_sort(ThreadState *ts)
{
    enum { N = 5000 };
    static int64_t ref[N];
    Value l = list_new(ts, 0);
    uint64_t seed = 7;
    for (int i = 0; i < N; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648u;
        ref[i] = (int64_t)(seed % 1000);
        list_append(ts, l, I(ref[i]));
    }
    qsort(ref, N, sizeof ref[0], cmp_i64);
    CHECK(list_sort(ts, l, VNULL, false) == 0);
    for (int i = 0; i < N; i++)
        CHECK(list_as(l)->items[i] == I(ref[i]));
    CHECK(list_sort(ts, l, VNULL, true) == 0);
    for (int i = 0; i < N; i++)
        CHECK(list_as(l)->items[i] == I(ref[N - 1 - i]));

    /* stability: tuples (k, i) sorted by a first-item-only order stay in i order */
    Value t = list_new(ts, 0);
    seed = 3;
    for (int i = 0; i < N; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648u;
        list_append(ts, t, tuple_pack(ts, 2, I((int64_t)(seed % 97)), I(i)));
    }
    CHECK(list_sort(ts, t, VNULL, false) == 0);
    for (int i = 1; i < N; i++) {
        TupleObj *a = tuple_as(list_as(t)->items[i - 1]), *b = tuple_as(list_as(t)->items[i]);
        CHECK(val_as_int(a->items[0]) < val_as_int(b->items[0]) ||
              (a->items[0] == b->items[0] && val_as_int(a->items[1]) < val_as_int(b->items[1])));
    }

    /* strings */
    Value s = list_new(ts, 0);
    const char *words[] = {"pear", "apple", "fig", "apple", "banana", "\xc3\xa9t\xc3\xa9", "zed", ""};
    for (int i = 0; i < 8; i++)
        list_append(ts, s, str_from_cstr(ts, words[i]));
    CHECK(list_sort(ts, s, VNULL, false) == 0);
    const char *sorted[] = {"", "apple", "apple", "banana", "fig", "pear", "zed", "\xc3\xa9t\xc3\xa9"};
    for (int i = 0; i < 8; i++)
        CHECK(strcmp(str_cstr(list_as(s)->items[i]), sorted[i]) == 0);
}

/* slice.indices() results computed with python3.11 */
static void
test_slices(ThreadState *ts)
{
    struct {
        Value a, b, c;
        int64_t len, start, stop, step, n;
    } cases[] = {
        {V_NONE, V_NONE, V_NONE, 10, 0, 10, 1, 10},
        {V_NONE, V_NONE, I(-1), 10, 9, -1, -1, 10},
        {I(-3), V_NONE, V_NONE, 10, 7, 10, 1, 3},
        {I(2), I(100), I(3), 10, 2, 10, 3, 3},
        {I(-100), I(-50), V_NONE, 10, 0, 0, 1, 0},
        {I(8), I(2), I(-2), 10, 8, 2, -2, 3},
        {I(5), I(1), V_NONE, 10, 5, 1, 1, 0},
        {V_NONE, V_NONE, I(-3), 0, -1, -1, -3, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Value sl = slice_new(ts, cases[i].a, cases[i].b, cases[i].c);
        int64_t start, stop, step, n;
        CHECK(slice_indices(ts, sl, cases[i].len, &start, &stop, &step, &n) == 0);
        CHECK(start == cases[i].start && stop == cases[i].stop && step == cases[i].step &&
              n == cases[i].n);
    }
    int64_t a, b, c, n;
    CHECK(slice_indices(ts, slice_new(ts, V_NONE, V_NONE, I(0)), 5, &a, &b, &c, &n) == -1);
    CHECK(ts_has_exc(ts));
    exc_clear(ts);
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
    test_dict_order(ts);
    test_set_order(ts);
    test_hashes(ts);
    test_sort(ts);
    test_slices(ts);
    if (failures) {
        fprintf(stderr, "test_dict: %d failure(s)\n", failures);
        return 1;
    }
    printf("test_dict: ok\n");
    return 0;
}
