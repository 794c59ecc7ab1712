e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print(err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        print(err)
        return saved
print(type(f()).__name__)
def g():
    exc = 1
    try:
        raise KeyError
    except KeyError as exc:
        pass
    return "exc" in locals()
print(g())
x = 1
try:
    raise TypeError
except TypeError as x:
    pass
print("x" in globals())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as err2:
        last = err2
print(last.args, "err2" in globals())
