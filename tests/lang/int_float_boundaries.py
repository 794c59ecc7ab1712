# Ints around the immediate/boxed boundaries (2**62, 2**63) and floats at the extremes.
B = [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**31, -2**31, 2**32 + 1, 3037000499, 3037000500, 2**61 + 3]
for a in B:
    print(a, -a, abs(a), ~a, a + 1, a - 1, a * 2, a * a, a // 3, a % 3, a // -3, a % -3, a >> 1, a << 1, a & (2**62 - 1), a | 1, a ^ -1, hash(a), a == a + 0, float(a), int(float(a)) - a)
for a in B[:6]:
    for b in B[:6]:
        print(a + b, a - b, a * b, a // b, a % b, a < b, a == b, a & b, a | b, a ^ b)
x = 2**62 - 5
for i in range(10):
    x += 1
    print(x, type(x) is int, x - 2**62)
y = -(2**62) + 3
for i in range(6):
    y -= 1
    print(y, y * -1, -y)
print(-(-2**62), (-2**62) // -1, (-2**62) * -1, divmod(-2**62, -1), abs(-2**62), (-2**63) // -1)
print(1 << 61, 1 << 62, (1 << 62) - 1, ((1 << 62) - 1) << 1, ((1 << 62) - 1) * 3, 3 << 61, -3 << 61, -1 << 62, -1 << 63)
f = [5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, float("nan"), -0.0, 1e-310, 3e-320, 1e200 * 1e200]
for v in f:
    print(repr(v), repr(v * 2), repr(v / 2), repr(-v), v == v, repr(v + 0.0), repr(v * 1e100))
g = 1e-300
for i in range(5):
    g = g * 1e-5
    print(repr(g))
