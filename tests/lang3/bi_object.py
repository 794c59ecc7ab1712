o = object()
print(type(o).__name__, o == o, o != object(), bool(o))
print(object.__name__, object.__bases__, object.__mro__ == (object,))
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
try:
    o.missing
except AttributeError as e:
    print(e)
print(hasattr(o, "__dict__"), hasattr(o, "__class__"))
print(object.__str__(5), object.__repr__(o).startswith("<object object at "))
print(str(o) == repr(o))
class K:
    pass
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
print(type(object.__hash__(o)).__name__)
print(object.__class__ is type, K.__base__ is object)
print("__init__" in dir(o), "__repr__" in dir(object))
k = K()
object.__setattr__(k, "a", 1)
print(object.__getattribute__(k, "a"))
object.__delattr__(k, "a")
print(hasattr(k, "a"))
print(object.__format__(5, ""))
try:
    object.__format__(5, "d")
except TypeError as e:
    print(e)
print(isinstance(o, object), issubclass(K, object))
