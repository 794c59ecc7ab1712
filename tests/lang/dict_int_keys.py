# dict with int/float/tuple keys, hash collisions of equal numbers, deletion/reinsertion order.
d = {}
for i in range(-5, 6):
    d[i * i] = i
print(d)
d2 = {2 ** 64: "big", -1: "m1", -2: "m2", 0.5: "half", (0, 0): "origin"}
print(d2[2 ** 64], d2[-1], d2[-2], d2[0.5], d2[(0, 0)], d2.get(2.0 ** 64), 2 ** 64 in d2)
order = {}
for k in [5, 3, 9, 1]:
    order[k] = k
del order[3]
order[3] = "again"
order[5] = "updated"
print(order, list(order.keys()))
cnt = {}
for ch in "mississippi":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt)
groups = {}
for n in range(20):
    groups.setdefault(n % 3, []).append(n)
print(groups)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"]["c"])
inv = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
