# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 100 // 10 // 3, 2 * 3 % 4, 2 + 3 % 2, -7 // 2 * 3)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 1, 6 ^ 3 & 5, 1 | 2 ^ 3 & 4)
print(not 1 == 2, not (1 == 2), 1 < 2 == True, (1 < 2) == True, 3 > 2 and 2 > 1 or 0)
print(1 or 0 and 0, (1 or 0) and 0, not 0 and 1, not (0 and 1))
print(-3 % 5, (-3) % 5, -(3 % 5), ~1 + 1, ~(1 + 1), - - 4, +-+3)
print(2 * -3, 2 ** -2 * 4, 5 - -5, 3 & ~1, 1 + 2 if False else 3 + 4)
print([1, 2][0] + 5, "ab"[1] * 3, (lambda: 5)() * 2, 4 in [4] == True if False else 4 in [4])
print(1 if 1 else 2 if 0 else 3, (0 if 0 else 2) if 1 else 3)
x = 5
print(x > 3 and x < 10, x > 3 & x < 10 if False else "skip", 1 < x <= 5)
print(2 + 3 == 5, 2 * 3 > 5 > 4, 1 + 1 in [2], not 2 in [2], 2 not in [3] and True)
print(10 - 2 ** 2 * 2, (10 - 2) ** 2 * 2, 8 >> 1 + 1, (8 >> 1) + 1, 1 + ~0)
