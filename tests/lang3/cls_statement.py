# class statement: body executes once, namespace becomes class dict
print("before")
class Point:
    """A point."""
    print("in body")
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
print("after")
p = Point(3, 4)
print(p.x, p.y, p.norm2())
print(Point.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__doc__)
print(type(p) is Point, type(p).__name__)
print(Point.__module__)
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__ == (object,))
def make():
    class Inner:
        def m(self):
            return "inner"
    return Inner
I = make()
print(I.__qualname__, I().m())
class Outer:
    class Nested:
        v = 5
print(Outer.Nested.__qualname__, Outer.Nested.v)
x = 10
class UsesGlobal:
    y = x + 1
    z = [y * 2]
print(UsesGlobal.y, UsesGlobal.z)
print(repr(Point).startswith("<class '__main__.Point'>"))
print(str(int), repr(int))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Empty(1)
except TypeError as e:
    print(e)
