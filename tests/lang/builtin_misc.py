# len, abs, divmod, pow, repr, str, hash of containers error, callable, getattr family.
print(len("abc"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(range(5)), len("é€"))
for bad in [5, None, 1.5, len]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), pow(3, 4), pow(3, 4, 5), abs(-7.25), repr("x"), repr([None]), str(b"" if False else "s"))
for bad in [[1], {1: 2}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class P:
    x = 1
p = P()
print(getattr(p, "x"), getattr(p, "y", "dflt"), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 5)
print(p.y, getattr(p, "y"))
delattr(p, "y")
print(hasattr(p, "y"))
try:
    getattr(p, "zz")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(len), callable(P), callable(p), callable(lambda: 0), callable("s"))
print(abs(-2 ** 70), round(-2.5), divmod(2 ** 70, 3), pow(2, 70, 10 ** 9))
