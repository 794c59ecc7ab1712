class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, key):
        print("get", key)
        return self.d.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.d[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.d[key]
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0, 0])
g["k"] = "v"
g["k"] += "w"
print(g["k"])
del g[1, 2]
print(sorted(g.d))
class Sliced:
    def __getitem__(self, s):
        return (s.start, s.stop, s.step) if isinstance(s, slice) else s
sl = Sliced()
print(sl[1:2], sl[::3], sl[:], sl[5])
try:
    del g["missing"]
except KeyError as e:
    print("KeyError", e)
class RO:
    def __getitem__(self, i):
        return i
try:
    RO()[0] = 1
except TypeError as e:
    print(e)
try:
    del RO()[0]
except TypeError as e:
    print(e)
class NoGet:
    pass
try:
    NoGet()[0]
except TypeError as e:
    print(e)
try:
    NoGet()[0] = 1
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)
print(list(Seq()), "".join(Seq()))
