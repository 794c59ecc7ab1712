# Pascal's triangle, binomial coefficients with big ints, centred printing.
rows = [[1]]
for i in range(1, 12):
    prev = rows[-1]
    rows.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
width = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(width).rstrip())
def comb(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
    return r
print(comb(100, 50), comb(60, 30) == sum(comb(30, i) ** 2 for i in range(31)))
print(sum(rows[-1]), 2 ** 11)
