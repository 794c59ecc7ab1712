# os._exit(n) in main: no wait for a non-daemon thread, no atexit, no finally.
import threading, os, atexit
atexit.register(lambda: print("atexit (must not print)", flush=True))
block = threading.Event()
threading.Thread(target=block.wait).start()
print("about to _exit", flush=True)
try:
    os._exit(3)
finally:
    print("finally (must not print)", flush=True)
