# int and float mixing: promotion, true division, comparisons.
print(1 + 2.0, 3 - 0.5, 2 * 1.5, 7 / 2, 7.0 // 2, 7 % 2.5)
print(2 ** 64 + 0.5, 2 ** 64 * 1.0, float(2 ** 64), float(-(2 ** 63)))
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3, 1 / 3 * 3, (2 ** 100) / (2 ** 99))
print(True + 1.5, 3 * True, False * 2.5, 1.0 + False)
print(int(2.5 + 2.5), float(7), float(True), int(-0.9))
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 + 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399, (10 ** 400 + 1) // 10 ** 399)
print(3 / 4 == 0.75, 0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75)
x = 5
x /= 2
print(x, type(x))
