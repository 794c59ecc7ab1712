class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print(e)
class S:
    __slots__ = "only"
s = S()
try:
    s.only
except AttributeError as e:
    print(e)
s.only = 5
print(s.only)
class Child(P):
    pass
c = Child(1, 2)
c.z = 3
print(c.z, c.x)
class ChildSlots(P):
    __slots__ = ("w",)
cs = ChildSlots(1, 2)
cs.w = 4
print(cs.w + cs.x)
try:
    cs.q = 1
except AttributeError as e:
    print(e)
print(sorted(P.__slots__))
