def make():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e.__traceback__
tb = make()
e = ValueError("v")
r = e.with_traceback(tb)
print(r is e, e.__traceback__ is tb)
print(e.with_traceback(None).__traceback__)
try:
    e.with_traceback(5)
except TypeError as err:
    print(err)
try:
    raise ValueError("again").with_traceback(tb)
except ValueError as v:
    t = v.__traceback__
    n = 0
    while t:
        n += 1
        t = t.tb_next
    print("frames", n)
