ba = bytearray(b"hello")
print(ba, type(ba).__name__, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba, bytes(ba))
ba += b"!"
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray())
print(ba.pop(), ba, ba.find(b"o"), b"ll" in ba, 72 in ba)
del ba[0]
print(ba)
ba[0:2] = b"XY"
print(ba)
ba.insert(0, 65)
ba.reverse()
print(ba)
ba.remove(65)
print(ba, ba.decode(), ba.upper(), ba == bytearray(ba))
c = bytearray(b"abc")
c.clear()
print(c, len(c))
print(bytearray(b"a,b").split(b","), list(bytearray(b"AB")))
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    ba[0] = "x"
except TypeError as e:
    print(e)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
try:
    bytearray().pop()
except IndexError as e:
    print(e)
x = bytearray(b"q")
y = x
y += b"r"
print(x is y, x)
