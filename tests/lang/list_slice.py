# list slicing: reading, assignment, deletion, extended slices.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:] = b[::-1]
print(b)
b[-2:] = []
print(b)
b[len(b):] = [7, 8]
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::2] = "abcde"
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
del c[::2]
print(c)
del c[1:3]
print(c)
del c[:]
print(c)
try:
    d = [1, 2, 3, 4]
    d[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    d = [1, 2]
    d[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
e = [1, 2, 3]
e[5:10] = [4]
e[-10:0] = [0]
print(e)
f = [1, 2, 3]
f[1:2] = f
print(f)
