# Scoping in class bodies, except-variable deletion, finally/continue, with in generators, late binding.
class K:
    x = 10
    y = [x * i for i in range(3)] if False else None
    z = x + 1
    def m(self):
        try:
            return x
        except NameError as e:
            return str(e)
print(K.z, K().m())
x = "global"
class L:
    x = "class"
    def f(self):
        return x
    g = lambda self: x
print(L().f(), L().g())
def outer():
    x = "enclosing"
    class Inner:
        y = x
        x = "inner-class"
        def get(self):
            return x
    return Inner.y, Inner.x, Inner().get()
print(outer())
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return "err" in dir()
print(f())
def h():
    l = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError:
            l.append("caught")
            continue
        finally:
            l.append("fin%d" % i)
        l.append(i)
    return l
print(h())
def k():
    try:
        return "try"
    finally:
        print("finally before return")
print(k())
def gen_with():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0]); return False
    with CM():
        yield 1
        yield 2
gw = gen_with()
print(next(gw)); print(next(gw)); print(next(gw, "done"))
excs = (KeyError, IndexError)
try:
    [][0]
except excs as e:
    print("tuple var", type(e).__name__)
def nonlocal_loop():
    fs = []
    for i in range(3):
        def mk():
            nonlocal i
            i += 100
            return i
        fs.append(mk)
    return [f() for f in fs], i
print(nonlocal_loop())
a = [1, 2, 3]
i = 0
i, a[i] = 1, 9
print(i, a)
b = c = []
b += [1]
print(c)
def default_mut(x, cache={}):
    cache[x] = len(cache)
    return cache
default_mut(1); print(default_mut(2))
print((lambda: (yield))().__class__.__name__ if False else "skip")
print([(lambda: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])
