# Function decorators, stacked, with arguments; class decorators.
def trace(f):
    def wrapper(*args, **kw):
        print("call", f.__name__, args, kw)
        r = f(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
def repeat(n):
    def deco(f):
        def w(x):
            for _ in range(n):
                x = f(x)
            return x
        return w
    return deco
@repeat(3)
def double(x):
    return x * 2
print(double(1))
def tag(name):
    def deco(f):
        return lambda: "<%s>%s</%s>" % (name, f(), name)
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Foo:
    pass
print(registry, Foo.__name__)
