# list operators: +, *, in, ==, <, indexing, assignment, del, nesting.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [0] * 5, [] * 3, a * 0, a * -1)
print(2 in a, 7 in a, 7 not in a, [1, 2] in [[1, 2], 3], len([]), len([[], []]))
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
a[0] = "x"
a[-1] = [9]
print(a, a[-1][0])
del a[1]
print(a)
m = [[0] * 3 for _ in range(3)] if False else [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
m[1][2] = 5
print(m)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
c = a
c += [7, 8]
print(a, c is a)
c = c + [0]
print(a, c, c is a)
d = [3]
d *= 3
print(d)
try:
    [1][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x = [1]
    x[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = "0"
    [1][k]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list([1, [2]]))
