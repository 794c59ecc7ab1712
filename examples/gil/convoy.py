# examples/gil/convoy.py: the convoy effect, and a policy that removes it.
#
#   gilpy -X giltrace=convoy.json examples/gil/convoy.py
#   gilpy -X gilpolicy=io -X giltrace=convoy-io.json examples/gil/convoy.py
#
# A CPU-bound "hog" thread runs while an I/O thread sleeps 1 ms 40 times.
# Under CPython's policy each wake-up waits for the hog's switch interval to
# run out (5 ms): the I/O thread is slowed about sixfold.  Under `io` a
# thread coming back from a blocking call asks for the GIL at once.
import sys
import threading
import time

stop = []


def hog():
    x = 0
    while not stop:
        x += 1


def io(delays):
    for i in range(40):
        t0 = time.perf_counter()
        time.sleep(0.001)
        delays.append(time.perf_counter() - t0 - 0.001)


h = threading.Thread(target=hog, name="hog")
h.start()
time.sleep(0.02)
delays = []
t = threading.Thread(target=io, args=(delays,), name="io")
t.start()
t.join()
stop.append(1)
h.join()
delays.sort()
median = delays[len(delays) // 2]
interval = sys.getswitchinterval()
if "-v" in sys.argv:
    print("median extra delay after a 1 ms sleep: %.2f ms" % (median * 1000))
print("wake-ups waited for the hog's interval:",
      "yes" if median > 0.5 * interval else "no")
