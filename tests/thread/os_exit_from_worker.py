# os._exit(n) in a worker ends the process at once: no atexit, status n.
import threading, os, time, atexit, sys
atexit.register(lambda: print("atexit (wrong)"))
def w():
    time.sleep(0.1)
    os._exit(7)
threading.Thread(target=w).start()
print("main done", flush=True)
