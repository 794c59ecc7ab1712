cases = [
    lambda: [][0],
    lambda: (1,)[5],
    lambda: "abc"[9],
    lambda: {}["missing"],
    lambda: {1: 2}[3],
    lambda: int("x1"),
    lambda: float("nan?"),
    lambda: [1].remove(2),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: "a".index("b"),
    lambda: (1, 2).index(3),
    lambda: undefined_variable,
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 // 0,
    lambda: 10 ** 400 * 1.0,
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: next(iter([])),
    lambda: range(1, 2, 0),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
