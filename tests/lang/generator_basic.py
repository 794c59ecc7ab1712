# Generator functions: yield, send-free iteration, return, state, yield from.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
g = count_up(2)
print(next(g), next(g), next(g, "exhausted"))
def with_return():
    yield 1
    return "done"
it = with_return()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def lazy():
    print("started")
    yield "x"
    print("resumed")
l = lazy()
print("created")
print(next(l))
print(list(l))
def pairs(seq):
    for i in range(len(seq) - 1):
        yield seq[i], seq[i + 1]
print(list(pairs([1, 2, 3, 4])), dict(pairs("abcd")))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen_finally():
    print("got", v)
print(type(count_up(1)).__name__)
