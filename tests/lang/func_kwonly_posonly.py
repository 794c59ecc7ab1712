# Keyword-only and positional-only parameters.
def k(a, *, b, c=3):
    return a, b, c
print(k(1, b=2), k(1, c=0, b=2), k(a=1, b=2))
try:
    k(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k(1)
except TypeError as e:
    print(type(e).__name__, e)
def p(a, b, /, c, d=4):
    return a, b, c, d
print(p(1, 2, 3), p(1, 2, c=3), p(1, 2, 3, d=5))
try:
    p(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
def both(a, /, b, *, c):
    return a + b + c
print(both(1, 2, c=3), both(1, b=2, c=3))
def star_kw(*args, sep="-", **rest):
    return sep.join(map(str, args)), rest
print(star_kw(1, 2, 3), star_kw(1, sep="+"), star_kw(x=1))
def posonly_kwargs(a, /, **kw):
    return a, kw
print(posonly_kwargs(1, a=2))
try:
    k(1, b=2, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, /, c, *d, e, f=6, **g):
    return (a, b, c, d, e, f, g)
print(many(1, 2, 3, 4, 5, e=0), many(1, 2, c=3, e=5, z=9))
