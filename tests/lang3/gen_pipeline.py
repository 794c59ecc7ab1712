def read(lines):
    for l in lines:
        print("read", l)
        yield l
def parse(src):
    for l in src:
        if l.strip():
            yield int(l)
def running_sum(nums):
    total = 0
    for n in nums:
        total += n
        yield total
data = ["1", "2", " ", "3"]
pipe = running_sum(parse(read(data)))
print("pipeline built")
print(next(pipe))
print(list(pipe))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], range(2))))
def window(seq, k):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(5), 3)))
print(dict(zip(naturals(), "xyz")))
