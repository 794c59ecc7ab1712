# SystemExit raised while handling another exception: no traceback is printed.
import sys
try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    sys.exit(9)
