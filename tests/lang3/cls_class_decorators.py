def add_greet(cls):
    def greet(self):
        return "hello from " + type(self).__name__
    cls.greet = greet
    return cls
@add_greet
class A:
    pass
print(A().greet())
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
@add_greet
class B:
    pass
@register
class C(B):
    pass
print(registry, C().greet())
def replace(cls):
    return 42
@replace
class Gone:
    pass
print(Gone)
def with_arg(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@with_arg("t1")
class D:
    pass
print(D.tag)
def freeze(cls):
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
    cls.__setattr__ = __setattr__
    return cls
@freeze
class E:
    pass
try:
    E().x = 1
except AttributeError as e:
    print(e)
