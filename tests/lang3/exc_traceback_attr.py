import sys
def fail():
    raise ValueError("tb")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
print(sys.exc_info())
e = ValueError()
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(err)
def deep(n):
    if n == 0:
        raise KeyError(n)
    deep(n - 1)
try:
    deep(3)
except KeyError as k:
    t = k.__traceback__
    n = 0
    while t:
        n += 1
        t = t.tb_next
    print("frames", n)
