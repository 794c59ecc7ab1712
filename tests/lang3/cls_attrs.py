class Counter:
    count = 0
    items = []
    def __init__(self, n):
        self.n = n
        Counter.count += 1
    def add(self, x):
        self.items.append(x)
a = Counter(1)
b = Counter(2)
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
a.add(1); b.add(2)
print(Counter.items, a.items is b.items)
a.items = ["own"]
print(a.items, b.items)
print(sorted(vars(a)), vars(b))
print(a.__dict__ == {"n": 1, "items": ["own"]})
a.__dict__["z"] = 9
print(a.z)
Counter.new_attr = "added later"
print(b.new_attr)
print(hasattr(b, "n"), hasattr(b, "missing"))
try:
    b.missing
except AttributeError as e:
    print(e)
try:
    Counter.missing
except AttributeError as e:
    print(e)
try:
    del b.nothing
except AttributeError as e:
    print(e)
print(a.__class__.__name__)
class Sub(Counter):
    count = -1
print(Sub.count, Counter.count)
