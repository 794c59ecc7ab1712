# Larger lists: append/pop/insert at both ends, extend with self, del slices.
a = []
for i in range(1000):
    a.append(i)
for i in range(100):
    a.insert(0, -i)
print(len(a), a[:3], a[-3:], a[100], sum(a))
for i in range(500):
    a.pop()
for i in range(50):
    a.pop(0)
print(len(a), a[:3], a[-3:])
a.extend(a)
print(len(a), a[549], a[550])
del a[::3]
print(len(a), a[:6])
del a[100:]
a[10:90] = []
print(a)
b = [0] * 10000
b[5000] = 1
print(b.index(1), b.count(0), len(b * 2))
