# raise forms: class, instance, re-raise, raise from, exception args and str/repr.
for exc in [ValueError, ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3)]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(str(e)), repr(e), e.args)
def reraiser():
    try:
        raise TypeError("inner")
    except TypeError:
        print("handling, then re-raise")
        raise
try:
    reraiser()
except TypeError as e:
    print("re-raised:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("implicit")
except KeyError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise OSError("x")
    except OSError:
        raise RuntimeError("no ctx") from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
