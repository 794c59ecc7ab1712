e = OSError(2, "No such file")
print(type(e).__name__, e.errno, e.strerror, e, e.args)
e2 = OSError(2, "gone", "f.txt")
print(type(e2).__name__, e2.filename, str(e2))
print(type(OSError(17, "x")).__name__, type(OSError(13, "x")).__name__)
print(type(OSError(110, "x")).__name__, type(OSError(21, "x")).__name__)
print(type(OSError("just a message")).__name__, OSError("m").errno)
f = FileNotFoundError(2, "missing", "/nope")
print(f, f.filename, isinstance(f, OSError))
t = TimeoutError("timed out")
print(t, t.args, t.errno)
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as err:
    print(type(err).__name__, err.errno == 2, err.filename)
    print(err)
except OSError as err:
    print("OSError", err)
try:
    open("/tmp")
except IsADirectoryError as err:
    print(type(err).__name__, err)
try:
    raise TimeoutError
except OSError as err:
    print("caught as OSError:", type(err).__name__)
print(OSError(1, 2, 3, 4, 5).args)
