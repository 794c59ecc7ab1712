# functools: partial, wraps, reduce, lru_cache, cache, cmp_to_key, total_ordering.
import functools
from functools import partial, reduce, lru_cache, wraps, cmp_to_key, total_ordering


def power(base, exp):
    return base ** exp


square = partial(power, exp=2)
print(square(5), partial(power, 2)(10), square.func is power, square.args, square.keywords)
print(partial(partial(power, 3), exp=3)())
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)


def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k) * 2
    return wrapper


@deco
def compute(x):
    """compute doc"""
    return x + 1


print(compute(1), compute.__name__, compute.__doc__, compute.__wrapped__(1))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def ident(x):
    print("computing", x)
    return x


for v in (1, 2, 1, 3, 2, 1):
    ident(v)
print(ident.cache_info())


@functools.cache
def sq(x):
    return x * x


print(sq(4), sq(4), sq.cache_info().hits)


@lru_cache
def plain(x):
    return -x


print(plain(3), plain.cache_info().maxsize)
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) < V(2), V(2) <= V(2), V(3) > V(2), V(1) >= V(2))
