# Int arithmetic in loops crossing the small-int boundary repeatedly.
x = 1
steps = 0
while x < 2 ** 100:
    x *= 3
    steps += 1
print(steps, x)
while x > 1:
    x //= 7
print(x)
acc = 0
for i in range(1, 200):
    acc = (acc * 31 + i) % (2 ** 61 - 1)
print(acc)
h = 0
for i in range(100):
    h = (h << 5) ^ (h >> 3) ^ i
    h &= 2 ** 64 - 1
print(h)
total = 0
for i in range(-50, 50):
    total += i * abs(i) * 2 ** 40
print(total)
n = 2 ** 62 - 10
for i in range(20):
    n += 1
print(n, n - 2 ** 62, type(n).__name__)
m = -(2 ** 62) + 5
for i in range(10):
    m -= 1
print(m)
print(sum(range(2 ** 62 - 5, 2 ** 62 + 5)), (2 ** 62 - 1) * 2 + 2)
