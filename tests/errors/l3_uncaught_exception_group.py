def f():
    raise ValueError("in f")
def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("ctx") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
inner = ExceptionGroup("inner", [TypeError("t"), OSError("o")])
try:
    raise inner
except ExceptionGroup as e:
    excs.append(e)
excs.append(ZeroDivisionError("zero"))
raise ExceptionGroup("outer", excs)
