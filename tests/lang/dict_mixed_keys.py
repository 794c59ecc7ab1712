# Keys of different types in one dict; equal numbers collapse.
d = {1: "int", "1": "str", (1,): "tuple", 1.5: "float", None: "none", True: "bool!", frozenset([1]): "fs"}
print(d, len(d))
print(d[1], d[1.0], d[True], d["1"], d[(1,)], d[None], d[frozenset({1})])
d[2 ** 70] = "big"
d[-0.0] = "zero"
print(d[2 ** 70], d[0], d[False], 0 in d)
print(sorted(map(str, d)), list(d.values())[-2:])
