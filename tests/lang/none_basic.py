# None: identity, equality, repr, truth, function default return.
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None is not None)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
x = None
if x is None:
    print("none")
if not x:
    print("falsy")
print([None, None], (None,), {None: None})
d = {}
print(d.get("missing"), [].sort(), print("inner"))
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
