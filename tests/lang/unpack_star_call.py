# Star unpacking in calls, list/tuple/set displays and assignments together.
def f(*a, **k):
    return a, k
args = [1, 2]
kw = {"x": 3}
print(f(*args, *args, 0, **kw, y=4), f(*(), **{}), f(*"ab", **dict(c=1)))
print([*args, *args], (*args,), {*args, 5}, [*range(3), *(x for x in "ab")])
merged = {**kw, "y": 1, **{"x": 9}}
print(merged)
first, *middle, last = [*args, 3, 4]
print(first, middle, last)
print(*[1, 2, 3], sep=" < ")
def g(a, b, c=0, *, d=0):
    return a + b + c + d
print(g(*[1, 2]), g(*[1], **{"b": 2, "d": 10}), g(1, *[2, 3]))
