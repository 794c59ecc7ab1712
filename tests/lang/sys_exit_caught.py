# SystemExit is an exception: it can be caught and inspected.
import sys
for arg in [None, 0, 3, "message", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        else:
            sys.exit(arg)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit(1)
except Exception:
    print("not an Exception subclass: not printed")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print(sys.maxsize == 2 ** 63 - 1, isinstance(sys.version, str), sys.version_info[0])
