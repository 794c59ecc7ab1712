# examples/gil/cpu_bound.py: CPU-bound threads get no speed-up under a GIL.
#
#   gilpy examples/gil/cpu_bound.py -v
#   gilpy -X giltrace=cpu.json examples/gil/cpu_bound.py
#   gilpy -m giltimeline cpu.json -o cpu.svg
#
# Two threads count down from N.  Only the GIL holder runs bytecode, so the
# two take turns (one switch interval each) and never use more than one CPU
# between them: the process's CPU time never exceeds the wall-clock time, and
# the pair needs as much CPU as doing the two countdowns one after the other.
# (CPU time, not wall-clock time, is the honest measure on a busy machine.)
import sys
import threading
import time

N = 2000000


def count(n):
    while n > 0:
        n -= 1


def sequential():
    c0 = time.process_time()
    count(N)
    count(N)
    return time.process_time() - c0


def threaded():
    w0 = time.perf_counter()
    c0 = time.process_time()
    threads = [threading.Thread(target=count, args=(N,), name="counter-%d" % (i + 1))
               for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.process_time() - c0, time.perf_counter() - w0


count(N)  # warm up
seq_cpu = sequential()
thr_cpu, thr_wall = threaded()
if "-v" in sys.argv:
    print("sequential: %.3f s of CPU" % seq_cpu)
    print("two threads: %.3f s of CPU in %.3f s of wall-clock time" % (thr_cpu, thr_wall))
print("two threads ran on more than one core at a time:",
      "yes" if thr_cpu > 1.3 * thr_wall else "no")
