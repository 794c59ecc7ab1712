# An exception in an atexit handler is reported but does not change the status.
import atexit, sys
def bad():
    raise RuntimeError("atexit failure")
atexit.register(bad)
print("main ok", flush=True)
sys.exit(6)
