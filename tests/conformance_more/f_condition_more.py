# Condition details: given Lock vs default RLock, wait_for return values,
# notify(n) counts, RLock depth restored after wait, errors (F 50-55).
import threading, time

c = threading.Condition()
with c:
    with c:
        print("nested with on default RLock ok")
print("default lock is RLock:", type(c._lock) is type(threading.RLock()))
lk = threading.Lock()
c2 = threading.Condition(lk)
with c2:
    print("given lock held:", lk.locked())
print("given lock released:", lk.locked())
print("acquire/release are the lock's:", c2.acquire(), lk.locked(), c2.release(), lk.locked())

for name, call in [("wait", lambda: c.wait(0)), ("wait_for", lambda: c.wait_for(lambda: False, 0)),
                   ("notify", c.notify), ("notify(2)", lambda: c.notify(2)), ("notify_all", c.notify_all)]:
    try:
        call()
        print(name, "no error")
    except RuntimeError as e:
        print(name, "->", e)

# wait() with a plain Lock held by another thread's acquire still checks ownership
# by trying the lock: a Lock held by someone else looks owned.
with c:
    print("wait(0)", c.wait(0), "wait(0.05)", c.wait(0.05), "wait(-1)", c.wait(-1))
    print("wait_for truthy", repr(c.wait_for(lambda: "yes")))
    print("wait_for falsy timeout", repr(c.wait_for(lambda: 0, 0.05)))
    print("wait_for [] timeout 0", repr(c.wait_for(lambda: [], timeout=0)))
    print("notify none", c.notify(), c.notify(5), c.notify_all())

# wait_for predicate becomes true through another thread.
state = {"n": 0}
def bump():
    for i in range(3):
        time.sleep(0.02)
        with c:
            state["n"] += 1
            c.notify_all()
t = threading.Thread(target=bump); t.start()
with c:
    r = c.wait_for(lambda: state["n"] >= 3 and state["n"], timeout=10)
print("wait_for value", r)
t.join()

# notify(n): 4 waiters, wake 1, then 2, then all.
cv = threading.Condition()
woken = []
ready = threading.Semaphore(0)
def waiter(i):
    with cv:
        ready.release()
        cv.wait()
        woken.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
for w in ws:
    ready.acquire()
def count_after(n_call):
    with cv:
        before = len(woken)
        n_call()
    time.sleep(0.2)
    with cv:
        return len(woken) - before
# All 5 are waiting once they released `ready` and we can take cv.
with cv:
    pass
print("notify() woke", count_after(cv.notify))
print("notify(2) woke", count_after(lambda: cv.notify(2)))
print("notify(0) woke", count_after(lambda: cv.notify(0)))
print("notify_all woke", count_after(cv.notify_all))
for w in ws:
    w.join()
print("all woken", sorted(woken))

# RLock depth restored after wait.
rc = threading.Condition(threading.RLock())
flag = []
def setter():
    with rc:
        flag.append(1)
        rc.notify()
rc.acquire(); rc.acquire(); rc.acquire()
t = threading.Thread(target=setter); t.start()
got = rc.wait(10)
print("notified", got)
depth = 0
try:
    while True:
        rc.release()
        depth += 1
except RuntimeError:
    pass
print("depth restored", depth)
t.join()

# A Condition around a Lock held in with: released during wait, so another
# thread can take it.
lc = threading.Condition(threading.Lock())
seen = []
def taker():
    with lc:
        seen.append("taker got lock")
        lc.notify()
with lc:
    t = threading.Thread(target=taker); t.start()
    print("wait on Lock-based cond", lc.wait(10), seen)
t.join()
print(repr(lc).startswith("<Condition(<unlocked _thread.lock object at "), repr(lc).endswith(", 0)>"))
