def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except (ValueError, TypeError):
        return "value-or-type"
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other:" + type(e).__name__
for exc in (KeyError(1), IndexError(), ValueError(), TypeError(), ZeroDivisionError(),
            RuntimeError(), UnicodeError()):
    print(classify(exc))
handlers = (OSError, AttributeError)
try:
    None.x
except handlers as e:
    print("dynamic tuple", type(e).__name__)
nested = ((KeyError,), ValueError)
try:
    try:
        raise KeyError("n")
    except nested:
        print("nested tuple ok")
except TypeError as e:
    print("nested:", e)
try:
    try:
        raise ValueError("x")
    except 42:
        print("no")
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("x")
    except (ValueError, 1):
        print("first matches before bad element")
except TypeError as e:
    print(e)
try:
    try:
        raise KeyError
    except (ValueError, "bad"):
        print("no")
except TypeError as e:
    print(e)
