# Dict and set comprehensions, generator expressions consumed by builtins.
print({k: v for k, v in [("a", 1), ("b", 2)]}, {x: x * x for x in range(5)}, {c: i for i, c in enumerate("hello")})
print({x % 5 for x in range(20)}, {len(w) for w in ["a", "bb", "cc"]}, {1 for _ in range(3)})
print(sum(x * x for x in range(10)), max(len(s) for s in ["a", "abc"]), list(x for x in "xy"), tuple(i for i in range(3)))
print(any(x > 8 for x in range(10)), all(x < 5 for x in range(10)), sorted((x for x in [3, 1, 2]), reverse=True))
print(", ".join(str(i) for i in range(4)), dict((i, str(i)) for i in range(3)), set(i % 2 for i in range(5)))
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv, {k: v for k, v in inv.items() if k > 1})
g = (i * 10 for i in range(3))
print(next(g), list(g), list(g))
