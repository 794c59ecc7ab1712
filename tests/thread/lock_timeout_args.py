# Timeouts that do not fit, NaN, and the lock types' constructors: CPython's
# exact exceptions and messages.
import _thread
import threading

L = _thread.allocate_lock()
R = _thread.RLock()
cases = (-1e300, float("-inf"), -2, -10**30, -1, -1.0, 9223372036.854774, True, 9223372037, 10**19, float("nan"), 1e300, float("inf"))
for lock in (L, R):
    for t in cases:
        try:
            got = lock.acquire(timeout=t)
            lock.release()
            print(t, got)
        except Exception as e:
            print(t, type(e).__name__, e)
try:
    _thread.LockType()
except TypeError as e:
    print("LockType():", e)
print(type(_thread.RLock(1, x=2)).__name__ == "RLock" or "rlock")
print(threading.TIMEOUT_MAX)
