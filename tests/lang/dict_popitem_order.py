# popitem is LIFO; re-inserted keys go to the end; deleting during rebuild.
d = {}
for c in "abcdef":
    d[c] = ord(c)
print(d.popitem(), d.popitem(), list(d))
d["a"] = 0
d["z"] = 26
print(list(d.items()))
del d["b"]
d["b"] = 1
print(list(d))
while d:
    k, v = d.popitem()
    print(k, v, end=" ")
print()
e = {i: i for i in range(100)}
for i in range(0, 100, 3):
    del e[i]
for i in range(0, 30):
    e[i] = -i
print(list(e)[:10], list(e)[-10:], len(e))
