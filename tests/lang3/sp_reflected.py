class R:
    def __init__(self, v): self.v = v
    def __repr__(self): return "R(%r)" % self.v
    def __radd__(self, o): return R(o + self.v)
    def __rsub__(self, o): return R(o - self.v)
    def __rmul__(self, o): return R(o * self.v)
    def __rtruediv__(self, o): return R(o / self.v)
    def __rfloordiv__(self, o): return R(o // self.v)
    def __rmod__(self, o): return R(o % self.v)
    def __rpow__(self, o): return R(o ** self.v)
    def __rmatmul__(self, o): return "rmatmul"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rdivmod__(self, o): return ("rdivmod", o)
r = R(3)
print(10 + r, 10 - r, 10 * r, 12 / r, 10 // r, 10 % r, 2 ** r)
print(1 @ r, 1 & r, 1 | r, 1 ^ r, 1 << r, 1 >> r, divmod(7, r))
print(sum([R(1)]))
print("ab" * 2, 3 * [0])
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(e)
try:
    1 + NI()
except TypeError as e:
    print(e)
class Str:
    def __radd__(self, o):
        return o + "!"
print("hi" + Str())
