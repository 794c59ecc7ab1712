# map and filter, laziness, multiple iterables.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["", "ab"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(map(int, "123")), list(filter(str.isdigit, "a1b2c3")), list(map(abs, (-1, -2))))
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls, next(m), calls)
print(list(m), calls, list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), next(f), next(f, "stop"))
print(type(m).__name__, type(f).__name__)
print(sum(map(lambda x: x * x, range(10))), "".join(map(chr, range(97, 102))), max(map(len, ["a", "bbb", "cc"])))
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, 5))
except TypeError as e:
    print(type(e).__name__, e)
