class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
    def double(self):
        return MyInt(self * 2)
a = MyInt(5)
print(a, repr(a), a + 1, type(a + 1).__name__, a.double())
print(a == 5, hash(a) == hash(5), {a: "x"}[5], isinstance(a, int))
print(str(a), int(a), float(a), -a, abs(MyInt(-3)), a.bit_length())
print(MyInt("12"), MyInt("ff", 16), MyInt())
class Flag(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
f = Flag(3, "three")
print(f, f.label, f * 2, [0, 1, 2, 3][f])
class Eq(int):
    def __eq__(self, o):
        return "custom"
    __hash__ = int.__hash__
print(Eq(1) == 1, 1 == Eq(1))
class Add(int):
    def __add__(self, o):
        return "Add.__add__"
    def __radd__(self, o):
        return "Add.__radd__"
print(Add(1) + 1, 1 + Add(1))
print(sorted([MyInt(3), 1, MyInt(2)]))
print(MyInt.__mro__ == (MyInt, int, object))
try:
    MyInt("x")
except ValueError as e:
    print(e)
print(True + MyInt(1), format(MyInt(255), "x"))
