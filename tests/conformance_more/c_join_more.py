# join() variants: negative/zero/None/float timeouts, joining finished
# threads many times, several joiners, joining a thread that raised,
# join from a worker, errors (C 23-27).
import threading, time

go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
for to in (-5, -0.5, 0, 0.0, 0.01, False):
    r = t.join(to)
    print("join(%r) ->" % (to,), r, t.is_alive())
t0 = time.monotonic()
t.join(timeout=0.2)
print("join(0.2) waited enough", time.monotonic() - t0 >= 0.15, t.is_alive())
go.set()
print("join(None) ->", t.join(None), t.is_alive())
for i in range(3):
    print("again", t.join(), t.join(0), t.join(-1))
try:
    t.join("x")
except TypeError as e:
    print("join('x'): TypeError")

# Several joiners on one thread, from other threads.
release = threading.Event()
target = threading.Thread(target=release.wait, name="tgt")
target.start()
results = []
lock = threading.Lock()
def joiner(i):
    target.join()
    with lock:
        results.append((i, target.is_alive()))
js = [threading.Thread(target=joiner, args=(i,)) for i in range(3)]
for j in js:
    j.start()
release.set()
for j in js:
    j.join()
print("joiners", sorted(results))

# Joining a thread that died from an exception.
caught = []
threading.excepthook = lambda a: caught.append(str(a.exc_value))
def boom():
    raise KeyError("k")
b = threading.Thread(target=boom)
b.start()
print("join dead:", b.join(), b.is_alive(), caught)
threading.excepthook = threading.__excepthook__

# Worker joins itself and joins main (main is busy, use timeout).
errs = []
def selfjoin():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errs.append(str(e))
    try:
        threading.current_thread().join(0)
    except RuntimeError as e:
        errs.append(str(e))
    threading.main_thread().join(0.01)
    errs.append("main alive from worker: %s" % threading.main_thread().is_alive())
s = threading.Thread(target=selfjoin)
s.start(); s.join()
print(errs)
try:
    threading.main_thread().join(timeout=0)
except RuntimeError as e:
    print("main joins main:", e)
try:
    threading.Thread().join(0)
except RuntimeError as e:
    print("unstarted:", e)
try:
    threading.Thread().join(timeout=-1)
except RuntimeError as e:
    print("unstarted:", e)

# Chain: each thread joins the previous one.
order = []
prev = None
gate = threading.Event()
chain = []
for i in range(4):
    def step(i=i, p=prev):
        if p is None:
            gate.wait()
        else:
            p.join()
        order.append(i)
    th = threading.Thread(target=step)
    chain.append(th)
    prev = th
for th in chain:
    th.start()
gate.set()
chain[-1].join()
print("chain order", order)
