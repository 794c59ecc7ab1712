# Threads from _thread and busy daemon threads are abandoned at exit (no finally);
# a non-daemon thread made by a daemon thread is still joined; atexit runs.
import threading, _thread, time, atexit
out = []
def raw():
    try:
        while True:
            time.sleep(0.01)
    finally:
        print("raw finally (wrong)")
_thread.start_new_thread(raw, ())
def busy():
    try:
        while True: pass
    finally:
        print("busy finally (wrong)")
threading.Thread(target=busy, daemon=True).start()
def daemon_parent():
    def child():
        time.sleep(0.3)
        print("child of daemon joined", flush=True)
    threading.Thread(target=child, daemon=False).start()
threading.Thread(target=daemon_parent, daemon=True).start()
time.sleep(0.1)
atexit.register(lambda: print("atexit ran"))
print("main end")
