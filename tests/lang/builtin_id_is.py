# id() and `is`: never printed, only compared.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c, a is not c)
print(id(None) == id(None), None is None, type(id(a)).__name__)
def same(x):
    return x
print(id(same(a)) == id(a), same(a) is a)
t = (a, a)
print(t[0] is t[1], id(t[0]) == id(t[1]))
s = "abc"
print(s is s, id(s) == id(s))
x = object()
y = object()
print(x is y, x is x, id(x) != id(y))
d = {}
d2 = d
d2["k"] = 1
print(d is d2, d)
print(True is True, False is not True, ... is ..., NotImplemented is NotImplemented)
