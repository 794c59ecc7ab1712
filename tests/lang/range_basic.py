# range: len, indexing, slicing, reversed, in, repr, equality, errors.
r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, 0, -1), range(3, 3))
print(len(r), len(range(1, 10, 3)), len(range(10, 1)), len(range(10, 1, -3)), len(range(-5, 5)))
print(list(range(5)), list(range(2, 12, 3)), list(range(5, -5, -2)), list(range(0)))
print(r[0], r[-1], r[5], range(1, 100, 7)[3], range(10, 0, -2)[-1])
print(r[2:5], r[::2], r[::-1], r[1:8:3], range(0, 20, 2)[3:7], range(10)[-3:])
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r, "a" in r)
print(range(0, 5) == range(5), range(0) == range(2, 2), range(1, 4, 2) == range(1, 5, 2), range(3) != range(4))
print(r.start, r.stop, r.step, range(1, 9, 2).index(5), range(10).count(3), range(2 ** 70)[-1])
print(len(range(2 ** 40)), range(2 ** 64, 2 ** 64 + 10, 3)[2], sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(10).index(11)
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(range(2 ** 70))
except OverflowError as e:
    print(type(e).__name__, e)
total = 0
for i in range(3, 30, 4):
    total += i
print(total, hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
