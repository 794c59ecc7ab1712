for args in [(), ("one",), ("a", 2), (None,), ((1, 2),)]:
    e = Exception(*args)
    print(repr(e), str(e), e.args)
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
e = ValueError("m")
e.args = ("changed", 1)
print(e, e.args)
e.args = [1]
print(e.args, type(e.args).__name__)
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
w = WithInit(404, "not found")
print(w.args, w.code, str(w), repr(w))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(n.args, str(n))
print(BaseException().args, str(BaseException("x", "y")))
print(UnicodeError("u").args, StopIteration(1, 2).value)
try:
    Exception(x=1)
except TypeError as err:
    print(err)
print(len(Exception(1, 2, 3).args))
