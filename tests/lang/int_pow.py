# ** with negative and big exponents, 3-argument pow.
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1)
print(pow(2, 10), pow(2, -1), pow(-3, 3), pow(0, 0))
print(pow(2, 100, 1000007), pow(3, 200, 10 ** 9 + 7), pow(7, 0, 13))
print(pow(5, 3, -7), pow(-5, 3, 7), pow(5, -1, 7), pow(3, -2, 11))
print(pow(12345678901234567890, 98765, 10 ** 12))
print(pow(2, 1000) % 999, pow(2, 1000, 999))
print(0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(type(2 ** -1), type(2 ** 2))
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, 10 ** 20, 10 ** 19, 2 ** 62, 2 ** 61 * 2)
x = 3
x **= 40
print(x)
