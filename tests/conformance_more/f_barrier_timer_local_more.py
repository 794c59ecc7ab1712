# Barrier, Timer and local details (F 61-66).
import threading, time

# Barrier with 1 party: never blocks, index 0, action each time.
acts = []
b1 = threading.Barrier(1, action=lambda: acts.append("a"))
print("1-party", b1.wait(), b1.wait(), acts, b1.parties, b1.n_waiting, b1.broken)
for bad in (0, -1):
    try:
        threading.Barrier(bad)
    except ValueError as e:
        print("Barrier(%d) ->" % bad, e)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# 3 parties, 2 cycles, indices distinct, action runs in one waiting thread.
who = []
b = threading.Barrier(3, action=lambda: who.append(threading.current_thread().name))
idx = []
lock = threading.Lock()
def party():
    for cycle in range(2):
        i = b.wait()
        with lock:
            idx.append((cycle, i))
ts = [threading.Thread(target=party, name="P%d" % i) for i in range(2)]
for t in ts:
    t.start()
for cycle in range(2):
    i = b.wait()
    with lock:
        idx.append((cycle, i))
for t in ts:
    t.join()
print("indices per cycle", sorted(idx))
print("action ran", len(who), all(w in ("P0", "P1", "MainThread") for w in who))
print("after cycles", b.n_waiting, b.broken)

# n_waiting while filling.
b = threading.Barrier(3)
def w():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        pass
t = threading.Thread(target=w); t.start()
while b.n_waiting != 1:
    time.sleep(0.01)
print("n_waiting 1")
b.abort()
t.join()
print("aborted", b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken:", type(e).__name__, repr(str(e)))
b.reset()
print("reset", b.broken)

# Constructor timeout breaks the barrier.
b = threading.Barrier(2, timeout=0.1)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("ctor timeout -> broken", b.broken)
b.reset()
try:
    b.wait(0.05)
except threading.BrokenBarrierError:
    print("call timeout -> broken", b.broken)
b.reset()

# Action raises: the thread that ran it gets the exception, others Broken.
def bad_action():
    raise ZeroDivisionError("in action")
b = threading.Barrier(2, action=bad_action)
res = []
def p2():
    try:
        b.wait()
        res.append("ok")
    except threading.BrokenBarrierError:
        res.append("broken")
    except ZeroDivisionError as e:
        res.append("action error")
t = threading.Thread(target=p2); t.start()
p2()
t.join()
print("action raised:", sorted(res), b.broken)
r = repr(b)
print(r.startswith("<threading.Barrier at 0x"), r.endswith(": broken>"))
b.reset()
print(repr(b).endswith(": waiters=0/2>"))

# Timer
calls = []
def cb(*a, **k):
    calls.append((a, sorted(k.items()), threading.current_thread() is not threading.main_thread()))
t = threading.Timer(0.01, cb, args=(1, 2), kwargs={"k": 3})
print("Timer is Thread", isinstance(t, threading.Thread), t.interval, t.args, t.kwargs)
t.start(); t.join()
print("fired", calls, t.finished.is_set())
t.cancel()
print("cancel after firing ok", calls.__len__())
t2 = threading.Timer(0.01, cb)
print("defaults", t2.args, t2.kwargs, type(t2.finished).__name__)
t2.cancel()
t2.start(); t2.join()
print("cancel before start: calls", len(calls))
t3 = threading.Timer(10, cb)
t3.start()
t3.cancel()
t3.join()
print("cancel while waiting: calls", len(calls), t3.is_alive())
t4 = threading.Timer(0, cb, [7])
t4.start(); t4.join()
print("list args", calls[-1][0])
t5 = threading.Timer(-1, cb, kwargs={"z": 0})
t5.start(); t5.join()
print("negative interval", calls[-1][1])
try:
    threading.Timer(1, cb, None, None, 5)
except TypeError:
    print("Timer extra arg TypeError")

# local
loc = threading.local()
loc.x = 1
out = []
def lw():
    out.append(hasattr(loc, "x"))
    try:
        loc.x
    except AttributeError as e:
        out.append("AttributeError")
    loc.x = 2
    out.append(loc.x)
    del loc.x
    out.append(hasattr(loc, "x"))
    try:
        del loc.x
    except AttributeError:
        out.append("del missing AttributeError")
t = threading.Thread(target=lw); t.start(); t.join()
print("local in thread", out, "main still", loc.x)
del loc.x
print("del in main", hasattr(loc, "x"))
loc.y = 5
print("__dict__", loc.__dict__)

class MyLocal(threading.local):
    shared = "class attr"
    inits = []
    def __init__(self, a, b=0):
        self.a = a
        self.b = b
        MyLocal.inits.append(threading.current_thread().name)
    def total(self):
        return self.a + self.b
m = MyLocal(10, b=5)
res = []
def ml():
    res.append((m.a, m.b, m.total(), m.shared))
    m.a = 100
    res.append(m.total())
for i in range(2):
    t = threading.Thread(target=ml, name="L%d" % i); t.start(); t.join()
print("subclass", res, m.a, m.inits)
try:
    threading.local(1)
except TypeError as e:
    print("local(1) TypeError:", e)
class NoInitLocal(threading.local):
    pass
try:
    NoInitLocal(1)
except TypeError as e:
    print("subclass without __init__ with args TypeError:", e)
