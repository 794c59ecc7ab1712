g = (x * x for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(sorted((c for c in "banana"), reverse=True))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print("-".join(str(n) for n in range(4)))
print(dict((k, v) for k, v in zip("ab", (1, 2))))
n = 10
lazy = (n * i for i in range(3))
n = 100
print(list(lazy))
def first_iter_evaluated_now():
    try:
        (x for x in 5)
    except TypeError as e:
        print("eager:", e)
first_iter_evaluated_now()
def later_error():
    g = (1 / x for x in [1, 0])
    print(next(g))
    try:
        next(g)
    except ZeroDivisionError as e:
        print("lazy:", e)
later_error()
class K:
    items = [1, 2]
    doubled = list(x * 2 for x in items)
print(K.doubled)
it = iter([1, 2, 3, 4])
pairs = list(zip(it, it))
print(pairs)
print(tuple(x for x in "ab"), set(x % 3 for x in range(10)) == {0, 1, 2})
nested = ((y for y in range(x)) for x in range(3))
print([list(inner) for inner in nested])
