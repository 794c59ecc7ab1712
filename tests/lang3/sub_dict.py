class Default(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, len(d))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
print(u, isinstance(u, dict), type(u).__name__)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
ad = AttrDict(x=5)
print(ad.x, hasattr(ad, "y"))
class Ordered(dict):
    def keys_sorted(self):
        return sorted(self)
o = Ordered({"b": 2, "a": 1})
print(o.keys_sorted(), o == {"a": 1, "b": 2}, dict(o))
try:
    Ordered()["nope"]
except KeyError as e:
    print("KeyError", e)
print(list(Default({1: 2}).items()), Default.fromkeys("ab", 0))
print(type(Default.fromkeys("ab")).__name__)
