# Nested function definitions, recursion inside closures, functions stored in containers.
def outer(n):
    def helper(k):
        if k == 0:
            return []
        return helper(k - 1) + [k * n]
    return helper(4)
print(outer(3))
def make_ops():
    ops = {}
    def reg(name):
        def deco(f):
            ops[name] = f
            return f
        return deco
    @reg("add")
    def _add(a, b):
        return a + b
    @reg("mul")
    def _mul(a, b):
        return a * b
    return ops
ops = make_ops()
print(sorted(ops), ops["add"](2, 3), ops["mul"](2, 3))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib(200))
pipeline = [lambda x: x + 1, lambda x: x * 10, str, len]
v = 41
for f in pipeline:
    v = f(v)
print(v)
