# Ordering of finally blocks, exceptions replaced in finally, nested handlers.
log = []
def step(name):
    log.append(name)
def a():
    try:
        step("a-try")
        b()
    finally:
        step("a-finally")
def b():
    try:
        step("b-try")
        raise ValueError("from b")
    finally:
        step("b-finally")
try:
    a()
except ValueError as e:
    step("caught " + str(e))
print(log)
def replaced():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("replacement")
try:
    replaced()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def swallowed():
    for i in range(2):
        try:
            raise KeyError(i)
        finally:
            break
    return "swallowed"
print(swallowed())
def nested():
    try:
        try:
            raise TypeError("t")
        except TypeError:
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer got", e)
    finally:
        print("outer finally")
nested()
def exc_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError as e:
            print("inner", type(e.__context__).__name__)
        print("still in outer handler")
exc_in_except()
