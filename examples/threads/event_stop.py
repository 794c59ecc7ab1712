# examples/threads/event_stop.py: stopping a thread cooperatively with an Event.
# SPDX-License-Identifier: MIT
#
# Python cannot interrupt a thread; the worker checks a stop Event, and
# sleeps with stop.wait(interval) so it wakes at once when asked to stop.
# How many ticks happen depends on timing, so only facts are printed.
import threading

stop = threading.Event()
three_ticks = threading.Event()
ticks = []


def worker():
    while not stop.is_set():
        ticks.append(len(ticks) + 1)
        if len(ticks) == 3:
            three_ticks.set()
        stop.wait(0.01)          # sleeps, but returns early once stop is set
    print("worker saw the stop request and is cleaning up")


t = threading.Thread(target=worker, name="ticker")
t.start()
three_ticks.wait()
stop.set()
t.join(timeout=5)
print("worker stopped:", not t.is_alive())
print("ticked at least 3 times:", len(ticks) >= 3)
