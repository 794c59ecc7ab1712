# tests/gil/_three_threads.py: the traced workload of scripts/check_gil.py.
# Two CPU-bound threads and one sleeper, named, for about 80 ms; the leading
# underscore keeps scripts/run_tests.py away (gilpy-only output).
import threading
import time


def cpu(stop):
    x = 0
    while not stop:
        x += 1


def sleeper():
    for i in range(10):
        time.sleep(0.004)


stop = []
threads = [threading.Thread(target=cpu, args=(stop,), name="cpu-1"),
           threading.Thread(target=cpu, args=(stop,), name="cpu-2"),
           threading.Thread(target=sleeper, name="sleeper")]
for t in threads:
    t.start()
time.sleep(0.08)
stop.append(1)
for t in threads:
    t.join()
print("done")
