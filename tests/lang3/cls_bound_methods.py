class Acc:
    def __init__(self, start):
        self.total = start
    def add(self, x):
        self.total += x
        return self.total
a = Acc(10)
m = a.add
print(m(5), m(5), a.total)
print(m.__self__ is a, m.__func__ is Acc.add)
print(m.__name__, m.__func__.__qualname__)
print(Acc.add(a, 1))
b = Acc(0)
print(a.add == b.add, a.add == a.add, a.add is a.add)
fs = [Acc(i).add for i in range(3)]
print([f(100) for f in fs])
def external(self, y):
    return self.total * y
Acc.times = external
print(a.times(2))
a.plain = lambda v: v + 1
print(a.plain(1))
print(type(m).__name__, type(Acc.add).__name__)
try:
    Acc.add(a)
except TypeError as e:
    print(e)
try:
    a.add()
except TypeError as e:
    print(e)
try:
    a.add(1, 2)
except TypeError as e:
    print(e)
try:
    a.add(1, y=2)
except TypeError as e:
    print(e)
print(list(map(a.add, [1, 2, 3])))
print(sorted([3, 1, 2], key=Acc(0).add))
