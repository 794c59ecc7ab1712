class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print("iadd", other)
        self.items.append(other)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __ior__(self, o): return "ior-result"
b = Bag()
orig = b
b += 1
b += 2
b -= 1
b *= 2
print(b.items, b is orig)
b |= 0
print(b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("fallback add")
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o2 = o
o += 5
print(o.v, o2.v, o is o2)
class Ops:
    def __init__(self): self.log = []
    def __itruediv__(self, o): self.log.append("itruediv"); return self
    def __ifloordiv__(self, o): self.log.append("ifloordiv"); return self
    def __imod__(self, o): self.log.append("imod"); return self
    def __ipow__(self, o): self.log.append("ipow"); return self
    def __ilshift__(self, o): self.log.append("ilshift"); return self
    def __irshift__(self, o): self.log.append("irshift"); return self
    def __iand__(self, o): self.log.append("iand"); return self
    def __ixor__(self, o): self.log.append("ixor"); return self
    def __imatmul__(self, o): self.log.append("imatmul"); return self
x = Ops()
x /= 1; x //= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x ^= 1; x @= 1
print(x.log)
l = [1]; l2 = l
l += [2]
print(l2)
t = (1,); t2 = t
t += (2,)
print(t, t2)
class N: pass
n = N()
try:
    n += 1
except TypeError as e:
    print(e)
try:
    n **= 2
except TypeError as e:
    print(e)
