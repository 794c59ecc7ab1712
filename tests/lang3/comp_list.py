print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0 if x > 0])
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print([[c for c in w] for w in ["hi", "yo"]])
print([x if x % 2 else -x for x in range(5)])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m])
print([[row[i] for row in m] for i in range(3)])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([y for x in [[1, 2], [3]] for y in x])
print([n for n in range(3)], [f(2) for f in (abs, str, float)])
print([i for i in []], [None for _ in "ab"])
print([(lambda v: v * 10)(i) for i in range(3)])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
try:
    [x for x in 42]
except TypeError as e:
    print(e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(e)
print([*range(3), *"ab"])
print([x := 5, x * 2] if False else [w for w in (1, 2)])
