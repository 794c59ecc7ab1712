# examples/gil/switch_interval.py: what sys.setswitchinterval changes.
#
#   gilpy examples/gil/switch_interval.py -v
#
# The same convoy as convoy.py, at intervals of 1, 5 and 20 ms: under
# CPython's policy an I/O thread next to a CPU hog waits about one interval
# after every blocking call.  A short interval helps the I/O thread but costs
# more switches (each a few microseconds); a long one the reverse.
import sys
import threading
import time
import gil


def hog(stop):
    x = 0
    while not stop:
        x += 1


def io(delays, n):
    for i in range(n):
        t0 = time.perf_counter()
        time.sleep(0.001)
        delays.append(time.perf_counter() - t0 - 0.001)


medians = []
for interval in (0.001, 0.005, 0.02):
    sys.setswitchinterval(interval)
    stop = []
    h = threading.Thread(target=hog, args=(stop,), name="hog")
    h.start()
    time.sleep(0.01)
    delays = []
    before = gil.switches()
    io(delays, 15)
    switches = gil.switches() - before
    stop.append(1)
    h.join()
    delays.sort()
    medians.append(delays[len(delays) // 2])
    if "-v" in sys.argv:
        print("interval %4.1f ms: median extra delay %.2f ms, %d GIL switches"
              % (interval * 1000, medians[-1] * 1000, switches))
print("the delay grows with the interval:",
      "yes" if medians[0] < medians[1] < medians[2] else "no")
