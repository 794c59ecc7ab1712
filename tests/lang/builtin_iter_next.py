# iter()/next() on all iterables, StopIteration, the two-argument iter.
for obj in ["ab", [1, 2], (3,), {"k": 1}, {5}, range(2), enumerate("z"), zip("a", "b")]:
    it = iter(obj)
    print(next(it), next(it, "<end>") if type(obj).__name__ not in ("set", "dict", "tuple", "enumerate", "zip") else "-")
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
print(next(it, None), next(iter([]), "dflt"))
it2 = iter([1, 2, 3])
print(iter(it2) is it2, list(it2), list(it2))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "stop"))
