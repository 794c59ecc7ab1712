# Float arithmetic, special values, -0.0.
a = 1.5
b = -2.25
print(a + b, a - b, a * b, a / b, a // b, a % b, b ** 2, a ** -1)
print(0.1 * 3, 0.1 + 0.1 + 0.1, 1.0 - 0.9, 100.0 / 3.0, 2.0 ** 0.5)
print(-0.0 + 0.0, -0.0 - 0.0, 0.0 * -1, -0.0 * -0.0, -(0.0))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan is nan)
print(inf == inf, inf > 1e308, -inf < -1e308)
print((-8.0) ** (1 / 3) if False else 8.0 ** (1 / 3), (-2.0) ** 2, (-2.0) ** 3, 2.0 ** -2)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
x = 1.0
for i in range(10):
    x = x * 1.1
print(x)
x = 0.0
for i in range(10):
    x += 0.1
print(x)
y = 3.0
y /= 2
y -= 0.25
y *= 4
y //= 2
y %= 1.5
print(y)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)
