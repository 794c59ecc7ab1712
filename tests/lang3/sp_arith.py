class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __divmod__(self, k): return (self // k, self % k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, b / 2, b // 2, b % 2, a ** 2)
print(a @ b, a & b, a | b, a ^ b, a << 1, a >> 1)
print(divmod(b, 2), -a, +a, ~a, abs(b))
print(pow(a, 3))
try:
    a + 1
except AttributeError as e:
    print(e)
class Nothing: pass
for op in ("+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>"):
    try:
        eval("Nothing() " + op + " 1")
    except TypeError as e:
        print(e)
try:
    -Nothing()
except TypeError as e:
    print(e)
try:
    abs(Nothing())
except TypeError as e:
    print(e)
try:
    divmod(Nothing(), 1)
except TypeError as e:
    print(e)
