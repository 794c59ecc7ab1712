class Validated:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        if name == "age":
            raise AttributeError("cannot delete age")
        object.__delattr__(self, name)
v = Validated()
v.age = 5
v.name = "x"
print(v.age, v.name)
try:
    v.age = -1
except ValueError as e:
    print(e)
print(v.age)
del v.name
print(hasattr(v, "name"))
try:
    del v.age
except AttributeError as e:
    print(e)
setattr(v, "via_setattr", 1)
delattr(v, "via_setattr")
try:
    delattr(v, "via_setattr")
except AttributeError as e:
    print(e)
class Logging:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)
lg = Logging()
lg.a = 1; lg.b = 2; lg.a = 3
print(lg.log, lg.a)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(e)
