a = frozenset([1, 2, 3, 4])
b = frozenset([3, 4, 5])
for r in (a | b, a & b, a - b, a ^ b):
    print(type(r).__name__, sorted(r))
print(sorted(a.union([9])), sorted(a.intersection(b, [4])), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference([1, 10])), type(a.union()).__name__)
s = {1, 2}
print(type(s | a).__name__, type(a | s).__name__, sorted(s & a))
print(a <= frozenset(range(10)), a < a, a >= b, frozenset([3]) < b)
x = a
x |= {7}
print(type(x).__name__, sorted(x), sorted(a))
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
print(sorted(set(a) - {1}), sorted(frozenset("abc") & set("bcd")))
