try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise TypeError("b")
except TypeError as e:
    print(repr(e.__context__))
def chain3():
    try:
        try:
            raise IndexError(1)
        except IndexError:
            raise KeyError(2)
    except KeyError:
        raise ValueError(3)
try:
    chain3()
except ValueError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c.args)
        c = c.__context__
e = ValueError()
print(e.__context__, e.__cause__, e.__traceback__)
e.__context__ = KeyError()
print(type(e.__context__).__name__)
try:
    e.__context__ = 1
except TypeError as err:
    print(err)
try:
    raise e
except ValueError as caught:
    print(type(caught.__context__).__name__)
try:
    try:
        raise KeyError
    except KeyError as k:
        raise k
except KeyError as k2:
    print(k2.__context__)
