# Big-int heavy computations: factorial digit sums, big Fibonacci, pi digits (spigot), powers.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:30])
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(len(str(a)), a % 10 ** 20, a // 10 ** (len(str(a)) - 15))
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
print(2 ** 521 - 1 > 10 ** 150, (2 ** 521 - 1) % 1000003, pow(3, 10 ** 6, 10 ** 9 + 7))
x = 7 ** 300
print(x.bit_length(), x % 123456789, -x // 10 ** 250, (-x) % 97)
print(int("9" * 100) + 1 == 10 ** 100, int("1" + "0" * 60) // 3)
