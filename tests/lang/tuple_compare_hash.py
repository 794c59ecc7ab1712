# Tuple comparison with mixed element types; tuples as dict keys and set members.
print((1, "a") < (1, "b"), (1, 2.5) > (1, 2), (0, (1, 2)) < (0, (1, 3)), (1,) == (1.0,), () == ())
pts = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(pts[(0, 0)], pts.get((1, 1), "?"), (1, 0) in pts, sorted(pts))
s = {(1, 2), (2, 1), (1, 2)}
print(len(s), (2, 1) in s)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, 2)) == hash((2, 1)), hash((1.0, 2)) == hash((1, 2)))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(max([(2, "b"), (2, "a"), (1, "z")]), sorted([(1, 2), (1,), (0, 9, 9)]))
print(hash((-1,)) == hash((-2,)), hash((2 ** 61 - 1,)) == hash((0,)))
