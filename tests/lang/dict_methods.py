# dict methods: get/setdefault/pop/popitem/update/copy/clear/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 10, "a": -1})
d.update([("y", 20)])
d.update(z=30, a=0)
print(d)
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
c.clear()
print(c, dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
for k, v in d.items():
    print(k, v)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
m = {1: 1}
m |= {2: 2}
print(m, m | {3: 3}, {1: "a"} | {1: "b"})
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
print(len(big), big[0], big[7], big[993], sum(big), sum(big.values()))
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big.values())[:3])
