# List comprehensions: filters, nesting, scoping.
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [c.upper() for c in "abc"])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print([x for x in range(20) if x % 2 if x % 3], [a + b for a, b in [(1, 2), (3, 4)]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
x = "outer"
print([x for x in "ab"], x)
n = 3
print([n * i for i in range(n)], [i for i in range(5)][::-1], [] == [i for i in []])
print([str(i) + s for i in range(2) for s in "xy" if not (i and s == "y")])
print(sorted([w for w in "the quick brown fox".split() if len(w) > 3], key=len))
print([(lambda v: v + 1)(i) for i in range(3)], [y for y in (1, 2) if y in [2]])
