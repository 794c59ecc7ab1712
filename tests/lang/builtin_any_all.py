# any/all: truth, short-circuit, empty iterables.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(""), any([None, ""]), all([[1], (2,)]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(map(check, [1, 2, 3, 4, 5])), seen)
seen.clear()
print(all(map(check, [3, 4, 1, 5])), seen)
print(any(x > 5 for x in range(10)) if False else any(map(lambda x: x > 5, range(10))))
print(all({1: 0, 2: 0}), any({0: 1}), any(range(0)), all(range(1, 5)), all(range(5)))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
