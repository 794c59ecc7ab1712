# Iterating lists, enumerate, mutation while iterating (defined CPython behaviour).
a = [10, 20, 30]
for i, v in enumerate(a):
    print(i, v)
for i, v in enumerate(a, 1):
    print(i, v)
for i, v in enumerate("xy", start=-1):
    print(i, v)
b = [1, 2, 3, 4]
for x in b:
    if x == 2:
        b.remove(x)
print(b)
c = [1]
for x in c:
    if len(c) < 5:
        c.append(x + 1)
print(c)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
d = [5, 6]
it2 = iter(d)
d.append(7)
print(list(it2))
rows = [[1, 2], [3, 4], [5, 6]]
total = 0
for row in rows:
    for v in row:
        total += v
print(total)
print(list(reversed([1, 2, 3])), list(reversed([])))
