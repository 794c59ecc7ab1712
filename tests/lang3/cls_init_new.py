class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=2):
        print("init", a, b)
        self.a = a
t = Tracked(1)
print(t.created, t.a)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
r = ReturnsOther()
print(type(r).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(e)
class NewOnly:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x
        return o
print(NewOnly(7).x)
try:
    object.__new__(1)
except TypeError as e:
    print(e)
class Child(Tracked):
    def __init__(self):
        super().__init__("child", b=3)
c = Child()
print(c.a)
