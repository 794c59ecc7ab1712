e = RuntimeError()
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    try:
        raise KeyError
    except KeyError:
        raise ValueError from None
except ValueError as v:
    print(v.__suppress_context__, v.__cause__, type(v.__context__).__name__)
try:
    raise ValueError from TypeError()
except ValueError as v:
    print(v.__suppress_context__)
x = ValueError()
x.__cause__ = None
print(x.__suppress_context__)
x.__cause__ = KeyError()
x.__cause__ = None
print(x.__suppress_context__)
