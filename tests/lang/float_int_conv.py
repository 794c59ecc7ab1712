# float <-> int conversions, truncation, big values, exactness.
for v in [0.0, 0.9, -0.9, 1.5, -1.5, 1e15 + 0.5, 2.0 ** 52 + 0.5, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 1e20, 1.7976931348623157e308]:
    print(repr(v), int(v))
for n in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 54 + 3, 10 ** 22, 10 ** 23, 2 ** 1023, -(2 ** 64)]:
    print(n, repr(float(n)))
print(float(2 ** 1023 * 2 - 1) if False else "skip", 2 ** 1024 - 2 ** 970 > 1e308)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 1024 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(7 // 2.0, 7 / 2, int(7 / 2), round(7 / 2), -7 // 2.0, int(-7 / 2))
print(1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1, int(1e16) + 1)
