# Tuple/list unpacking: swap, nested, starred, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, *rest = [1, 2, 3, 4]
print(h, rest)
*init, last = range(5)
print(init, last)
first, *mid, end = "abcdef"
print(first, mid, end)
p, *q, r = 1, 2
print(p, q, r)
(s, *t), u = [1, 2, 3], 4
print(s, t, u)
x = y = z = 7
print(x, y, z)
i, j = k = (8, 9)
print(i, j, k)
for n, (m, *o) in [(1, (2, 3, 4)), (5, (6,))]:
    print(n, m, o)
d = {}
d["a"], d["b"] = 1, 2
lst = [0, 0]
lst[0], lst[1] = "L", "R"
print(d, lst)
for bad in [(1, 2, 3), (1,), 5]:
    try:
        v1, v2 = bad
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    a1, b1, *c1 = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3}, {**{"k": 1}, "j": 2})
