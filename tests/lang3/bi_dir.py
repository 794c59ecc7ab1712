class Base:
    b = 1
    def bm(self): pass
class K(Base):
    k = 2
    def __init__(self):
        self.inst = 3
    def km(self): pass
k = K()
d = dir(k)
print(d == sorted(d))
print([n for n in d if not n.startswith("__")])
print([n for n in dir(K) if not n.startswith("__")])
print("__init__" in d, "__class__" in d, "__dict__" in d)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:8])
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
def f():
    x = 1
    y = 2
    return dir()
print(f())
try:
    dir(1, 2)
except TypeError as e:
    print(e)
