# repr of nested and self-referencing containers.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
b = [a, a]
print(b)
d = {"self": None}
d["self"] = d
print(d)
c = [1, {"k": [2, (3, [4])]}, "s", None, 1.5, True]
print(c, str(c), repr(c))
e = []
f = [e]
e.append(f)
print(e, f)
t = ([],)
t[0].append(t)
print(t)
print([[[]]], [(), ((),)], [{}, set()])
