class A: pass
class B(A): pass
class C(B): pass
class D: pass
print(issubclass(C, A), issubclass(C, (D, A)), issubclass(A, C))
print(issubclass(C, C), issubclass(C, object), issubclass(C, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, (float, int))))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
print(issubclass(type, object), issubclass(object, type))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(A(), A)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
try:
    issubclass(int)
except TypeError as e:
    print(e)
print(issubclass(int, (int, 1)))
