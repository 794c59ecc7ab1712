# sum with start, sorted, reversed.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []))
print(sum((True, True, False)), sum([2 ** 64, 2 ** 64]), sum(x * x for x in range(5)) if False else sum(map(lambda x: x * x, range(5))))
print(sum([1, 2], start=5), sum(((1,), (2,)), ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([5, 2, 8]), sorted([5, 2, 8], reverse=True), sorted("cab"), sorted({2: 1, 1: 2}.items()), sorted([]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), "".join(reversed("xyz")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
