# os._exit(n) in a worker ends the process at once: no join of the other
# non-daemon thread, no atexit.
import threading, os, atexit, sys
atexit.register(lambda: print("atexit (must not print)", flush=True))
print("flushed line", flush=True)
block = threading.Event()
def other():
    block.wait()
    print("other (must not print)", flush=True)
threading.Thread(target=other).start()
def killer():
    os._exit(7)
threading.Thread(target=killer).start()
block.wait()
