class MyKeyError(KeyError):
    pass
class MyValue(ValueError):
    def __init__(self, value):
        super().__init__("bad value: %r" % (value,))
        self.value = value
try:
    raise MyKeyError("k")
except LookupError as e:
    print(type(e).__name__, str(e), repr(e))
try:
    raise MyValue([1])
except ValueError as e:
    print(e, e.value, e.args)
class MyOSError(OSError):
    pass
e = MyOSError(2, "custom")
print(type(e).__name__, e.errno, e.strerror, str(e))
class Stop(StopIteration):
    pass
def g():
    yield 1
    raise Stop
try:
    list(g())
except RuntimeError as err:
    print(err)
class Exit(SystemExit):
    pass
try:
    raise Exit(4)
except SystemExit as s:
    print("code", s.code, type(s).__name__)
class E2(Exception):
    def __str__(self):
        return "E2 says " + ",".join(map(str, self.args))
print(str(E2(1, 2)), repr(E2(1, 2)))
