# dict views: keys/values/items, live updates, set ops on keys.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["a"]
print(k, len(v))
print(k & {"b", "x"}, sorted(k | {"z"}), sorted(k - {"b"}), k == {"b", "c", "d"}, sorted(k ^ {"b", "q"}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
for key in d.keys():
    print(key, d[key])
for key, val in d.items():
    print(key, "->", val)
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))
print(list({}.keys()), list({}.items()), type(k).__name__, type(v).__name__, type(it).__name__)
x, y = {"p": 1, "q": 2}
print(x, y)
print(max({1: "a", 3: "b", 2: "c"}), sum({1: 0, 2: 0}), sorted({"z": 1, "a": 2}.items()))
