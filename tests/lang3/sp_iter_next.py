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
print(list(Countdown(3)))
for x in Countdown(2):
    print("x", x)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable([1, 2])
print(list(r), list(r), sum(r), sorted(r, reverse=True))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print(e)
try:
    iter(NoNext())
except TypeError as e:
    print(e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(e)
a, b, c = Countdown(3)
print(a, b, c)
print(max(Countdown(4)), min(Countdown(4)), 2 in Countdown(3))
