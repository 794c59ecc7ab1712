# Collatz sequences: longest chain under a bound, with a dict cache.
cache = {1: 1}
def chain(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length
best = max(range(1, 30000), key=chain)
print(best, chain(best), len(cache) > 30000)
print([chain(n) for n in range(1, 20)])
n = 27
seq = [n]
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    seq.append(n)
print(len(seq), max(seq), seq[:10])
