cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: {} + {},
    lambda: None + 1,
    lambda: 1 - "a",
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: 1 / "x",
    lambda: 2 ** "x",
    lambda: {1} & [1],
    lambda: 1 << 1.0,
    lambda: 1.0 >> 1,
    lambda: ~1.5,
    lambda: -"s",
    lambda: +[],
    lambda: 1 < None,
    lambda: [] > (),
    lambda: "a" <= 1,
    lambda: {} >= {},
    lambda: 1 @ 2,
    lambda: 1 % 0,
    lambda: 1 // 0,
    lambda: 1.0 / 0,
    lambda: 2 ** -1 + (0 ** -1),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, "ok", type(r).__name__)
    except (TypeError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
