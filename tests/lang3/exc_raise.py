def r(x):
    raise x
try:
    r(ValueError("instance"))
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    r(KeyError)
except KeyError as e:
    print("class raised:", type(e).__name__, e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise "str"
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    raise NotExc()
except TypeError as e:
    print(e)
class MyErr(Exception):
    pass
try:
    raise MyErr("custom", 1)
except MyErr as e:
    print(e, e.args, repr(e))
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    raise BadInit
except RuntimeError as e:
    print(e)
e = ValueError("reuse")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(caught is e)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("code", e.code)
