def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised:", e)
try:
    raise
except RuntimeError as e:
    print(e)
def outer():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    outer()
except KeyError as e:
    print("restored", repr(e))
def in_finally():
    try:
        raise IndexError("i")
    finally:
        print("finally")
try:
    in_finally()
except IndexError as e:
    print(repr(e))
def helper():
    raise
try:
    raise OSError("from caller")
except OSError:
    try:
        helper()
    except OSError as e:
        print("helper re-raised", e)
try:
    helper()
except RuntimeError as e:
    print(e)
