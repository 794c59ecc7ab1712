class Num:
    def __init__(self, v): self.v = v
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v if self.v > 0 else 0)
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return "rounded:%s" % n
n = Num(-5)
print((-n).v, (+n).v, abs(n).v, (~n).v)
print(int(n), float(n), [1, 2, 3, 4, 5, 6][Num(2)], bin(Num(5)), hex(Num(255)))
print(round(n), round(n, 2))
print(range(Num(3))[-1], "ab" * Num(2))
class NoIndex:
    pass
try:
    [1][NoIndex()]
except TypeError as e:
    print(e)
try:
    ~NoIndex()
except TypeError as e:
    print(e)
try:
    +NoIndex()
except TypeError as e:
    print(e)
try:
    int(NoIndex())
except TypeError as e:
    print(e)
try:
    float(NoIndex())
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
