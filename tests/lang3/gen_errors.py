def g():
    yield 1
gen = g()
try:
    gen.send(5)
except TypeError as e:
    print(e)
try:
    gen.send()
except TypeError as e:
    print(e)
try:
    gen.throw()
except TypeError as e:
    print(e)
try:
    gen.throw("str")
except TypeError as e:
    print(e)
try:
    next(gen, 1, 2)
except TypeError as e:
    print(e)
def err():
    yield 1
    raise KeyError("inside generator")
e = err()
next(e)
try:
    next(e)
except KeyError as ex:
    print("propagated", repr(ex))
try:
    next(e)
except StopIteration:
    print("then exhausted")
def bad_first():
    raise ValueError("at start")
    yield
b = bad_first()
try:
    next(b)
except ValueError as ex:
    print(ex)
print(list(b))
try:
    len(g())
except TypeError as ex:
    print(ex)
try:
    g()[0]
except TypeError as ex:
    print(ex)
