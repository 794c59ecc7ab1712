# sys.exit(4) inside an atexit handler is only reported; the status stays 0.
import atexit, sys
def h():
    sys.exit(4)
atexit.register(h)
print("x")
