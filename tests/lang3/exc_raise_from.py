def wrap():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e
try:
    wrap()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    raise RuntimeError("r") from TypeError("t")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("none") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from object
except TypeError as e:
    print(e)
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 3
except TypeError as err:
    print(err)
