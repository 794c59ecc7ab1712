# slice objects, slicing of all sequences with the same slice, indices().
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2))
for seq in ["abcdefghij", list(range(10)), tuple(range(10)), range(10)]:
    print(seq[s], seq[slice(None, 3)], seq[slice(-3, None)], seq[::-3], seq[1:-1:4])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(2, -2, 3).indices(20))
l = list(range(10))
l[slice(0, 4)] = ["a"]
print(l)
del l[slice(None, None, 2)]
print(l)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice("a", None)))
try:
    [1][slice(None, None, 0)]
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"[1:2.5]
except TypeError as e:
    print(type(e).__name__, e)
big = list(range(100))
print(big[10:90:17], big[-5:-90:-23], big[2 ** 70:], big[-2 ** 70:3])
