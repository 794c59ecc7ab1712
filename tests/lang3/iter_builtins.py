class Nums:
    def __init__(self, *v): self.v = v
    def __iter__(self): return iter(self.v)
n = Nums(3, 1, 2)
print(list(n), tuple(n), sorted(n), sum(n), min(n), max(n))
print(set(n) == {1, 2, 3}, frozenset(n) == {1, 2, 3}, dict.fromkeys(n, 0))
print(2 in n, 5 in n, list(reversed(list(n))))
print(list(enumerate(n)), list(zip(n, "abc")), list(map(str, n)), list(filter(None, Nums(0, 1))))
print(any(Nums(0, 0)), all(Nums(1, 1)), "".join(Nums("x", "y")))
print(sorted(Nums("b", "a"), key=str.upper), sum(Nums(1.5, 2), 10))
print(list(iter([1, 2]).__iter__()), dict(Nums(("a", 1), ("b", 2))))
def squares(k):
    for i in range(k):
        yield i * i
print(sum(squares(4)), max(squares(4)), sorted(squares(3), reverse=True))
print(list(range(3)) == list(iter(range(3))), str(list("abc")))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
try:
    sum(Nums("a", "b"))
except TypeError as e:
    print(e)
try:
    sum([1], "")
except TypeError as e:
    print(e)
try:
    min(Nums())
except ValueError as e:
    print(e)
try:
    sorted(5)
except TypeError as e:
    print(e)
try:
    list(1.5)
except TypeError as e:
    print(e)
