# for/while else used for searching; nested break semantics.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            return d
    else:
        return None
print([find_divisor(n) for n in [2, 9, 13, 25, 97, 91]])
for n in range(10, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)
while True:
    break
else:
    print("never")
for x in range(3):
    while x > 0:
        x -= 1
        if x == 1:
            break
    else:
        print("inner else", x)
