# dict equality, shallow copies, nested mutation, dict() of a dict.
a = {"x": [1, 2], "y": {"z": 0}}
b = dict(a)
c = a.copy()
print(a == b == c, a is b, a["x"] is b["x"])
b["x"].append(3)
c["new"] = 1
print(a, b, c)
print({1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} != {"k": None})
print(list({"b": 1, "a": 2}.items()) == [("b", 1), ("a", 2)], {"a": 1} == {"a": 1, "b": 2})
d = {}
d[1] = d.get(1, 0) + 1
d[1] = d.get(1, 0) + 1
print(d)
keys = ["k%d" % i for i in range(20)]
big = dict.fromkeys(keys, 0)
for i, k in enumerate(keys):
    big[k] += i
print(sum(big.values()), list(big)[:3], list(big)[-2:])
for k in list(big):
    if big[k] % 2:
        del big[k]
print(list(big.items())[:4], len(big))
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print(type(e).__name__, e)
