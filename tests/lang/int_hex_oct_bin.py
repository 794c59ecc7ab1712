# hex/oct/bin and int repr/str of many values.
for v in [0, 1, -1, 255, -255, 2 ** 32, 2 ** 64 + 1, -(2 ** 70)]:
    print(hex(v), oct(v), bin(v))
print(str(12345), repr(-12345), str(10 ** 25), repr(-(10 ** 25)))
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(123456789), 16), int(oct(-98765), 8), int(bin(2 ** 65), 2))
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-10:])
print(-0, 0 == -0, 0o07, 0x0)
