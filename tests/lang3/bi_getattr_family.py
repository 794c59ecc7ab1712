class K:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
k = K()
print(getattr(k, "a"), getattr(k, "cls_attr"), getattr(k, "zz", None))
setattr(k, "b", 2)
print(k.b, hasattr(k, "b"), hasattr(K, "b"))
delattr(k, "b")
print(hasattr(k, "b"))
setattr(K, "new", lambda self: "new method")
print(k.new())
print(getattr(k, "new")())
print(getattr(1, "real"), getattr("s", "upper")())
try:
    getattr(k, "zz")
except AttributeError as e:
    print(e)
try:
    getattr(k, 1)
except TypeError as e:
    print(e)
try:
    setattr(k, 1, 1)
except TypeError as e:
    print(e)
try:
    hasattr(k, None)
except TypeError as e:
    print(e)
try:
    delattr(k, "nothing")
except AttributeError as e:
    print(e)
try:
    getattr(k)
except TypeError as e:
    print(e)
try:
    setattr(k, "x")
except TypeError as e:
    print(e)
try:
    delattr(k)
except TypeError as e:
    print(e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(e)
try:
    getattr(None, "x")
except AttributeError as e:
    print(e)
try:
    delattr(K, "missing")
except AttributeError as e:
    print(e)
