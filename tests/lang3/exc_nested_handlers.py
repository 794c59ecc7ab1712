def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("not reached")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "handled"
print(level1())
try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            print("inner handler", inner)
        print("back in outer handler")
        raise
except TypeError as e:
    print("outermost", e)
import sys
def show():
    return sys.exc_info()[1]
try:
    raise IndexError("x")
except IndexError:
    try:
        raise KeyError("y")
    except KeyError:
        print(repr(show()))
    print(repr(show()))
print(show())
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError
            if i == 1:
                raise KeyError
        except ValueError:
            print(i, "inner ValueError")
    except KeyError:
        print(i, "outer KeyError")
    else:
        print(i, "no exception escaped")
