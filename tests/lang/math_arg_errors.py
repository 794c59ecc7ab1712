# CPython's argument-error texts of math functions (module-qualified where CPython does so).
import math


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ["sqrt", "sin", "exp", "log2", "log10", "floor", "ceil", "trunc", "isnan", "fabs",
             "factorial", "isqrt", "fsum", "gamma", "frexp", "modf", "degrees", "pow", "fmod",
             "atan2", "copysign", "ldexp", "remainder", "dist", "log", "comb", "perm", "gcd",
             "lcm", "hypot"]:
    f = getattr(math, name)
    for n in range(4):
        show(f, *([2.0] * n) if name not in ("factorial", "isqrt", "comb", "perm", "gcd", "lcm")
             else [2] * n)
    show(f, 2.0, zz=1)

show(math.isclose)
show(math.isclose, 1.0)
show(math.isclose, 1.0, 2.0, 3.0)
show(math.isclose, 1.0, zz=2)
show(math.isclose, 1.0, b=1.0)
show(math.isclose, a=1.0, b=1.0, rel_tol=0.1)
show(math.isclose, 1.0, 1.0, 1.0, 1.0, 1.0)
show(math.isclose, 1.0, 1.0, zz=1)
show(math.isclose, 1.0, a=1.0)
show(math.prod)
show(math.prod, [1, 2], [3])
show(math.prod, [1, 2], start=3)
show(math.prod, [1, 2], 1, 2)
show(math.prod, iterable=[1])
show(math.prod, start=1)
