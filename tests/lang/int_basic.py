# Small int arithmetic and the operators' corner cases.
a = 7
b = 3
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(0 // 5, 0 % 5, 5 // 1, 5 % 1)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(+a, -a, ~a, ~-a, --a)
print(1 - 2 - 3, 100 // 7 // 2, 2 ** 3 ** 2)
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 5
print(x)
x **= 3
print(x)
print(type(7 / 7), 7 / 7, 1 / 4, -1 / 4)
print(10 / 3, 2 / 3, 1 / 3)
print(123456789 * 987654321)
print(abs(-5), abs(5), abs(0))
print(int(), int(3), int(-3), int(True), int(False))
print(int(3.9), int(-3.9), int(1e10))
