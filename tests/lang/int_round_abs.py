# round() and abs() of ints, and of floats to ints.
print(round(5), round(-5), round(15, -1), round(25, -1), round(-25, -1), round(35, -1))
print(round(1234567, -3), round(1234567, -2), round(-1234567, -4), round(5, 2), round(5, -5))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, -1), round(123.456, 0), round(-123.456, 1), round(1e20, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))
print(round(10 ** 30 + 5, -1), round(2 ** 70, -10))
print(abs(-0.0), abs(-2.5), abs(2 ** 100 * -1), abs(True), abs(-False))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(-0.0), round(0.4999999999999999))
