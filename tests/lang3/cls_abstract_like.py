class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
shapes = [Square(1), Square(2)]
print(sum(s.area() for s in shapes))
print(sorted(shapes, key=lambda s: -s.area())[0].s)
class Template:
    def run(self):
        return [self.step1(), self.step2()]
    def step1(self):
        return "default1"
    def step2(self):
        return "default2"
class Custom(Template):
    def step2(self):
        return "custom2"
print(Custom().run(), Template().run())
