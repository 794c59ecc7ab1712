# tuples: construction, indexing, slicing, methods, comparison, hashing, immutability.
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1, 2) + (3,), (1,) * 3, 2 * (0, 1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.count(1), (1, 1, 2).count(1), t.index("two"), (1, 2, 1).index(1, 1))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 5), () < (0,), (1, 2) != (1, 2.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "pair"}[(1, 2)])
x = 1, 2, 3
print(x, type(x).__name__)
y = 5,
print(y)
print(3 in x, 4 not in x, (1, 2) in [(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
z = (1, [2])
z[1].append(3)
print(z)
print(repr((1,)), str(("a", "b")), (((),),))
