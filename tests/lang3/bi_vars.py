class P:
    cls = 1
    def __init__(self):
        self.x = 1
        self.y = [2]
p = P()
print(vars(p))
v = vars(p)
v["z"] = 3
print(p.z, vars(p) is p.__dict__)
print(sorted(k for k in vars(P) if not k.startswith("__")))
print("cls" in vars(P), "x" in vars(P))
def f():
    a = 1
    b = 2
    return sorted(vars().items()) if False else sorted(locals().items())
print(f())
import sys
print(vars(sys) is sys.__dict__)
try:
    vars(1)
except TypeError as e:
    print(e)
try:
    vars([])
except TypeError as e:
    print(e)
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
print(type(vars()).__name__, "P" in vars())
