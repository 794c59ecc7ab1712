# abc: ABC, abstractmethod (instantiation refused), register and isinstance.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self): return "area %s" % self.area()
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(2), Shape), issubclass(Sq, Shape), Shape.__abstractmethods__, Sq.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(e)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), isinstance("x", Reg), issubclass(bool, Reg))
