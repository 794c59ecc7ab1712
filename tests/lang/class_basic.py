# Classes: __init__, attributes, methods, class attributes, bound methods.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, type(p).__name__, type(p) is Point)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
m = p.norm2
print(m(), Point.norm2(p))
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 5
q = Point(0, 0)
print(q.dims, p.dims)
print(isinstance(p, Point), isinstance(3, Point), Point.__name__)
class Empty:
    pass
e = Empty()
e.anything = [1]
e.anything.append(2)
print(e.anything)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
try:
    Point(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    p.nothing()
except AttributeError as ex:
    print(type(ex).__name__, ex)
