# Sort stability on many records with duplicate keys, multi-key sorts.
recs = []
seed = 7
for i in range(300):
    seed = (seed * 48271) % 2147483647
    recs.append((seed % 10, seed % 7, i))
by_first = sorted(recs, key=lambda r: r[0])
ok = all(by_first[i][2] < by_first[i + 1][2] for i in range(len(by_first) - 1) if by_first[i][0] == by_first[i + 1][0])
print(ok, by_first[:4], by_first[-2:])
two_pass = sorted(sorted(recs, key=lambda r: r[1]), key=lambda r: r[0])
one_pass = sorted(recs, key=lambda r: (r[0], r[1]))
print(two_pass == one_pass, one_pass[:3])
rev = sorted(recs, key=lambda r: r[0], reverse=True)
print(rev[:3], rev[-3:])
names = ["bob", "Alice", "carol", "Bob", "alice", "Carol"]
print(sorted(names, key=str.lower), sorted(names, key=lambda s: s[0].lower(), reverse=True))
x = list(range(20))
x.sort(key=lambda v: v % 3)
print(x)
