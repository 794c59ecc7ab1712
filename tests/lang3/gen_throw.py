def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside", e)
            yield "recovered"
g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator finished")
def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted", e)
print(list(f))
def with_finally():
    try:
        yield 1
    finally:
        print("cleanup")
w = with_finally()
next(w)
try:
    w.throw(TypeError)
except TypeError as e:
    print("type", repr(e))
def inner():
    try:
        yield 1
    except IndexError:
        yield "inner handled"
def outer():
    yield from inner()
o = outer()
next(o)
print(o.throw(IndexError))
try:
    o.throw(5)
except TypeError as e:
    print(e)
