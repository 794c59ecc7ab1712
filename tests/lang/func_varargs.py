# *args and **kwargs, call-site unpacking.
def f(*args):
    return args
print(f(), f(1), f(1, "a", None), f(*[1, 2], 3, *(4,)), f(*"xy"), f(*range(3)))
def g(a, *rest, **kw):
    return a, rest, kw
print(g(1), g(1, 2, 3), g(1, x=1), g(1, 2, y=2, z=3), g(*[1, 2], **{"k": "v"}))
def h(**kw):
    return kw
print(h(), h(a=1, b=2), h(**{"x": 1}, y=2), h(**{}, **{"p": 0}))
def order(a, b, c):
    return a * 100 + b * 10 + c
print(order(*[1, 2, 3]), order(1, *[2, 3]), order(**{"c": 3, "a": 1, "b": 2}), order(1, c=3, **{"b": 2}))
def wrap(*args, **kwargs):
    return order(*args, **kwargs)
print(wrap(4, 5, 6), wrap(4, c=6, b=5))
try:
    order(*[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    order(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**[1])
except TypeError as e:
    print(type(e).__name__, e)
def count_args(*a, **k):
    return len(a), sorted(k)
print(count_args(*range(100)), count_args(**dict.fromkeys("zyx")))
print(max(*[3, 9, 2]), print(*[], sep="-"))
