class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)))
print(isinstance(b, ()), isinstance(1, (str, (float, int))))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(b, object), isinstance(int, object))
print(isinstance([], (list, tuple)), isinstance("s", (list, tuple)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    isinstance(1, (int, "x"))
except TypeError as e:
    print("ok first match" if False else e)
print(isinstance(1, (int, "x")))
try:
    isinstance(1)
except TypeError as e:
    print(e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(e)
