# At the end of the script: non-daemon threads are joined first (also ones
# started by other non-daemon threads during shutdown), then atexit handlers
# run LIFO with args and kwargs; handlers see the main thread not alive;
# threading._register_atexit-style ordering is not used here (D 30-32).
import threading, atexit, time

def late():
    time.sleep(0.05)
    print("late thread (started during shutdown) done", flush=True)

def w(i):
    time.sleep(0.05 * (3 - i))
    print("worker", i, "done", flush=True)
    if i == 0:
        threading.Thread(target=late).start()

def h(*a, **k):
    print("atexit", a, sorted(k.items()),
          "alive threads:", len(threading.enumerate()),
          "main alive:", threading.main_thread().is_alive(), flush=True)

atexit.register(h, 1)
atexit.register(h, 2, x=3)
atexit.register(h)
def bad():
    raise ValueError("handler error is reported, others still run")
atexit.register(bad)
import sys
def uhook(u):
    print("unraisable:", u.err_msg, u.object is bad, u.exc_type.__name__, u.exc_value, flush=True)
sys.unraisablehook = uhook
print("unregister returns", atexit.unregister(print))
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
print("main: script ends", flush=True)
