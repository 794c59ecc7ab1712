# ThreadPoolExecutor: submit, map, naming, reuse, initializer, shutdown, errors.
import concurrent.futures as cf
import threading
import os
import time
import traceback


def square(x):
    return x * x


def whoami(_=None):
    return threading.current_thread().name


ex = cf.ThreadPoolExecutor(max_workers=2)
print(ex._max_workers)
print(ex.submit(whoami).result())
print([ex.submit(whoami).result() for _ in range(5)])   # an idle worker is reused
ex.shutdown()
print(cf.ThreadPoolExecutor()._max_workers == min(32, os.cpu_count() + 4))
with cf.ThreadPoolExecutor(thread_name_prefix="pfx") as ex2:
    print(ex2.submit(whoami).result())
with cf.ThreadPoolExecutor(3) as ex3:
    print(ex3.submit(whoami).result())
    names = set(ex3.map(whoami, range(30)))
    print(len(names) <= 3, all(n.startswith("ThreadPoolExecutor-2_") for n in names))

with cf.ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(square, i) for i in range(20)]
    print([f.result() for f in fs])
    print(list(pool.map(square, range(10))))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 1])))
    print(pool.submit(lambda a, b=0, *, c: (a, b, c), 1, c=3).result())
    print(pool.submit(lambda **kw: sorted(kw.items()), fn=1, x=2).result())


def task():
    raise KeyError("boom")


with cf.ThreadPoolExecutor(1) as pool:
    f = pool.submit(task)
    try:
        f.result()
    except KeyError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        print("re-raised", repr(e), names[0], names[-1])
    print(repr(f.exception()))
    it = pool.map(lambda x: 10 // x, [1, 2, 0, 5])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("map raised", e)

# submit after shutdown
p = cf.ThreadPoolExecutor(1)
p.shutdown()
try:
    p.submit(square, 2)
except RuntimeError as e:
    print(e)
p.shutdown()            # a second shutdown is harmless

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(bad)
    except ValueError as e:
        print(e)
try:
    cf.ThreadPoolExecutor(1, initializer=5)
except TypeError as e:
    print(e)

# initializer / initargs run once per worker thread
seen = []
lock = threading.Lock()


def init(tag):
    with lock:
        seen.append((tag, threading.current_thread().name))


with cf.ThreadPoolExecutor(2, thread_name_prefix="init", initializer=init, initargs=("T",)) as pool:
    pool.submit(square, 1).result()
print(seen)


# a failing initializer breaks the pool
def bad_init():
    raise OSError("no resource")


import io, sys
saved = sys.stderr
sys.stderr = io.StringIO()
bp = cf.ThreadPoolExecutor(1, initializer=bad_init)
f = bp.submit(square, 3)
try:
    f.result(timeout=10)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    bp.submit(square, 3)
except cf.thread.BrokenThreadPool as e:
    print("submit:", type(e).__name__)
bp.shutdown()
logged = sys.stderr.getvalue()
sys.stderr = saved
print(logged.splitlines()[0], "OSError: no resource" in logged)

# shutdown(cancel_futures=True) cancels what has not started
gate = threading.Event()
started = threading.Event()
cp = cf.ThreadPoolExecutor(1)


def blocker():
    started.set()
    gate.wait()
    return "ran"


first = cp.submit(blocker)
rest = [cp.submit(square, i) for i in range(5)]
started.wait()
threading.Timer(0.05, gate.set).start()
cp.shutdown(wait=True, cancel_futures=True)
print(first.result(), [f.cancelled() for f in rest])

# shutdown(wait=False) still runs queued work
gate2 = threading.Event()
wp = cf.ThreadPoolExecutor(1)
a = wp.submit(gate2.wait)
b = wp.submit(square, 7)
wp.shutdown(wait=False)
gate2.set()
print(a.result(timeout=10), b.result(timeout=10))

# map with a timeout
tp = cf.ThreadPoolExecutor(1)
ev = threading.Event()
it = tp.map(lambda x: ev.wait() and x, [1, 2])
ev.set()
print(list(it))
ev2 = threading.Event()
it = tp.map(lambda x: (ev2.wait(), x)[1], [1, 2], timeout=0.05)
try:
    list(it)
except cf.TimeoutError:
    print("map raised TimeoutError")
ev2.set()
tp.shutdown()

# worker threads are not daemons and show up in enumerate() while alive
sp = cf.ThreadPoolExecutor(1, thread_name_prefix="vis")
sp.submit(square, 1).result()
print([(t.name, t.daemon) for t in threading.enumerate() if t.name.startswith("vis")])
sp.shutdown()
print([t.name for t in threading.enumerate() if t.name.startswith("vis")])
