# str indexing and slicing, including steps and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], len(s))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-11:-1])
print(repr(s[5:2]), repr(s[20:]), s[-100:3], s[3:100], repr(s[5:5]))
print(s[::3], s[::100], s[::-100], s[2:9:4])
print(s[None:4], s[4:None], s[None:None:-1])
i = 3
print(s[i], s[i:i + 2], s[-i])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], "xyz"[2 ** 70 // 2 ** 70])
u = "héllo wörld"
print(u[1], u[7], u[::-1], u[1:8:2], len(u))
