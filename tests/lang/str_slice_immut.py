# str is immutable: methods return new strs, assignment errors.
s = "hello"
t = s.upper()
print(s, t, s is not t)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.append("x")
except AttributeError as e:
    print(type(e).__name__, e)
s2 = "H" + s[1:]
print(s2, s)
chars = list(s)
chars[0] = "J"
print("".join(chars), s)
print(s.replace("l", "L"), s, s[::-1], s)
