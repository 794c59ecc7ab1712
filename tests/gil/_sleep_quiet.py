# tests/gil/_sleep_quiet.py: a thread in time.sleep() must not come back for
# the GIL until its sleep ends (run by scripts/check_gil.py).  A main thread
# that sleeps wakes between slices only to look for signals, without it.
import gil
import threading
import time

seen = {}


def sleeper():
    time.sleep(0.3)
    seen["acq"] = gil.stats()["threads"][threading.get_ident()]["acquisitions"]


t = threading.Thread(target=sleeper)
t.start()
end = time.perf_counter() + 0.4
while time.perf_counter() < end:  # a CPU-bound main thread next to it
    pass
t.join()
print("sleeper took the GIL", seen["acq"], "times")
main_before = gil.stats()["threads"][threading.get_ident()]["acquisitions"]
time.sleep(0.2)
print("main took it", gil.stats()["threads"][threading.get_ident()]["acquisitions"] - main_before,
      "time(s) around a 0.2 s sleep")
