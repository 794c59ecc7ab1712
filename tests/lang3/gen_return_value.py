def g():
    yield 1
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def raises_stop():
    yield 1
    raise StopIteration("inside")
try:
    list(raises_stop())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def tuple_return():
    yield
    return (1, 2)
it = tuple_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def runner():
    x = yield from g()
    return x.upper()
r = runner()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print(e.value)
