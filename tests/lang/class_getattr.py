# __getattr__ fallback, __setattr__, __delattr__ hooks and __slots__-free attribute dicts.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
class Obj:
    pass
o = Obj()
o.x = 1
p = Proxy(o)
print(p.x)
p.y = 2
print(o.y, p.log)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(o.__dict__.items()), "target" in p.__dict__)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
print(Dyn().get_thing(), hasattr(Dyn(), "other"))
