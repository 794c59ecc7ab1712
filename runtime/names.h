/* runtime/names.h: identifiers interned once at start-up.
 * SPDX-License-Identifier: MIT
 * Use NAME(ts, __init__) for the StrObj; the X-macro keeps the list in one place. */
#ifndef GILPY_NAMES_H
#define GILPY_NAMES_H

/* clang-format off */
#define COMMON_NAMES(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) \
    X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__contains__) \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__iter__) X(__next__) X(__call__) \
    X(__enter__) X(__exit__) X(__getattr__) X(__getattribute__) X(__setattr__) \
    X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__name__) X(__qualname__) \
    X(__module__) X(__doc__) X(__dict__) X(__class__) X(__bases__) X(__mro__) \
    X(__main__) X(__builtins__) X(__file__) X(__format__) X(__index__) X(__int__) \
    X(__float__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__slots__) \
    X(__classcell__) X(__all__) X(__import__) X(__package__) X(__path__) X(__spec__) \
    X(__loader__) X(__annotations__) X(__reversed__) X(__missing__) X(__round__) \
    X(__class_getitem__) X(__init_subclass__) X(__set_name__) X(__traceback__) \
    X(__cause__) X(__context__) X(__suppress_context__) X(args) X(send) X(throw) X(close) \
    X(keys) X(items) X(values) X(append) X(write) X(flush) X(read) X(readline) \
    X(stdout) X(stderr) X(stdin) X(excepthook) X(displayhook) X(unraisablehook) \
    X(self) X(name) X(code) X(msg) X(filename) X(lineno) X(offset) X(text) X(end_lineno) \
    X(end_offset) X(print_file_and_line) X(errno) X(strerror) X(value) X(obj) X(key) \
    X(reverse) X(default) X(sep) X(end) X(file) X(start) X(step) X(stop) X(metaclass) \
    X(__abstractmethods__) X(__weakref__) X(__length_hint__) X(__ceil__) X(__floor__) \
    X(__trunc__) X(__sizeof__) X(__await__) X(__objclass__) X(__func__) X(__wrapped__) \
    X(_) X(__debug__) X(__build_class__) X(__prepare__) X(__mro_entries__) X(fget) X(fset) \
    X(fdel) X(__isabstractmethod__) X(__subclasshook__) X(__instancecheck__) \
    X(__subclasscheck__) X(__kwdefaults__) X(__defaults__) X(__code__) X(__closure__) \
    X(__globals__) X(__self__) X(fileno) X(encoding) X(mode) X(closed) X(isatty) \
    X(__add__) X(__radd__) X(__iadd__) X(__and__) X(__rand__) X(__iand__) \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__lshift__) X(__rlshift__) \
    X(__ilshift__) X(__matmul__) X(__rmatmul__) X(__imatmul__) X(__mul__) X(__rmul__) \
    X(__imul__) X(__mod__) X(__rmod__) X(__imod__) X(__or__) X(__ror__) X(__ior__) \
    X(__pow__) X(__rpow__) X(__ipow__) X(__rshift__) X(__rrshift__) X(__irshift__) \
    X(__sub__) X(__rsub__) X(__isub__) X(__truediv__) X(__rtruediv__) X(__itruediv__) \
    X(__xor__) X(__rxor__) X(__ixor__) X(mro) X(__dir__) X(__thisclass__)
/* clang-format on */

enum {
#define X(n) NAME_##n,
    COMMON_NAMES(X)
#undef X
        NAME_COUNT
};

#endif
