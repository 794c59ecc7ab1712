# while loops with complex conditions, nested breaks and counters.
a, b = 48, 18
while b:
    a, b = b, a % b
print("gcd", a)
n = 0
i = j = 0
while i < 10 and not (j > 20):
    i += 1
    j += i
    n += 1
print(i, j, n)
stack = [1]
visits = 0
while stack:
    x = stack.pop()
    visits += 1
    if x < 20:
        stack.append(x * 2)
        stack.append(x * 3)
print(visits)
x = 100
while x > 1:
    x = x // 2 if x % 2 == 0 else x * 3 + 1
    if x == 16:
        print("hit 16")
        break
print(x)
