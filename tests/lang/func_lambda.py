# lambda expressions.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(list(map(lambda s: s.upper(), ["a", "b"])), sorted([3, -1, 2], key=lambda v: abs(v)))
print(sq.__name__, (lambda: 0).__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print(cond(3), cond(4))
nested = lambda x: (lambda y: x + y)
print(nested(1)(2))
kw = lambda *, k: k
print(kw(k="kw only"))
print((lambda x: (x, x))(7), (lambda: [])() == [])
