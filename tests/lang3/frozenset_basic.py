fs = frozenset([3, 1, 2, 3])
print(type(fs).__name__, len(fs), sorted(fs), 2 in fs, 5 not in fs)
print(frozenset(), frozenset() == set(), fs == {1, 2, 3}, fs == frozenset({1, 2, 3}))
print(hash(fs) == hash(frozenset([1, 2, 3])), {fs: "key"}[frozenset([2, 3, 1])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(frozenset("aab") == frozenset("ab"), frozenset(range(3)) == frozenset([0, 1, 2]))
print(sorted(fs.copy()), fs.copy() is fs)
print(fs.issubset({1, 2, 3, 4}), fs.issuperset([1]), fs.isdisjoint([7]))
try:
    fs.add(4)
except AttributeError as e:
    print(e)
try:
    fs.remove(1)
except AttributeError as e:
    print(e)
try:
    frozenset(5)
except TypeError as e:
    print(e)
try:
    frozenset([[1]])
except TypeError as e:
    print(e)
print(repr(frozenset([1])), repr(frozenset()), str(frozenset([2])))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(nested), frozenset([1, 2]) in nested)
class FS(frozenset):
    pass
f2 = FS([1, 2])
print(type(f2).__name__, sorted(f2), f2 == {1, 2})
