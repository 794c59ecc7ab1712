# Lock and RLock details: argument forms and errors, TIMEOUT_MAX, locked()
# from other threads, with-statement on exceptions, RLock ownership and
# recursion, reprs reduced to stable parts (E 38-49).
import threading, _thread, time

L = threading.Lock()
print(type(L) is _thread.LockType)
print("locked new", L.locked())
print(L.acquire(), L.locked())
print(L.acquire(False), L.acquire(blocking=False), L.acquire(timeout=0), L.acquire(True, 0),
      L.acquire(timeout=0.01), L.acquire(1, 0.0))
print("release", L.release(), L.locked())
try:
    L.release()
except RuntimeError as e:
    print(type(e).__name__, e)
print(L.acquire(blocking=True, timeout=-1), L.acquire(0))
L.release()
for args, kw in [((False, 0), {}), ((False, 1), {}), ((), {"blocking": False, "timeout": 0.5}),
                 ((0, -1), {}), ((True, -2), {}), ((True, -0.5), {}), ((True, -1.0), {}),
                 ((), {"timeout": threading.TIMEOUT_MAX * 2}), ((), {"timeout": "x"}),
                 ((), {"bogus": 1}), ((1, 2, 3), {}), (("yes",), {})]:
    try:
        r = L.acquire(*args, **kw)
        print("acquire", args, sorted(kw), "->", r)
        if r:
            L.release()
    except (ValueError, OverflowError, TypeError) as e:
        print("acquire", args, sorted(kw), "->", type(e).__name__, e if type(e) is ValueError else "")
print("TIMEOUT_MAX", type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 0,
      threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1e6)
print("exact TIMEOUT_MAX", L.acquire(timeout=threading.TIMEOUT_MAX))
L.release()

# locked() seen from another thread, and release by another thread.
L.acquire()
seen = []
def peek():
    seen.append(L.locked())
    L.release()
    seen.append(L.locked())
t = threading.Thread(target=peek); t.start(); t.join()
print("other thread", seen, L.locked())

# with: enter returns True, released on exception.
with L as v:
    print("with as", v, L.locked())
try:
    with L:
        raise ValueError("inside")
except ValueError:
    print("after raise locked", L.locked())
print("enter", L.__enter__(), "exit", L.__exit__(None, None, None), L.locked())

# timeout acquire waits then fails, returns True when released meanwhile.
L.acquire()
t0 = time.monotonic()
print("timed", L.acquire(timeout=0.2), time.monotonic() - t0 >= 0.15)
got = []
def later():
    time.sleep(0.1)
    L.release()
th = threading.Thread(target=later); th.start()
t0 = time.monotonic()
print("released meanwhile", L.acquire(timeout=10), time.monotonic() - t0 < 5)
th.join()
L.release()

# RLock
R = threading.RLock()
print("rlock acquire", R.acquire(), R.acquire(), R.acquire(blocking=False), R.acquire(timeout=0))
print("has locked():", hasattr(R, "locked"))
other = []
def try_other():
    other.append(R.acquire(False))
    other.append(R.acquire(timeout=0.05))
    try:
        R.release()
    except RuntimeError as e:
        other.append(str(e))
t = threading.Thread(target=try_other); t.start(); t.join()
print("other thread vs held rlock", other)
for i in range(4):
    R.release()
try:
    R.release()
except RuntimeError as e:
    print("extra release:", e)
other.clear()
t = threading.Thread(target=try_other); t.start(); t.join()
print("other thread after full release", other)
R = threading.RLock()
for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": threading.TIMEOUT_MAX * 2})]:
    try:
        R.acquire(*args, **kw)
    except (ValueError, OverflowError) as e:
        print("rlock acquire", args, type(e).__name__, e if type(e) is ValueError else "")
with R as v:
    with R as v2:
        print("rlock with as", v, v2)
r = repr(R)
print(r.startswith("<unlocked _thread.RLock object owner=0 count=0 at "))
R.acquire(); R.acquire()
r = repr(R)
print(r.startswith("<locked _thread.RLock object owner="), "count=2" in r)
R.release(); R.release()
print(repr(L).startswith("<unlocked _thread.lock object at "))
L.acquire()
print(repr(L).startswith("<locked _thread.lock object at "))
L.release()
print(threading.ThreadError is RuntimeError, _thread.error is RuntimeError)
print(threading.Lock is _thread.allocate_lock)
