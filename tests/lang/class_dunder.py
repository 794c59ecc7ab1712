# Special methods: __repr__, __str__, __eq__, __lt__, __hash__, __len__, __getitem__, arithmetic.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s,%s>" % (self.x, self.y)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v == self.x or v == self.y
a = V(1, 2)
b = V(3, 4)
print(a, repr(a), [a, b], a + b, b - a, a * 3, 2 * a, -a)
print(a == V(1, 2), a != b, a == 5, a < b, b > a, sorted([b, a, V(0, 9)]))
print(len(a), a[0], a[-1], list(a), 2 in a, 7 in a, bool(V(0, 0)), bool(a))
print({a: "found"}[V(1, 2)], len({a, V(1, 2), b}))
x, y = a
print(x, y, str(a), "%s %r" % (a, a), f"{a} {a!r}")
try:
    a + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a / 2
except TypeError as e:
    print(type(e).__name__, e)
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), n != NoEq())
