x = "global x"
result = [x for x in range(3)]
print(x, result)
i = 99
[i for i in range(5)]
print(i)
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
def g():
    funcs = [lambda: k for k in range(3)]
    return [fn() for fn in funcs]
print(g())
class C:
    a = 5
    b = [a * 2 for _ in range(1)] if False else None
    items = [1, 2, 3]
    first = [v for v in items]
print(C.first)
class D:
    n = 3
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(D.err)
def h():
    total = 0
    data = [total + v for v in range(3)]
    return total, data
print(h())
def outer():
    z = "enclosing"
    def inner():
        return [z for _ in range(2)]
    return inner()
print(outer())
print({k: v for k, v in [(1, 2)]}, "k" in dir())
gen_var = list(q for q in range(2))
print("q" in globals())
