class Proxy:
    def __init__(self, target):
        self.target = target
        self.real = "real"
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x_"):
            raise AttributeError(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
print(p.real)
p.append(0)
print(p.target, p.count(1))
print(hasattr(p, "x_missing"), getattr(p, "x_no", "dflt"))
try:
    p.x_gone
except AttributeError as e:
    print("AttributeError", e)
class Dflt:
    a = 1
    def __getattr__(self, name):
        return name * 2
d = Dflt()
print(d.a, d.bb, d.__class__.__name__)
class Chained:
    def __getattr__(self, name):
        return self.other
try:
    Chained().foo
except RecursionError:
    print("RecursionError")
class Dyn:
    def __getattr__(self, name):
        if name == "dyn":
            return 42
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
print(Dyn().dyn)
try:
    Dyn().other
except AttributeError as e:
    print(e)
