class Ver:
    def __init__(self, *p):
        self.p = p
    def __lt__(self, o):
        return self.p < o.p
    def __le__(self, o):
        return self.p <= o.p
    def __gt__(self, o):
        return self.p > o.p
    def __ge__(self, o):
        return self.p >= o.p
    def __repr__(self):
        return "V" + ".".join(map(str, self.p))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b)
print(sorted([Ver(3), Ver(1, 5), Ver(1), Ver(2, 0)]))
print(max(Ver(1), Ver(4), Ver(2)), min([Ver(9), Ver(0, 1)]))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(y > x)
print(sorted([OnlyLt(2), OnlyLt(1)])[0].v)
try:
    x <= y
except TypeError as e:
    print(e)
try:
    Ver(1) < 3
except AttributeError as e:
    print(e)
class P: pass
try:
    P() < P()
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    sorted([P(), P()])
except TypeError as e:
    print(e)
print(1 < 2 < 3, Ver(1) < Ver(2) < Ver(3))
