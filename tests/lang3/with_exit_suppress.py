class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressing", t.__name__, v)
            return True
        return None
with Suppress(KeyError):
    {}["x"]
print("continued")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
class Falsy:
    def __enter__(self): return self
    def __exit__(self, *a): return 0
with Truthy():
    raise IndexError
print("truthy result suppressed")
try:
    with Falsy():
        raise IndexError("falsy")
except IndexError as e:
    print("falsy result propagated", e)
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("iteration", i)
            1 / (i - 1)
    return "done"
print(f())
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except RuntimeError as e:
    print(e, repr(e.__context__))
