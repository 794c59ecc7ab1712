class Seq:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 10
for v in Seq(3):
    print(v, end=" ")
print()
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
for ch in "héllo":
    print(ch, end="|")
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in range(3):
    pass
else:
    print("else after full loop", x)
for x in range(3):
    if x == 1:
        break
else:
    print("not printed")
print("broke at", x)
for b in b"AB":
    print(b, end=" ")
print()
it = iter([1, 2, 3, 4])
for x in it:
    if x == 2:
        break
print(list(it))
for x in (y * 2 for y in range(3)):
    print(x, end=" ")
print()
class Items:
    def __getitem__(self, i):
        if i == 3:
            raise IndexError
        return "item%d" % i
for it2 in Items():
    print(it2, end=" ")
print()
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
try:
    for x in None:
        pass
except TypeError as e:
    print(e)
