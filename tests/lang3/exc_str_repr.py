excs = [ValueError(), ValueError("msg"), ValueError("a", "b"), KeyError("key"), KeyError(),
        KeyError("a", "b"), IndexError(3), OSError(2, "nf"), StopIteration(),
        ZeroDivisionError("division by zero"), Exception(None), Exception(""),
        AttributeError("x"), NameError("n"), RuntimeError(["list"])]
for e in excs:
    print(type(e).__name__, "|", str(e), "|", repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    [][1]
except IndexError as e:
    print(repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print(str(e), repr(e))
try:
    int("z")
except ValueError as e:
    print(repr(e))
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(str(Custom()), repr(Custom(1)))
print("%s" % ValueError("fmt"), f"{KeyError('k')}")
