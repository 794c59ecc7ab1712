# A keyword argument given twice (once via **) is a TypeError.
def f(**kw):
    return kw
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"b": 1}, **{"b": 2})
except TypeError as e:
    print(type(e).__name__, e)
def g(*args):
    return args
try:
    g(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%(name)s %s" % {"name": 1})
except TypeError as e:
    print(type(e).__name__, e)
