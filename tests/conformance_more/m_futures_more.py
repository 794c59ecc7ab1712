# concurrent.futures details: cancel, CancelledError, wait, as_completed,
# callbacks, names, map with several iterables, exceptions (M 112-116).
import concurrent.futures as cf, threading, time

gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="P") as ex:
    running = ex.submit(gate.wait)
    while not running.running():
        time.sleep(0.01)
    pending = ex.submit(lambda: "never")
    print("pending cancel", pending.cancel(), pending.cancelled(), pending.done(), pending.running())
    print("running cancel", running.cancel(), running.cancelled(), running.running())
    try:
        pending.result()
    except cf.CancelledError as e:
        print("result of cancelled:", type(e).__name__)
    try:
        pending.exception(timeout=0)
    except cf.CancelledError:
        print("exception() of cancelled: CancelledError")
    gate.set()
    print("running result", running.result())
    print("cancel after done", running.cancel())

print(issubclass(cf.TimeoutError, Exception), cf.CancelledError.__name__)

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    ev = threading.Event()
    slow = ex.submit(ev.wait)
    try:
        slow.result(timeout=0.05)
    except cf.TimeoutError:
        print("result(timeout) TimeoutError")
    ev.set()
    fs = [ex.submit(pow, 2, i) for i in range(5)]
    done, not_done = cf.wait(fs)
    print("wait", len(done), len(not_done), sorted(f.result() for f in done))
    print("as_completed", sorted(f.result() for f in cf.as_completed(fs)))
    print("map 2 iterables", list(ex.map(pow, [2, 3, 4], [1, 2])))
    print("map empty", list(ex.map(abs, [])))
    calls = []
    f = ex.submit(lambda: 42)
    f.result()
    f.add_done_callback(lambda fut: calls.append((fut.result(), threading.current_thread() is threading.main_thread())))
    print("done callback at once in caller", calls)
    fe = ex.submit(lambda: 1 / 0)
    cf.wait([fe])
    print("exception()", type(fe.exception()).__name__, fe.done(), fe.cancelled())
    fw = ex.submit(lambda: 1 / 0)
    dn, nd = cf.wait([fw, ex.submit(time.sleep, 0.3)], return_when=cf.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", len(dn), [type(x.exception()).__name__ for x in dn])
    try:
        list(ex.map(lambda x: 10 // x, [1, 0, 2]))
    except ZeroDivisionError:
        print("map re-raises at the failing item")
    names = set(ex.submit(lambda: threading.current_thread().name).result() for i in range(3))
    print("names", all(n.startswith("ThreadPoolExecutor-") for n in names))

ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="pfx")
r = ex.submit(lambda: (threading.current_thread().name, threading.current_thread().daemon)).result()
print("prefix name", r)
ex.shutdown()
print("shutdown twice", ex.shutdown())
for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("max_workers", bad, e)
try:
    ex.submit(print)
except RuntimeError as e:
    print(e)
try:
    ex.map(abs, [1])
except RuntimeError as e:
    print("map after shutdown:", e)
f = cf.Future()
print("new future", f.done(), f.running(), f.cancelled())
f.set_result(5)
print("set_result", f.result(), f.done())
f2 = cf.Future()
f2.set_exception(KeyError("x"))
print("set_exception", repr(f2.exception()))
