# min/max with iterables, several args, key=, default=.
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min("bca"), max("a", "b"), max((1, 2), (1, 3)))
print(max([1, -5, 3], key=abs), min(["aaa", "b", "cc"], key=len), max("x", "yy", "zzz", key=len))
print(max([], default="empty"), min((), default=None), max([2], default=0), min([], key=abs, default=-1))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min([(1, "b"), (1, "a")]), max(range(10), key=lambda v: -v))
print(max({1: "a", 5: "b"}), min({3, 2, 8}), max(1.5, 2), min(True, 0), max([1, 1.0]), max([1.0, 1]))
words = ["pear", "fig", "apple", "kiwi"]
print(max(words, key=len), min(words, key=len))
for args, kw in [((), {}), (([],), {}), ((1,), {}), ((1, 2), {"default": 0}), (([1, "a"],), {})]:
    try:
        print(max(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max([1], foo=1)
except TypeError as e:
    print(type(e).__name__, e)
