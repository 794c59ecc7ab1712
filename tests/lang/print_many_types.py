# print/str/repr of every builtin type in one place.
import sys
class C:
    pass
print(1, -1.5, True, None, "s", [1], (1,), (), {1: 2}, {1}, frozenset(), set(), range(2), slice(1))
print(repr("s"), repr(1.0), repr([]), repr({}), repr(()), repr(range(0)), repr(frozenset([1])))
print(int, str, type, len, print, C, type(C()).__name__, sys.stdout is not None)
print(str(1e100), str(123456789.0), str(0.000001), str(1e-7), str(-0.0))
print([1, [2, (3, {4: {5}})]], {(1, 2): [3]}, {"k": "v'q"})
