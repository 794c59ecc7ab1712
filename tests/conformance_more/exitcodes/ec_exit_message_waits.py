# sys.exit("message") still waits for a non-daemon thread; message on stderr, status 1.
import threading, sys, time
go = threading.Event()
def w():
    go.wait()
    time.sleep(0.1)
    print("worker finished before exit", flush=True)
threading.Thread(target=w).start()
go.set()
sys.exit("bye from main")
