# Int keys whose hashes collide modulo table sizes; negative and big keys.
d = {}
for k in [0, 8, 16, 24, 32, 64, 128, 1024, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64]:
    d[k] = str(k)
print(d)
print(d[-1], d[-2], d[2 ** 61 - 1], d[0], d.get(2 ** 61 - 2))
for k in [8, 24, 128]:
    del d[k]
print(list(d), 16 in d, 24 in d)
s = {0, 8, 16, 24, 32}
s.discard(8)
s.add(40)
print(s, 2 ** 61 - 1 in {0}, {2 ** 61 - 1, 0})
