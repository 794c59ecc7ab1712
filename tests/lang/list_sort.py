# sort/sorted with key and reverse; stability.
a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "elderberry", "apple"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c"), (1, "x")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1, 2.25, -1, 10 ** 20]), sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0, 2: 0}))
recs = []
for i in range(20):
    recs.append((i % 4, i))
recs.sort(key=lambda r: r[0])
print(recs)
recs.sort(key=lambda r: -r[0])
print(recs)
big = list(range(1000, 0, -7))
big.sort()
print(big[:5], big[-5:], len(big))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([], reverse=True), sorted([1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
s = ["b", "a", "c"]
r = sorted(s)
print(s, r, s.sort(), s)
