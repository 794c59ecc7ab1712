def gen():
    yield 1
    yield 2
    yield 3
a, b, c = gen()
print(a, b, c)
first, *rest = gen()
print(first, rest)
*init, last = "abcd"
print(init, last)
x, (y, z) = 1, iter([2, 3])
print(x, y, z)
p, q = {"k1": 1, "k2": 2}
print(p, q)
try:
    a, b = gen()
except ValueError as e:
    print(e)
try:
    a, b, c, d = gen()
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print([*gen(), *range(2)], (*gen(),), {*gen()} == {1, 2, 3})
def f(*args):
    return args
print(f(*gen()), f(*"xy", *gen()))
d = {**{"a": 1}, **dict(b=2)}
print(d)
for (i, j), k in [((1, 2), 3)]:
    print(i, j, k)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    dict(**[1])
except TypeError as e:
    print(e)
