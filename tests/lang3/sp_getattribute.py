class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return object.__getattribute__(self, name)
    def meth(self):
        return "meth"
l = Logged()
print(l.x)
print(l.meth())
try:
    l.missing
except AttributeError as e:
    print(e)
class Fallback:
    def __getattribute__(self, name):
        if name == "magic":
            return "magic!"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
f = Fallback()
print(f.magic, f.other)
class Upper:
    def __init__(self):
        self.name = "bob"
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v
print(Upper().name)
class Raiser:
    def __getattribute__(self, name):
        raise AttributeError("no " + name)
print(hasattr(Raiser(), "a"), getattr(Raiser(), "b", None))
print(object.__getattribute__(Upper(), "name"))
try:
    object.__getattribute__(1, "nope")
except AttributeError as e:
    print(e)
