# examples/threads/queue_results.py: producer/consumer through queue.Queue.
# SPDX-License-Identifier: MIT
#
# Workers take jobs from one queue and put answers on another; task_done()
# and join() tell the main thread when every job is handled, and a None per
# worker tells them to stop.  Which worker handles which job varies, so the
# answers are sorted before printing: the output is fixed.
import queue
import threading

jobs = queue.Queue()
answers = queue.Queue()


def worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        answers.put((n, n ** 3))
        jobs.task_done()


workers = [threading.Thread(target=worker, name="worker-%d" % i) for i in range(3)]
for w in workers:
    w.start()
for n in range(10):
    jobs.put(n)
jobs.join()                          # every job is done
for w in workers:
    jobs.put(None)
for w in workers:
    w.join()

collected = []
while not answers.empty():
    collected.append(answers.get_nowait())
print(sorted(collected))

# A bounded queue: put() blocks (or raises Full) while it is full.
small = queue.Queue(maxsize=1)
small.put("a")
try:
    small.put("b", timeout=0.05)
except queue.Full:
    print("queue full after waiting 0.05s")
print("got", small.get())
try:
    small.get(timeout=0.05)
except queue.Empty:
    print("queue empty after waiting 0.05s")
