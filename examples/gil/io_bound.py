# examples/gil/io_bound.py: I/O-bound threads do run in parallel.
#
#   gilpy -X giltrace=io.json examples/gil/io_bound.py
#   gilpy -m giltimeline io.json -o io.svg
#
# Four threads each wait 50 ms twice (time.sleep stands for a network or disk
# wait).  A thread releases the GIL while it waits, so the waits overlap and
# the threads finish in about a quarter of the sequential time.
import threading
import time


def fetch():
    for i in range(2):
        time.sleep(0.05)


t0 = time.perf_counter()
for i in range(4):
    fetch()
seq = time.perf_counter() - t0

t0 = time.perf_counter()
threads = [threading.Thread(target=fetch, name="fetch-%d" % (i + 1)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
thr = time.perf_counter() - t0
print("four threads gave a speed-up:", "yes" if thr < 0.5 * seq else "no")
