# A SIGINT handler that calls sys.exit(5) while main waits in join(): status 5.
import threading, signal, os, time, sys
def h(s, f):
    sys.exit(5)
signal.signal(signal.SIGINT, h)
ev = threading.Event()
def w():
    ev.wait()
t = threading.Thread(target=w, daemon=True); t.start()
def sender():
    time.sleep(0.2); signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
threading.Thread(target=sender).start()
try:
    t.join()
finally:
    print("finally ran")
