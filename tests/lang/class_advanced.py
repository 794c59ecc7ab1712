# Classes: __init_subclass__, __slots__, NotImplemented, reflected ops, __class__, metaclasses, descriptors.
class A:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
class B(A, flag=1): pass
class M:
    __slots__ = ("a",)
m = M(); m.a = 1
try:
    m.b = 2
except AttributeError as e:
    print(e)
class P:
    def __eq__(self, o): return NotImplemented
print(P() == P(), P() != P())
class Q:
    def __lt__(self, o): return True
print(Q() > Q(), sorted([3, 1]))
class R:
    def __radd__(self, o): return "radd"
    def __iadd__(self, o): return "iadd"
r = R(); print(1 + r); r += 1; print(r)
class S:
    x = 1
    def f(self): return __class__
print(S().f().__name__, S.__qualname__, S.f.__qualname__)
print(type("Dyn", (object,), {"v": 3})().v, type(3), type.__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class T(metaclass=Meta): pass
print(T.tag, type(T).__name__)
print(isinstance(T, Meta), T.__mro__)
class Base:
    def __repr__(self): return f"{type(self).__name__}()"
class D(Base): pass
print([D(), Base()], str(D()))
class Desc:
    def __get__(self, obj, typ): return ("get", obj is None)
    def __set__(self, obj, v): print("set", v)
class U:
    d = Desc()
u = U(); print(u.d, U.d); u.d = 5
print(getattr(U, "__name__"), U.__dict__["d"].__class__.__name__)
import sys
print(sys.getrecursionlimit())
e = None
try:
    raise KeyError("x")
except KeyError as ex:
    e = ex
print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
