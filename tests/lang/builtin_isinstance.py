# isinstance/type/issubclass on builtin types and tuples of types.
vals = [1, True, 1.5, "s", [1], (1,), {1: 1}, {1}, frozenset(), None, range(1), len]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, list)), isinstance(v, object))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), isinstance(1, float))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)))
print(type(1) is int, type(True) is bool, type(1) == int, type("") is str, type(None) is type(None))
print(type(int).__name__, type(type).__name__, int.__name__, str(int), repr(float), str(type(None)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], (tuple, (dict, list))), isinstance(3, ()), type(3)(7), type("")(5), type([])("ab"))
