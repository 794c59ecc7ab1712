# Semaphore / BoundedSemaphore / Event details (F 56-60).
import threading, time

S = threading.Semaphore(0)
print("acquire nb", S.acquire(False), S.acquire(blocking=False), S.acquire(timeout=0), S.acquire(timeout=0.05))
print("release", S.release(), S.release(3), S._value if hasattr(S, "_value") else 4)
print("acquire x4", [S.acquire() for i in range(4)], S.acquire(False))
S2 = threading.Semaphore()
print("default value 1:", S2.acquire(False), S2.acquire(False))
S2.release(); S2.release(); S2.release()
print("above initial:", [S2.acquire(False) for i in range(4)])
for args, kw in [((-1,), {}), ((-100,), {})]:
    try:
        threading.Semaphore(*args, **kw)
    except ValueError as e:
        print("Semaphore", args, "->", e)
try:
    threading.Semaphore(value=-1)
except ValueError as e:
    print("value=-1 ->", e)
for n in (0, -1):
    try:
        S.release(n)
    except ValueError as e:
        print("release(%d) ->" % n, e)
try:
    S.release(n=0)
except ValueError as e:
    print("release(n=0) ->", e)
for args, kw in [((False, 1), {}), ((False, 0), {}), ((), {"blocking": False, "timeout": 5})]:
    try:
        S.acquire(*args, **kw)
    except ValueError as e:
        print("acquire", args, sorted(kw), "->", e)
print("acquire(False, None)", S.acquire(False, None))
with threading.Semaphore(1) as v:
    print("with as", v)
sem = threading.Semaphore(1)
try:
    with sem:
        print("in with, can acquire again:", sem.acquire(False))
        raise ValueError
except ValueError:
    pass
print("released after with:", sem.acquire(False))

# release(n) wakes up to n blocked acquirers.
S = threading.Semaphore(0)
got = []
lock = threading.Lock()
def acq(i):
    S.acquire()
    with lock:
        got.append(i)
ts = [threading.Thread(target=acq, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
time.sleep(0.1)
S.release(2)
time.sleep(0.2)
with lock:
    print("after release(2):", len(got))
S.release(2)
for t in ts:
    t.join()
print("all acquired", sorted(got))

# timeout acquire returns True when released meanwhile.
S = threading.Semaphore(0)
threading.Timer(0.05, S.release).start()
print("timeout acquire got it", S.acquire(timeout=10))

B = threading.BoundedSemaphore(2)
print("isinstance Semaphore", isinstance(B, threading.Semaphore), issubclass(threading.BoundedSemaphore, threading.Semaphore))
try:
    B.release()
except ValueError as e:
    print("bounded release ->", e)
B.acquire(); B.acquire()
print("release(2)", B.release(2))
B.acquire()
try:
    B.release(2)
except ValueError as e:
    print("bounded release(2) with 1 out ->", e)
print("unchanged: can take", [B.acquire(False) for i in range(3)])
B0 = threading.BoundedSemaphore(0)
try:
    B0.release()
except ValueError as e:
    print("Bounded(0).release ->", e)
try:
    threading.BoundedSemaphore(-1)
except ValueError as e:
    print("Bounded(-1) ->", e)
B1 = threading.BoundedSemaphore()
try:
    with B1:
        B1.release()
except ValueError as e:
    print("with exit over-release ->", e)

E = threading.Event()
print("event initial", E.is_set(), E.wait(0), E.wait(0.05), E.wait(-1), E.wait(timeout=0))
print("set returns", E.set(), E.is_set(), E.wait(), E.wait(0), E.wait(timeout=None))
print("set again", E.set(), E.is_set())
print("clear returns", E.clear(), E.is_set(), E.wait(0))
waiters_out = []
def ew(i):
    waiters_out.append((i, E.wait(10)))
ws = [threading.Thread(target=ew, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.1)
E.set()
for w in ws:
    w.join()
print("all waiters", sorted(waiters_out))
E.clear()
t0 = time.monotonic()
print("blocks again", E.wait(0.1), time.monotonic() - t0 >= 0.07)
r = repr(E)
print(r.startswith("<threading.Event at 0x"), r.endswith(": unset>"))
E.set()
print(repr(E).endswith(": set>"))
r = repr(threading.Semaphore(3))
print(r.startswith("<threading.Semaphore at 0x"), r.endswith(": value=3>"))
r = repr(threading.BoundedSemaphore(3))
print(r.startswith("<threading.BoundedSemaphore at 0x"), r.endswith(": value=3/3>"))
