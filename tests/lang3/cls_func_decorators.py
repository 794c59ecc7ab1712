def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, [a for a in args if type(a) is not K] if "K" in globals() else args, sorted(kwargs.items()))
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
add(3)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bob"))
def first(f):
    print("applying first")
    return lambda: "first(" + f() + ")"
def second(f):
    print("applying second")
    return lambda: "second(" + f() + ")"
@first
@second
def base():
    return "base"
print(base())
class Registry:
    def __init__(self):
        self.fns = {}
    def register(self, fn):
        self.fns[fn.__name__] = fn
        return fn
reg = Registry()
@reg.register
def one():
    return 1
print(sorted(reg.fns), one())
class K:
    @trace
    def method(self, x):
        return x * 2
K().method(21)
