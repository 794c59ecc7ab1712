# Truth values drive if/while/and/or/not; __bool__ and __len__ of classes.
class T:
    def __bool__(self):
        return True
class F:
    def __bool__(self):
        return False
class L0:
    def __len__(self):
        return 0
class L3:
    def __len__(self):
        return 3
for v in [0, 1, -1, 0.0, 1e-300, "", " ", [], [[]], (), {}, set(), None, T(), F(), L0(), L3(), range(0)]:
    r = "T" if v else "F"
    print(type(v).__name__, r, bool(v), not v)
print(T() and "yes", F() or "fallback", L0() or L3() and "len3")
n = 3
while n:
    n -= 1
print(n)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
