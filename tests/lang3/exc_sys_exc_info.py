import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is v.__traceback__)
print(sys.exc_info()[0])
def handler():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[0].__name__
print(handler(), sys.exc_info()[1])
def gen():
    try:
        raise IndexError
    except IndexError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(gen()))
try:
    raise TypeError("t")
except TypeError:
    try:
        raise OSError("o")
    except OSError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
try:
    try:
        raise RuntimeError("fin")
    finally:
        print("in finally", sys.exc_info()[0].__name__)
except RuntimeError as e:
    print("after", e)
