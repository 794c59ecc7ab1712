# Closures: counters, shared cells, late binding.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2(), c1())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
def make_adders():
    out = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        out.append(add)
    return out
print([a(10) for a in make_adders()])
def late():
    fs = []
    for i in range(3):
        def show():
            return i
        fs.append(show)
    i = 100
    return [f() for f in fs]
print(late())
def pair():
    v = []
    def push(x):
        v.append(x)
    def get():
        return list(v)
    return push, get
push, get = pair()
push(1)
push(2)
print(get())
def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(outer(1)(20)(300))
print(c1.__closure__ is not None, counter.__closure__)
def modify_after():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(modify_after())
