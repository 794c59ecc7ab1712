# An uncaught KeyboardInterrupt in main still waits for non-daemon threads
# and runs atexit; the process then dies by SIGINT (130).
import threading, time, atexit
atexit.register(lambda: print("atexit ran", flush=True))
go = threading.Event()
def w():
    go.wait()
    time.sleep(0.1)
    print("worker done", flush=True)
threading.Thread(target=w).start()
go.set()
raise KeyboardInterrupt
