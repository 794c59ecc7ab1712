# pass and del of names, items, slices, attributes.
def empty():
    pass
class C:
    pass
print(empty(), C.__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a = [0, 1, 2, 3, 4, 5]
del a[0]
del a[-1]
del a[1:3]
print(a)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
p, q = 1, 2
del p, q
try:
    q
except NameError as e:
    print(type(e).__name__, e)
c = C()
c.attr = 1
del c.attr
try:
    c.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.nothing
except AttributeError as e:
    print(type(e).__name__, e)
def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + " " + str(e)
print(local_del())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
