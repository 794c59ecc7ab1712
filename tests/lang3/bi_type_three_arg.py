def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "kind": "pt", "double": lambda self: self.v * 2})
p = Point(21)
print(Point.__name__, p.v, p.kind, p.double())
print(Point.__bases__ == (object,), type(Point) is type)
Sub = type("Sub", (Point,), {"kind": "sub"})
s = Sub(1)
print(s.kind, s.double(), isinstance(s, Point), [c.__name__ for c in Sub.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__qualname__, Empty().__class__.__name__)
class Mixin:
    def hi(self):
        return "hi from mixin"
Combo = type("Combo", (Mixin, Sub), {})
print(Combo(0).hi(), Combo(5).double())
try:
    type("X", 1, {})
except TypeError as e:
    print(e)
try:
    type("X", (), [])
except TypeError as e:
    print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
Dyn = type("Dyn", (int,), {"twice": lambda self: self * 2})
print(Dyn(4).twice(), Dyn(4) + 1)
