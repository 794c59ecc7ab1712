class Point:
    def __init__(self):
        self.x = 1
        self.value = 2
p = Point()
for name in ("y", "valu", "X"):
    try:
        getattr(p, name)
    except AttributeError as e:
        print(e)
try:
    p.methd()
except AttributeError as e:
    print(e)
try:
    Point.nothing
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    "abc".lenght
except AttributeError as e:
    print(e)
try:
    [].push(1)
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    {}.x = 1
except AttributeError as e:
    print(e)
import sys
try:
    sys.nothing_here
except AttributeError as e:
    print(e)
try:
    int.nothing
except AttributeError as e:
    print(e)
e = None
try:
    p.zz
except AttributeError as err:
    e = err
print(type(e).__name__, e.args)
