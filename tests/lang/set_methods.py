# set methods: update family, pop, copy, clear, comparisons with frozenset.
s = set()
s.update([5, 1], (9,), range(3))
print(s)
s.intersection_update({0, 1, 5, 7})
print(s)
s.difference_update([0])
print(s)
s.symmetric_difference_update({5, 6})
print(s)
t = s.copy()
t.add(100)
print(s, t, s is t)
print(t.pop(), t)
t.clear()
print(t, len(t), bool(t))
print(set([1, 2]) == frozenset([1, 2]), frozenset() == set(), type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
print(repr(set()), repr(frozenset()), str({1}), frozenset({1: 2}))
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(seen, dups)
big = set(range(0, 100, 7))
print(len(big), 49 in big, 50 in big, sorted(big)[-3:])
for v in range(0, 100, 14):
    big.discard(v)
print(sorted(big))
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
