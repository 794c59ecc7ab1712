# Unpacking in for loops over dict items, enumerate, zip and nested tuples.
d = {"a": (1, 2), "b": (3, 4)}
for k, (x, y) in d.items():
    print(k, x + y)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for (a, b), c in zip([(1, 2), (3, 4)], "xy"):
    print(a, b, c)
for first, *rest in ["abc", [1, 2], (9,)]:
    print(first, rest)
points = [(1, 2), (3, 4), (5, 6)]
xs = [x for x, _ in points]
ys = [y for _, y in points]
print(xs, ys, sum(x * y for x, y in points))
for i, j in [(i, j) for i in range(3) for j in range(i)]:
    print(i, j, end="; ")
print()
a, b, c = range(3)
print(a, b, c)
(a, b), (c, d) = "xy", [1, 2]
print(a, b, c, d)
