# gcd/lcm with small and big ints, extended Euclid, modular inverse.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(12, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), lcm(4, 6), lcm(21, 6))
print(gcd(2 ** 100, 6 ** 50), lcm(2 ** 64 + 1, 3 ** 40))
acc = 1
for k in range(1, 31):
    acc = lcm(acc, k)
print(acc)
for a, m in [(3, 11), (10, 17), (2 ** 70 + 1, 10 ** 9 + 7)]:
    g, x, y = egcd(a, m)
    print(a, m, g, x % m, (a * x) % m, pow(a, -1, m) == x % m)
