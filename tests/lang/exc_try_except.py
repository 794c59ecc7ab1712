# try/except/else/finally flow.
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("div by zero")
        r = None
    except TypeError as e:
        print("type error:", e)
        r = -1
    else:
        print("no error")
    finally:
        print("finally")
    return r
print(f(2), f(0), f("s"))
try:
    raise ValueError("bad value")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e, e.args)
try:
    [][1]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    {}["k"]
except Exception as e:
    print("Exception caught", type(e).__name__, repr(e))
try:
    try:
        1 / 0
    except KeyError:
        print("wrong handler")
except ZeroDivisionError:
    print("outer handler")
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
try:
    raise KeyError("k")
except:
    print("bare except")
e = "still bound?"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
