# dict: construction, insertion order, get/set/del, len, in, repr.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
d[10] = "ten"
d[(1, 2)] = "tuple"
d[None] = 0
d[1.5] = "f"
print(d, len(d))
d["b"] = 100
print(d, list(d))
del d["a"]
d["a"] = 2
print(d)
print("a" in d, "z" in d, 10 in d, 10.0 in d, (1, 2) in d, "z" not in d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict([(1, 2)], **{"s": 3}))
print(dict(zip("abc", range(3))), dict([[1, 2], (3, 4), "xy"]))
print({1: "a", True: "b", 1.0: "c"}, {"x": 1, "x": 2})
e = {1: 1, 2: 2}
print(e == {2: 2, 1: 1}, e != {1: 1}, e == {1: 1, 2: 2.0}, {} == {}, e == [1, 2])
try:
    d["missing"]
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    del d["missing"]
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    d[[1]] = 2
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    dict([1, 2])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    dict([(1, 2, 3)])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    {}[(1,)]
except KeyError as ex:
    print(type(ex).__name__, ex)
