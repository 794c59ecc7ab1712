# Augmented assignment on names, attributes, items, slices; evaluation order.
x = 1
x += 2; x -= 1; x *= 10; x //= 3; x %= 4; x **= 5; x <<= 2; x >>= 1; x |= 5; x &= 29; x ^= 3
print(x)
f = 2.0
f /= 4
print(f)
class O:
    pass
o = O()
o.n = 10
o.n += 5
o.n *= 2
print(o.n)
lst = [1, 2, 3]
lst[1] += 40
lst[-1] *= 3
print(lst)
d = {"k": 1}
d["k"] += 1
d.setdefault("m", []).append(1)
d["m"] += [2]
print(d)
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [0, 0, 0]
arr[idx(1)] += 5
print(arr, calls)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
nested = [[1], [2]]
nested[0][0] += 100
print(nested)
a = b = [1]
a += [2]
print(a, b)
a = b = (1,)
a += (2,)
print(a, b)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
