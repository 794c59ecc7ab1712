s = {x % 4 for x in range(20)}
print(sorted(s), type(s).__name__, len(s))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({x for x in []} == set(), type({x for x in []}).__name__)
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print(sorted({c.upper() for c in "hello"}))
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(e)
print({1, 2, 3} == {x for x in (3, 2, 1)}, 2 in {x * 2 for x in range(2)})
print(sorted({n for n in range(10) if n % 2} | {0}))
fs = frozenset(x for x in range(3))
print(sorted(fs), type(fs).__name__)
