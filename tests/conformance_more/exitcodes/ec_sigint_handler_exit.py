# sys.exit(5) raised by a SIGINT handler while main is blocked in join():
# the exception appears in main, status 5; the daemon worker is abandoned.
import threading, signal, os, time
def handler(signum, frame):
    print("handler in main:", threading.current_thread() is threading.main_thread(), flush=True)
    raise SystemExit(5)
signal.signal(signal.SIGINT, handler)
started = threading.Event()
def w():
    started.set()
    threading.Event().wait()
t = threading.Thread(target=w, daemon=True)
t.start()
started.wait()
def sender():
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGINT)
threading.Thread(target=sender, daemon=True).start()
try:
    t.join()
finally:
    print("finally in main", flush=True)
