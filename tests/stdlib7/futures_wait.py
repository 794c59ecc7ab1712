# concurrent.futures.wait() and as_completed(): return_when modes and timeouts.
import concurrent.futures as cf
import threading

done_f = cf.Future(); done_f.set_result(1)
bad_f = cf.Future(); bad_f.set_exception(RuntimeError("x"))
never = cf.Future()
cancelled = cf.Future(); cancelled.cancel(); cancelled.set_running_or_notify_cancel()

r = cf.wait([done_f, never], timeout=0.02)
print(type(r).__name__, len(r.done), len(r.not_done), r.done == {done_f}, r.not_done == {never})
done, not_done = cf.wait([done_f, never], return_when=cf.FIRST_COMPLETED)
print(done == {done_f}, not_done == {never})
done, not_done = cf.wait([bad_f, never], return_when=cf.FIRST_EXCEPTION)
print(done == {bad_f}, not_done == {never})
done, not_done = cf.wait([done_f, bad_f, cancelled])
print(len(done), len(not_done))
done, not_done = cf.wait([done_f, never], timeout=0)
print(len(done), len(not_done))
print(cf.wait([]))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

# FIRST_EXCEPTION with no exception waits for all.
gates = [threading.Event() for _ in range(3)]
with cf.ThreadPoolExecutor(3) as pool:
    fs = [pool.submit(g.wait) for g in gates]
    for g in gates:
        g.set()
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done), [f.result() for f in fs])

# FIRST_COMPLETED wakes when one of several pending futures completes.
gate = threading.Event()
with cf.ThreadPoolExecutor(2) as pool:
    slow = pool.submit(gate.wait)
    quick = pool.submit(lambda: "quick")
    done, not_done = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    gate.set()

# FIRST_EXCEPTION wakes on the failing one even while others run.
gate = threading.Event()


def fail():
    raise ValueError("first failure")


with cf.ThreadPoolExecutor(2) as pool:
    slow = pool.submit(gate.wait)
    failing = pool.submit(fail)
    done, not_done = cf.wait([slow, failing], return_when=cf.FIRST_EXCEPTION)
    print(failing in done, slow in not_done, repr(failing.exception()))
    gate.set()

# as_completed: already-done first, each future once, all of them.
with cf.ThreadPoolExecutor(4) as pool:
    fs = [pool.submit(pow, 2, i) for i in range(10)]
    print(sorted(f.result() for f in cf.as_completed(fs + fs)))

ready = cf.Future(); ready.set_result("r")
print([f.result() for f in cf.as_completed([ready])])
try:
    for f in cf.as_completed([ready, never], timeout=0.02):
        print("yielded", f.result())
except cf.TimeoutError as e:
    print("TimeoutError:", e)
try:
    list(cf.as_completed([never, cf.Future()], timeout=0))
except TimeoutError as e:
    print("TimeoutError:", e)

# as_completed wakes as each future finishes in another thread.
order = []
gates = [threading.Event() for _ in range(3)]
fs = [cf.Future() for _ in range(3)]


def finisher():
    for i in (2, 0, 1):
        fs[i].set_result(i)


t = threading.Thread(target=finisher)
t.start()
for f in cf.as_completed(fs, timeout=10):
    order.append(f.result())
t.join()
print(sorted(order))
