# enumerate and zip.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 10)), list(enumerate([], 5)), list(enumerate(range(3), start=-2)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip(range(3), range(10, 13), "xyz")))
names = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(names, vals)))
for i, (n, v) in enumerate(zip(names, vals)):
    print(i, n, v)
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
e = enumerate("hi")
print(next(e), next(e), next(e, "end"))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    zip(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    enumerate(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(type(enumerate([])).__name__, type(zip()).__name__)
