# KeyboardInterrupt in an atexit handler is only reported; status 0.
import atexit, threading
def h():
    raise KeyboardInterrupt
atexit.register(h)
print("main")
