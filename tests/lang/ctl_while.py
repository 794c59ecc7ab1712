# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while-else ran", i)
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("not printed")
print("n", n)
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
x = 10
while x:
    x -= 3
    if x < 0:
        print("went negative", x)
        break
count = 0
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        count += 1
        inner += 1
    outer += 1
print("count", count)
k = 5
while k > 0: k -= 2
print(k)
