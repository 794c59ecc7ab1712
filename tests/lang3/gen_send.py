def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = accumulator()
print(a.send(None))
print(a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
b = accumulator()
try:
    b.send(1)
except TypeError as e:
    print(e)
print(next(b), b.send(3))
def running():
    avg = None
    n = total = 0
    while True:
        v = yield avg
        n += 1
        total += v
        avg = total / n
r = running()
next(r)
print([r.send(v) for v in (10, 20, 60)])
def done():
    yield 1
d = done()
list(d)
try:
    d.send(None)
except StopIteration:
    print("send to finished raises StopIteration")
def self_send():
    yield g.send(None)
g = self_send()
try:
    next(g)
except ValueError as e:
    print(e)
