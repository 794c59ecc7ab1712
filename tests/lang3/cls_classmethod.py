class Shape:
    registry = []
    def __init__(self, size):
        self.size = size
    @classmethod
    def unit(cls):
        return cls(1)
    @classmethod
    def register(cls, tag):
        cls.registry.append((cls.__name__, tag))
        return len(cls.registry)
class Square(Shape):
    pass
s = Square.unit()
print(type(s).__name__, s.size)
print(type(Shape.unit()).__name__)
print(Square().unit().size if False else Square(5).unit().size)
print(Shape.register("a"), Square.register("b"))
print(Shape.registry)
m = Square.unit
print(m.__self__ is Square, m.__func__.__name__)
cm = Shape.__dict__["unit"]
print(type(cm).__name__)
class Alt:
    def make(cls, v):
        return (cls.__name__, v)
    make = classmethod(make)
print(Alt.make(3), Alt().make(4))
try:
    Shape.register()
except TypeError as e:
    print(e)
try:
    Shape.unit(1)
except TypeError as e:
    print(e)
