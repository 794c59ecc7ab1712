# A real SIGINT in main (default handler) while a non-daemon thread waits:
# finally runs, the thread is joined, then the process dies by SIGINT (130).
import threading, time, signal, os
# KeyboardInterrupt in main while a non-daemon thread waits: shutdown waits
signal.signal(signal.SIGINT, signal.default_int_handler)
go = threading.Event()
def w():
    go.wait()
    print("worker done", flush=True)
threading.Thread(target=w).start()
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
finally:
    go.set()
