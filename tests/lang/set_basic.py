# set/frozenset of small ints: order matches CPython's hash layout.
s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
s.add(10)
s.add(1)
print(s)
s.discard(3)
s.discard(99)
s.remove(2)
print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
print(set(), set([1, 1, 2]), set("aab") == {"a", "b"}, set(range(5)), set((5, 4)), frozenset([3, 2, 1]))
f = frozenset({1, 2})
print(f, f | {3}, {3} | f, hash(f) == hash(frozenset([2, 1])), {f: "key"}[frozenset([1, 2])])
print(sorted({5, -1, 3}), sum({1, 2, 3}), max({4, 9, 2}), min(frozenset([7, 8])))
print({0, 8, 16, 1}, {100, 5, 37}, {-1, -2, 0}, set(range(20, 0, -3)))
c = {1, 2}
c |= {3}
c &= {2, 3, 4}
c -= {9}
c ^= {5}
print(c)
try:
    {1}.remove(2)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
