def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(count(2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def empty():
    return
    yield
print(list(empty()))
def yields_expr():
    x = yield
    print("got", x)
    yield x * 2 if x else None
print(list(yields_expr()))
def local_state():
    total = 0
    for v in (yield "ready"), 1, 2:
        total += v or 0
    yield total
print(list(local_state()))
g = count(1)
print(iter(g) is g, g.__next__())
print(g.__name__, g.__qualname__)
def gen_lambda_default(n=3):
    yield from range(n)
print(sum(gen_lambda_default()), sum(gen_lambda_default(5)))
