# Generator pipelines, infinite generators with islice-free limits, generator expressions.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
print(take(6, squares(evens(numbers()))))
gen = (x * 3 for x in range(5) if x != 2)
print(list(gen), list(gen))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 11))))
def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield tuple(seq[i:i + k])
print(list(windows("abcde", 3)))
def flatten(x):
    for e in x:
        if isinstance(e, list):
            yield from flatten(e)
        else:
            yield e
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
