def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def from_list():
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
print(list(from_list()))
def echo():
    while True:
        got = yield
        if got is None:
            return "stopped"
        print("echo", got)
def delegate():
    res = yield from echo()
    yield res
d = delegate()
next(d)
d.send("a")
d.send("b")
print(d.send(None))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]]])))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(e)
def g_ret():
    return (yield from ())
gen = g_ret()
try:
    next(gen)
except StopIteration as e:
    print("value", e.value)
