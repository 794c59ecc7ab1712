class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value
class Point:
    x = Typed("x", int)
    y = Typed("y", int)
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__)
p.x = 10
print(p.x)
try:
    p.y = "s"
except TypeError as e:
    print(e)
class Const:
    def __get__(self, obj, owner):
        return 42
class K:
    c = Const()
k = K()
print(k.c, K.c)
k.c = 5
print(k.c)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return self.r * self.r * 3
c = Circle(2)
print(c.area, c.area)
