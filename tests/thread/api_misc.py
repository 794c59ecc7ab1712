# Assorted threading behaviours: excepthook format, Barrier action errors,
# Condition on an RLock held twice, Timer/daemon inheritance, names, reprs.
import threading, sys
class Cap:
    def __init__(s): s.p=[]
    def write(s, x): s.p.append(x)
    def flush(s): pass
class MyErr(Exception): pass
MyErr.__module__ = "mymod"
def f(): raise MyErr("m")
def g(): raise ValueError
c = Cap(); sys.stderr = c
for fn in (f, g):
    t = threading.Thread(target=fn, name="N"); t.start(); t.join()
sys.stderr = sys.__stderr__
for l in "".join(c.p).splitlines():
    if not l.startswith("  "): print(l)
b = threading.Barrier(2, action=lambda: 1/0)
res = []
def w():
    try: b.wait(); res.append("ok")
    except Exception as e: res.append(type(e).__name__)
ts = [threading.Thread(target=w) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), b.broken)
r = threading.RLock(); cv = threading.Condition(r)
r.acquire(); r.acquire()
print(cv.wait(0.01))
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("depth restored to 2:", e)
tm = threading.Timer(1, print)
print(tm.name.startswith("Thread-"), tm.daemon)
def inner():
    print("in daemon:", threading.Thread(target=print).daemon, threading.Timer(1, print).daemon)
d = threading.Thread(target=inner, daemon=True); d.start(); d.join()
print(threading.main_thread().is_alive())
try:
    threading.main_thread().daemon = True
except RuntimeError as e: print(e)
print(threading.Thread(target=print, name=42).name, threading.Thread(name="").name.startswith("Thread-"))
class C:
    def __call__(self): pass
print(threading.Thread(target=C()).name.startswith("Thread-"))
e = threading.Event()
print(repr(e).split(" at ")[0], repr(e).endswith(": unset>"))
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(False))
s.release(3)
print([s.acquire(False) for i in range(4)])
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print(e)
