# sys.exit(3) in main while a non-daemon thread runs; finally in main runs
# first, then the thread is joined; status 3.
import threading, sys, time
go = threading.Event()
def w():
    go.wait()
    time.sleep(0.1)
    print("worker done", flush=True)
threading.Thread(target=w).start()
try:
    go.set()
    sys.exit(3)
finally:
    print("main finally", flush=True)
