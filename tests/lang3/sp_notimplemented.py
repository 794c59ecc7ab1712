print(NotImplemented, type(NotImplemented).__name__)
print(repr(NotImplemented))
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
    def __gt__(self, o):
        print("B.__gt__")
        return True
a, b = A(), B()
print(a == b)
print(a < b)
print(a != b)
class M:
    def __mul__(self, o):
        if isinstance(o, int):
            return "M*int"
        return NotImplemented
    def __rmul__(self, o):
        return "int*M"
print(M() * 2, 2 * M())
try:
    M() * "s"
except TypeError as e:
    print(e)
print(int.__add__(1, 2), int.__add__(1, 2.0))
print((1).__eq__("x"), "a".__lt__(1))
