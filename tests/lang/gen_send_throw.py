# Generators: send, throw, close, yield from with return values.
def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught in gen", e)
        yield "after throw"
    finally:
        print("gen finally")
it = g()
print(next(it), it.send(5))
print(it.throw(ValueError("boom")))
it.close()
def h():
    yield 1
it = h()
print(list(it), next(it, "end"))
try:
    g().send(1)
except TypeError as e:
    print(e)
def sub():
    r = yield 1
    return r * 10
def outer():
    v = yield from sub()
    yield v
o = outer(); print(next(o), o.send(4))
