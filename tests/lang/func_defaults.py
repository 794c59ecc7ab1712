# Default argument values: evaluation time, mutable defaults, keyword calls.
def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c="C"), f(a=0), f(c=1, b=2, a=3), f(1, 2, 3))
n = 10
def g(x=n):
    return x
n = 20
print(g(), g(99))
def acc(item, bucket=[]):
    bucket.append(item)
    return bucket
print(acc(1), acc(2), acc(3, []), acc(4))
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe(1), safe(2))
print(f.__defaults__, g.__defaults__, f.__name__)
def h(a, b=lambda: "default lambda"):
    return b()
print(h(0), h(0, lambda: "passed"))
for call in ["missing", "toomany", "dup", "unknown"]:
    try:
        if call == "missing":
            f()
        elif call == "toomany":
            f(1, 2, 3, 4)
        elif call == "dup":
            f(1, a=1)
        else:
            f(1, d=4)
    except TypeError as e:
        print(call, type(e).__name__, e)
def none_args():
    return "ok"
try:
    none_args(1)
except TypeError as e:
    print(type(e).__name__, e)
def two(a, b):
    return a - b
try:
    two(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    two()
except TypeError as e:
    print(type(e).__name__, e)
