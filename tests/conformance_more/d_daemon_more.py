# daemon inheritance (from main, from daemon threads, Timers, subclasses,
# dummy threads) and the set-after-start error, also for main (D 28-29).
import threading, _thread

res = []
def report(tag):
    res.append((tag, threading.current_thread().daemon))

def inner():
    a = threading.Thread(target=lambda: None)
    b = threading.Thread(target=lambda: None, daemon=None)
    c = threading.Thread(target=lambda: None, daemon=False)
    tm = threading.Timer(0, lambda: None)
    res.append(("in daemon: default", a.daemon))
    res.append(("in daemon: None", b.daemon))
    res.append(("in daemon: False", c.daemon))
    res.append(("in daemon: Timer", tm.daemon))
    c.start(); c.join()
    class Sub(threading.Thread):
        pass
    res.append(("in daemon: Sub", Sub().daemon))

d = threading.Thread(target=inner, daemon=True)
d.start(); d.join()
print("main default", threading.Thread().daemon, threading.Timer(1, len).daemon)
print("explicit", threading.Thread(daemon=True).daemon, threading.Thread(daemon=0).daemon)
print("truthy value stored as is", repr(threading.Thread(daemon=1).daemon))
for r in res:
    print(r)

# Dummy thread is daemonic, so threads it creates are daemonic.
done = threading.Event()
def raw():
    res.append(("dummy daemon", threading.current_thread().daemon))
    res.append(("made in dummy", threading.Thread().daemon))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(res[-2:])

# Changing daemon before start.
t = threading.Thread(target=lambda: None)
t.daemon = True
print("set before start", t.daemon)
t.daemon = False
t.start()
for v in (True, False):
    try:
        t.daemon = v
    except RuntimeError as e:
        print("while/after:", e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("after end:", e)
try:
    threading.main_thread().daemon = True
except RuntimeError as e:
    print("main:", e)
print("main daemon", threading.main_thread().daemon)

# A daemon thread created in main can create a non-daemon thread explicitly.
flags = []
def mk():
    x = threading.Thread(target=lambda: flags.append(threading.current_thread().daemon), daemon=False)
    x.start(); x.join()
threading.Thread(target=mk, daemon=True).start()
for th in threading.enumerate():
    # the dummy thread above may still be listed (until its ident is reused)
    if th is not threading.main_thread() and not isinstance(th, threading._DummyThread):
        th.join()
print("non-daemon child of daemon:", flags)
