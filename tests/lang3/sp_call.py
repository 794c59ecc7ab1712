class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, z=1, a=2))
print(callable(add5), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    add5()
except TypeError as e:
    print(e)
try:
    five = 5
    five()
except TypeError as e:
    print(e)
try:
    s = "s"
    s(1)
except TypeError as e:
    print(e)
try:
    add5.__call__(1, scale=1, scale2=2, **{"scale": 3})
except TypeError as e:
    print(e)
class Meta:
    def __call__(self):
        return "instance call"
m = Meta()
print(m(), Meta.__call__(m))
