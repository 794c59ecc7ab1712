# User objects as dict keys and set members via __eq__/__hash__.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and self.a == other.a
    def __hash__(self):
        return hash(self.a)
    def __repr__(self):
        return "Key(%r,%r)" % (self.a, self.b)
d = {Key(1, "x"): "one", Key(2, "y"): "two"}
print(d[Key(1, "other")], Key(2, 0) in d, Key(3, 0) in d)
d[Key(1, "z")] = "ONE"
print(d, len(d))
s = {Key(1, 1), Key(1, 2), Key(2, 1)}
print(len(s), sorted(k.a for k in s))
class Unhashable:
    def __eq__(self, o):
        return True
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class IdKey:
    pass
k1 = IdKey()
k2 = IdKey()
m = {k1: 1, k2: 2}
print(m[k1], m[k2], len(m))
