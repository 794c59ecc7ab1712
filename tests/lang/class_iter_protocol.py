# User classes implementing __iter__/__next__ and __call__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for v in Countdown(3):
    print(v)
print(sum(Countdown(10)), max(Countdown(4)), sorted(Countdown(3)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 10 in Seq())
class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x + self.k
add5 = Adder(5)
print(add5(10), list(map(add5, [1, 2])), callable(add5))
class Bag:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
b = Bag()
b.items.extend([3, 1, 2])
print(len(b), list(b), bool(b), bool(Bag()))
