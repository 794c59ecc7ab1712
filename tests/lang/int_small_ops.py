# Many small-int operations in a table (checks fast paths against slow paths).
vals = [-7, -3, -1, 0, 1, 2, 5, 64, 1000]
for a in vals:
    row = []
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a == b]
        if b:
            r += [a // b, a % b]
        if 0 <= b < 65:
            r += [a << b % 8, a >> b % 8]
        row.append(sum(int(v) for v in r))
    print(a, row)
