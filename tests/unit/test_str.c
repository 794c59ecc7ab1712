/* tests/unit/test_str.c: str creation, hashing, repr, split/join and formatting from C.
 * SPDX-License-Identifier: MIT
 *
 * Exercises runtime/str*.c and bytes.c without the compiler: each check
 * builds values with the C API and compares the resulting text.
 */
#include <stdio.h>
#include <stdlib.h>

#include "runtime/bytes.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tstate.h"
#include "runtime/tuple.h"

static int failures;

static void
expect_str(ThreadState *ts, const char *what, Value got, const char *want)
{
    if (!got) {
        Value e = exc_fetch(ts);
        Value m = e ? obj_str(ts, e) : VNULL;
        printf("FAIL %s: exception %s: %s\n", what, e ? obj_type_name(e) : "?",
               m ? str_cstr(m) : "?");
        failures++;
        return;
    }
    if (!str_check(got) || strcmp(str_cstr(got), want) != 0) {
        printf("FAIL %s: got '%s', want '%s'\n", what, str_check(got) ? str_cstr(got) : "<non-str>",
               want);
        failures++;
    }
}

static void
expect_error(ThreadState *ts, const char *what, Value got, Type *t, const char *msg)
{
    if (got) {
        printf("FAIL %s: no exception\n", what);
        failures++;
        return;
    }
    Value e = exc_fetch(ts);
    Value m = obj_str(ts, e);
    if (val_type(e) != t || !m || strcmp(str_cstr(m), msg) != 0) {
        printf("FAIL %s: %s: %s (want %s: %s)\n", what, obj_type_name(e), m ? str_cstr(m) : "?",
               t->name, msg);
        failures++;
    }
}

static Value
S(ThreadState *ts, const char *s)
{
    return str_from_cstr(ts, s);
}

static Value
call(ThreadState *ts, Value self, const char *meth, int n, Value a, Value b)
{
    Value args[2] = {a, b};
    return obj_call_method(ts, self, meth, args, n);
}

static void
test_basics(ThreadState *ts)
{
    Value s = S(ts, "h\xc3\xa9llo");
    if (str_as(s)->len != 5 || str_as(s)->ascii)
        printf("FAIL len/ascii\n"), failures++;
    expect_str(ts, "index", str_getitem_index(ts, str_as(s), 1), "\xc3\xa9");
    expect_str(ts, "concat", str_concat(ts, S(ts, "ab"), S(ts, "cd")), "abcd");
    expect_str(ts, "repr", str_repr(ts, S(ts, "it's\n")), "\"it's\\n\"");
    expect_str(ts, "repr2", str_repr(ts, S(ts, "a\x01\xc2\xa0\xc3\xa9")), "'a\\x01\\xa0\xc3\xa9'");
    if (str_hash(str_as(S(ts, ""))) != 0)
        printf("FAIL empty hash\n"), failures++;
    if (str_hash(str_as(S(ts, "abc"))) != str_hash(str_as(S(ts, "abc"))))
        printf("FAIL hash stable\n"), failures++;
    StrObj *a = str_intern(ts, "foo"), *b = str_intern(ts, "foo");
    if (a != b || !a->interned)
        printf("FAIL intern\n"), failures++;
    Value bad = str_new(ts, "a\xff" "b", 3);
    expect_str(ts, "invalid utf8", bad, "a\xef\xbf\xbd" "b");
    Value items[3] = {S(ts, "x"), S(ts, "y"), S(ts, "z")};
    expect_str(ts, "join_array", str_join_array(ts, ", ", 2, items, 3), "x, y, z");
    uint32_t cp;
    if (utf8_decode("\xe2\x82\xac", &cp) != 3 || cp != 0x20AC)
        printf("FAIL utf8_decode\n"), failures++;
}

static void
test_methods(ThreadState *ts)
{
    Value parts = call(ts, S(ts, "  a b\t c  "), "split", 0, VNULL, VNULL);
    expect_str(ts, "split ws", parts ? str_join_array(ts, "|", 1, list_as(parts)->items,
                                                      (size_t)list_as(parts)->len)
                                     : VNULL,
               "a|b|c");
    parts = call(ts, S(ts, "a,b,,c"), "split", 1, S(ts, ","), VNULL);
    expect_str(ts, "split sep", parts ? str_join_array(ts, "|", 1, list_as(parts)->items,
                                                       (size_t)list_as(parts)->len)
                                      : VNULL,
               "a|b||c");
    expect_str(ts, "upper", call(ts, S(ts, "ab\xc3\xa9"), "upper", 0, VNULL, VNULL), "AB\xc3\x89");
    expect_str(ts, "strip", call(ts, S(ts, "xxhixx"), "strip", 1, S(ts, "x"), VNULL), "hi");
    expect_str(ts, "replace", call(ts, S(ts, "aXbXc"), "replace", 2, S(ts, "X"), S(ts, "--")),
               "a--b--c");
    expect_str(ts, "center", call(ts, S(ts, "ab"), "center", 2, val_from_int(5), S(ts, "*")),
               "**ab*");
    expect_error(ts, "index", call(ts, S(ts, "abc"), "index", 1, S(ts, "z"), VNULL),
                 &ValueErrorType, "substring not found");
    Value lst = list_new(ts, 0);
    list_append(ts, lst, S(ts, "a"));
    list_append(ts, lst, val_from_int(1));
    expect_error(ts, "join", call(ts, S(ts, ","), "join", 1, lst, VNULL), &TypeErrorType,
                 "sequence item 1: expected str instance, int found");
}

static void
test_format(ThreadState *ts)
{
    Value t = tuple_pack(ts, 3, S(ts, "x"), val_from_int(42), val_from_int(255));
    expect_str(ts, "mod", str_mod_format(ts, S(ts, "%-3s|%05d|%#x|%%"), t), "x  |00042|0xff|%");
    expect_error(ts, "mod few", str_mod_format(ts, S(ts, "%s %s"), val_from_int(1)),
                 &TypeErrorType, "not enough arguments for format string");
    expect_error(ts, "mod many", str_mod_format(ts, S(ts, "%s"), t), &TypeErrorType,
                 "not all arguments converted during string formatting");
    Value args[2] = {S(ts, "ab"), val_from_int(7)};
    expect_str(ts, "format", str_format_method(ts, S(ts, "{0!r:>6}|{1}|{{}}"), args, 2, VNULL),
               "  'ab'|7|{}");
    expect_error(ts, "format idx", str_format_method(ts, S(ts, "{2}"), args, 2, VNULL),
                 &IndexErrorType, "Replacement index 2 out of range for positional args tuple");
    expect_error(ts, "format }", str_format_method(ts, S(ts, "a}"), args, 2, VNULL),
                 &ValueErrorType, "Single '}' encountered in format string");
    expect_str(ts, "spec", str_format_spec(ts, S(ts, "abc"), "*^7.2", 5), "**ab***");
    expect_error(ts, "spec d", str_format_spec(ts, S(ts, "abc"), "d", 1), &ValueErrorType,
                 "Unknown format code 'd' for object of type 'str'");
}

static void
test_bytes(ThreadState *ts)
{
    Value b = bytes_new(ts, "a'\x00\xff", 4);
    expect_str(ts, "bytes repr", bytes_repr(ts, b), "b\"a'\\x00\\xff\"");
    expect_str(ts, "decode", bytes_decode(ts, "h\xc3\xa9", 3, "utf-8", "strict"), "h\xc3\xa9");
    if (!ByteArrayType.base.type)
        type_ready(ts, &ByteArrayType); /* until init.c lists it */
    Value ba = bytearray_new(ts, "ab", 2);
    expect_str(ts, "bytearray repr", obj_repr(ts, ba), "bytearray(b'ab')");
    expect_str(ts, "encode", obj_repr(ts, str_encode(ts, S(ts, "h\xc3\xa9"), "latin-1", "strict")),
               "b'h\\xe9'");
    expect_error(ts, "decode bad", bytes_decode(ts, "\xff", 1, "utf-8", "strict"),
                 &UnicodeDecodeErrorType,
                 "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
}

int
main(int argc, char **argv)
{
    InterpState *in = interp_new();
    ThreadState *ts = ts_new(in);
    if (interp_init(ts, argc, argv) < 0) {
        printf("interp_init failed\n");
        return 1;
    }
    test_basics(ts);
    test_methods(ts);
    test_format(ts);
    test_bytes(ts);
    printf("%s (%d failures)\n", failures ? "FAILED" : "ok", failures);
    return failures != 0;
}
