# examples/threads/shared_result_lock.py: results through shared variables guarded by a Lock.
# SPDX-License-Identifier: MIT
#
# Several threads update one dict and one counter.  Holding the lock makes
# each read-modify-write atomic, so the totals are always exact.  Fixed output.
import threading

lock = threading.Lock()
results = {}
counter = 0


def square_all(worker_id, numbers):
    global counter
    for n in numbers:
        value = n * n
        with lock:
            results[n] = value
            counter += 1


threads = [threading.Thread(target=square_all, args=(i, range(i * 25, (i + 1) * 25)))
           for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("results stored:", len(results))
print("counter:", counter)
print("sum of squares 0..99:", sum(results.values()), "==", sum(n * n for n in range(100)))
