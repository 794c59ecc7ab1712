# An uncaught exception in main: the traceback is printed, the non-daemon
# thread is still joined, then atexit runs; status 1.
import threading, time, atexit
atexit.register(lambda: print("atexit ran", flush=True))
go = threading.Event()
def w():
    go.wait()
    time.sleep(0.1)
    print("worker done", flush=True)
threading.Thread(target=w).start()
go.set()
raise KeyError("main key")
