# Bitwise operators and shifts, small and big, negative.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 70, 5 << 61, 3 << 62)
print(1024 >> 3, -1024 >> 3, -1 >> 5, -7 >> 1, 7 >> 1, 7 >> 100, -7 >> 100)
print((1 << 100) >> 98, (2 ** 100 + 5) >> 1, -(2 ** 100) >> 99)
big = 2 ** 80 + 2 ** 40 + 1
print(big & 0xFFFF, big | 0xFF, big ^ big, big & -big, ~big)
print(big & (2 ** 70 - 1), (-big) & 0xFFFFFFFF, (-big) | 1, (-big) ^ (2 ** 90))
print(0xFF & 0x0F, 0o777, 0b1010, 0xdead_beef, 1_000_000)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
x = 1
x <<= 5
x |= 3
x &= 0x2F
x ^= 0xFF
x >>= 2
print(x)
print(True & False, True | False, True ^ True, ~True, True << 3)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
