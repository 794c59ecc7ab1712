# str <-> int conversions of large numbers, digit manipulation.
for n in [0, 7, -7, 10 ** 18, 10 ** 19, -(10 ** 19), 2 ** 63 - 1, 2 ** 63, 2 ** 200, -(3 ** 150)]:
    s = str(n)
    print(s, len(s), int(s) == n, repr(n) == s)
def digits(n):
    return [int(c) for c in str(abs(n))]
print(digits(9876543210), sum(digits(2 ** 100)), int("".join(reversed(str(12345)))))
def is_pal(n):
    s = str(n)
    return s == s[::-1]
print([n for n in range(100, 200) if is_pal(n)], is_pal(12345678987654321))
print(int("0" * 30 + "1"), int("-" + "9" * 40) + 10 ** 40, int(" 12_345 "))
print("%d|%5d|%-5d|%x" % (10 ** 20, -3, 2 ** 70, 2 ** 70))
print(f"{10 ** 25:,}", f"{-(2 ** 70):_}", format(2 ** 80, "x"), format(-(2 ** 66), "b"))
