/* tests/unit/test_object.c: the generic object protocol, classes and modules from C.
 * SPDX-License-Identifier: MIT
 *
 * Exercises runtime/object.c, type.c, descr.c, module.c and singletons.c
 * without the compiler: error texts of the generic operations, class
 * creation with type(name, bases, dict), the C3 MRO, attribute lookup and
 * module objects.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tstate.h"
#include "runtime/tuple.h"

static int failures;

static void
fail_exc(ThreadState *ts, const char *what)
{
    Value e = exc_fetch(ts);
    Value m = e ? obj_str(ts, e) : VNULL;
    printf("FAIL %s: exception %s: %s\n", what, e ? obj_type_name(e) : "?",
           m ? str_cstr(m) : "?");
    failures++;
}

static void
expect_str(ThreadState *ts, const char *what, Value got, const char *want, bool prefix)
{
    if (!got) {
        fail_exc(ts, what);
        return;
    }
    const char *g = str_check(got) ? str_cstr(got) : "<non-str>";
    if (prefix ? strncmp(g, want, strlen(want)) != 0 : strcmp(g, want) != 0) {
        printf("FAIL %s: got '%s', want '%s'\n", what, g, want);
        failures++;
    }
}

static void
expect_repr(ThreadState *ts, const char *what, Value v, const char *want)
{
    expect_str(ts, what, v ? obj_repr(ts, v) : VNULL, want, false);
}

static void
expect_error(ThreadState *ts, const char *what, bool failed, Type *t, const char *msg)
{
    if (!failed) {
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

static void
expect_true(const char *what, bool cond)
{
    if (!cond) {
        printf("FAIL %s\n", what);
        failures++;
    }
}

static Value
S(ThreadState *ts, const char *s)
{
    return str_from_cstr(ts, s);
}

static Value
make_class(ThreadState *ts, const char *name, Value bases, Value ns)
{
    Value args[3] = {S(ts, name), bases, ns};
    return obj_call(ts, val_from_obj(&TypeType), args, 3, VNULL);
}

static Value
ns_main(ThreadState *ts)
{
    Value d = dict_new(ts);
    dict_set_cstr(ts, d, "__module__", S(ts, "__main__"));
    return d;
}

static void
test_errors(ThreadState *ts)
{
    Value one = val_from_int(1), s = S(ts, "s");
    expect_error(ts, "len(1)", obj_len(ts, one) < 0, &TypeErrorType,
                 "object of type 'int' has no len()");
    expect_error(ts, "1[0]", !obj_getitem(ts, one, one), &TypeErrorType,
                 "'int' object is not subscriptable");
    expect_error(ts, "1()", !obj_call0(ts, one), &TypeErrorType, "'int' object is not callable");
    expect_error(ts, "iter(1)", !obj_iter(ts, one), &TypeErrorType, "'int' object is not iterable");
    expect_error(ts, "next(1)", !obj_next(ts, one), &TypeErrorType,
                 "'int' object is not an iterator");
    expect_error(ts, "1 in 1", obj_contains(ts, one, one) < 0, &TypeErrorType,
                 "argument of type 'int' is not iterable");
    expect_error(ts, "hash([])", obj_hash(ts, list_new(ts, 0)) == -1, &TypeErrorType,
                 "unhashable type: 'list'");
    expect_error(ts, "1 < 's'", !obj_compare(ts, one, s, CMP_LT), &TypeErrorType,
                 "'<' not supported between instances of 'int' and 'str'");
    expect_error(ts, "-'s'", !obj_neg(ts, s), &TypeErrorType, "bad operand type for unary -: 'str'");
    expect_error(ts, "1 + 's'", !obj_binary_op(ts, one, s, NB_ADD), &TypeErrorType,
                 "unsupported operand type(s) for +: 'int' and 'str'");
    expect_error(ts, "1 ** 's'", !obj_binary_op(ts, one, s, NB_POW), &TypeErrorType,
                 "unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    expect_error(ts, "1 -= 's'", !obj_inplace_op(ts, one, s, NB_SUB), &TypeErrorType,
                 "unsupported operand type(s) for -=: 'int' and 'str'");
    expect_error(ts, "'s' * 's'", !obj_binary_op(ts, s, s, NB_MUL), &TypeErrorType,
                 "can't multiply sequence by non-int of type 'str'");
    expect_error(ts, "1.x", !obj_getattr_cstr(ts, one, "x"), &AttributeErrorType,
                 "'int' object has no attribute 'x'");
    expect_error(ts, "(1).x = 1", obj_setattr(ts, one, str_intern(ts, "x"), one) < 0,
                 &AttributeErrorType, "'int' object has no attribute 'x'");
    expect_error(ts, "int.x = 1",
                 obj_setattr(ts, val_from_obj(&IntType), str_intern(ts, "x"), one) < 0,
                 &TypeErrorType, "cannot set 'x' attribute of immutable type 'int'");
    Value tup = tuple_pack(ts, 1, one);
    expect_error(ts, "t[0] = 1", obj_setitem(ts, tup, val_from_int(0), one) < 0, &TypeErrorType,
                 "'tuple' object does not support item assignment");
    expect_error(ts, "del t[0]", obj_delitem(ts, tup, val_from_int(0)) < 0, &TypeErrorType,
                 "'tuple' object doesn't support item deletion");
    expect_error(ts, "index(1.5)", !obj_index(ts, float_new(ts, 1.5)), &TypeErrorType,
                 "'float' object cannot be interpreted as an integer");
    expect_error(ts, "len(1, 2)", arg_check_count(ts, "len", 2, 1, 1) < 0, &TypeErrorType,
                 "len() takes exactly one argument (2 given)");
    expect_error(ts, "getattr()", arg_check_count(ts, "getattr", 0, 2, 3) < 0, &TypeErrorType,
                 "getattr expected at least 2 arguments, got 0");
    expect_error(ts, "f(x=1)", arg_no_kwargs(ts, "f", tuple_pack(ts, 1, S(ts, "x"))) < 0,
                 &TypeErrorType, "f() takes no keyword arguments");
}

static void
test_builtin_types(ThreadState *ts)
{
    expect_repr(ts, "repr(int)", val_from_obj(&IntType), "<class 'int'>");
    expect_repr(ts, "repr(None)", V_NONE, "None");
    expect_repr(ts, "repr(NotImplemented)", V_NOTIMPL, "NotImplemented");
    expect_repr(ts, "repr(Ellipsis)", V_ELLIPSIS, "Ellipsis");
    expect_true("bool(None) is False", obj_truth(ts, V_NONE) == 0);
    expect_true("None == None", obj_eq(ts, V_NONE, V_NONE) == 1);
    expect_true("bool is int subclass", type_is_subtype(&BoolType, &IntType));
    expect_true("int mro", tuple_as(IntType.mro)->len == 2);
    expect_true("int.__add__ exists", type_lookup_cstr(ts, &IntType, "__add__") != VNULL);
    expect_repr(ts, "repr(int.__add__)", type_lookup_cstr(ts, &IntType, "__add__"),
                "<slot wrapper '__add__' of 'int' objects>");
    Value o = obj_call0(ts, val_from_obj(&ObjectType));
    expect_str(ts, "repr(object())", o ? obj_repr(ts, o) : VNULL, "<object object at 0x", true);
    expect_error(ts, "object().x = 1", obj_setattr(ts, o, str_intern(ts, "x"), V_NONE) < 0,
                 &AttributeErrorType, "'object' object has no attribute 'x'");
    expect_true("isinstance(True, int)", obj_isinstance(ts, V_TRUE, val_from_obj(&IntType)) == 1);
    expect_error(ts, "isinstance(1, 2)", obj_isinstance(ts, V_TRUE, val_from_int(2)) < 0,
                 &TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    Value types = tuple_pack(ts, 2, val_from_obj(&StrType), val_from_obj(&IntType));
    expect_true("issubclass(bool, (str, int))",
                obj_issubclass(ts, val_from_obj(&BoolType), types) == 1);
}

static void
test_classes(ThreadState *ts)
{
    Value ns = ns_main(ts);
    dict_set_cstr(ts, ns, "x", val_from_int(42));
    Value A = make_class(ts, "A", tuple_new(ts, 0), ns);
    if (!A) {
        fail_exc(ts, "class A");
        return;
    }
    expect_repr(ts, "repr(A)", A, "<class '__main__.A'>");
    Value x = obj_getattr_cstr(ts, A, "x");
    expect_true("A.x == 42", x == val_from_int(42));
    Value a = obj_call0(ts, A);
    expect_str(ts, "repr(A())", a ? obj_repr(ts, a) : VNULL, "<__main__.A object at 0x", true);
    expect_true("a.x == 42", obj_getattr_cstr(ts, a, "x") == val_from_int(42));
    obj_setattr(ts, a, str_intern(ts, "x"), val_from_int(7));
    expect_true("a.x == 7", obj_getattr_cstr(ts, a, "x") == val_from_int(7));
    expect_true("A.x still 42", obj_getattr_cstr(ts, A, "x") == val_from_int(42));
    expect_error(ts, "a.y", !obj_getattr_cstr(ts, a, "y"), &AttributeErrorType,
                 "'A' object has no attribute 'y'");
    expect_error(ts, "A.y", !obj_getattr_cstr(ts, A, "y"), &AttributeErrorType,
                 "type object 'A' has no attribute 'y'");
    expect_error(ts, "A(1)", !obj_call1(ts, A, val_from_int(1)), &TypeErrorType,
                 "A() takes no arguments");

    uint64_t v0 = ((Type *)val_as_obj(A))->version;
    Value B = make_class(ts, "B", tuple_pack(ts, 1, A), ns_main(ts));
    expect_true("B created", B != VNULL);
    uint64_t vb = ((Type *)val_as_obj(B))->version;
    obj_setattr(ts, A, str_intern(ts, "x"), val_from_int(5));
    expect_true("A version bumped", ((Type *)val_as_obj(A))->version != v0);
    expect_true("B version bumped", ((Type *)val_as_obj(B))->version != vb);
    expect_true("B.x follows A.x", obj_getattr_cstr(ts, B, "x") == val_from_int(5));
    expect_true("isinstance(B(), A)", obj_isinstance(ts, obj_call0(ts, B), A) == 1);
    expect_error(ts, "class X(A, B)", !make_class(ts, "X", tuple_pack(ts, 2, A, B), ns_main(ts)),
                 &TypeErrorType,
                 "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
    expect_error(ts, "class X(bool)",
                 !make_class(ts, "X", tuple_pack(ts, 1, val_from_obj(&BoolType)), ns_main(ts)),
                 &TypeErrorType, "type 'bool' is not an acceptable base type");
    expect_error(ts, "type(1, 2)", !obj_call2(ts, val_from_obj(&TypeType), S(ts, "X"), S(ts, "Y")),
                 &TypeErrorType, "type() takes 1 or 3 arguments");
    Value L = make_class(ts, "L", tuple_pack(ts, 1, val_from_obj(&ListType)), ns_main(ts));
    Value l = L ? obj_call0(ts, L) : VNULL;
    expect_true("L() is a list", l && list_check(l) && list_as(l)->len == 0);
    expect_true("L().attr", l && obj_setattr(ts, l, str_intern(ts, "attr"), V_NONE) == 0);
}

static void
test_inline_values(ThreadState *ts)
{
    Value A = make_class(ts, "P", tuple_new(ts, 0), ns_main(ts));
    Value a = A ? obj_call0(ts, A) : VNULL;
    if (!a) {
        fail_exc(ts, "class P");
        return;
    }
    StrObj *x = str_intern(ts, "x"), *y = str_intern(ts, "y");
    obj_setattr(ts, a, x, val_from_int(1));
    obj_setattr(ts, a, y, val_from_int(2));
    expect_true("inline: dict slot still empty", *obj_dict_slot(a) == VNULL);
    expect_true("inline: a.y", obj_instance_attr(a, y) == val_from_int(2));
    expect_true("inline: shape index", type_shape_index(val_type(a), y) == 1);
    expect_true("inline: slot", *obj_inline_slot(a, val_type(a), 0) == val_from_int(1));
    expect_repr(ts, "inline: __dict__", obj_get_dict(ts, a), "{'x': 1, 'y': 2}");
    expect_true("inline: dict mode after __dict__", obj_inline_slot(a, val_type(a), 0) == NULL);
    expect_true("inline: a.x via dict", obj_getattr(ts, a, x) == val_from_int(1));
    Value b = obj_call0(ts, A);
    obj_setattr(ts, b, y, val_from_int(3)); /* out of shape order: needs a dict */
    expect_repr(ts, "inline: out of order", obj_get_dict(ts, b), "{'y': 3}");
}

static void
test_misc(ThreadState *ts)
{
    Value u = obj_binary_op(ts, val_from_obj(&IntType), val_from_obj(&StrType), NB_OR);
    expect_repr(ts, "int | str", u, "int | str");
    expect_true("isinstance(1, int | str)", u && obj_isinstance(ts, val_from_int(1), u) == 1);
    Value d = obj_getattr_cstr(ts, val_from_obj(&IntType), "__dict__");
    expect_str(ts, "int.__dict__", d ? obj_repr(ts, d) : VNULL, "mappingproxy({", true);
    expect_repr(ts, "repr(super)", val_from_obj(&SuperType), "<class 'super'>");
    Value key = tuple_pack(ts, 2, val_from_obj(&StrType), val_from_obj(&IntType));
    expect_repr(ts, "dict[str, int]", obj_getitem(ts, val_from_obj(&DictType), key),
                "dict[str, int]");
    expect_error(ts, "int[0]", !obj_getitem(ts, val_from_obj(&ObjectType), val_from_int(0)),
                 &TypeErrorType, "type 'object' is not subscriptable");
}

static void
test_modules(ThreadState *ts)
{
    Value m = module_new(ts, "mod");
    expect_repr(ts, "repr(module)", m, "<module 'mod' (built-in)>");
    expect_error(ts, "mod.zz", !obj_getattr_cstr(ts, m, "zz"), &AttributeErrorType,
                 "module 'mod' has no attribute 'zz'");
    obj_setattr(ts, m, str_intern(ts, "zz"), val_from_int(3));
    expect_true("mod.zz == 3", obj_getattr_cstr(ts, m, "zz") == val_from_int(3));
    expect_true("mod.__name__", obj_getattr_cstr(ts, m, "__name__") != VNULL);
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
    test_errors(ts);
    test_builtin_types(ts);
    test_classes(ts);
    test_modules(ts);
    test_inline_values(ts);
    test_misc(ts);
    if (failures) {
        printf("%d failure(s)\n", failures);
        return 1;
    }
    printf("test_object: all passed\n");
    return 0;
}
