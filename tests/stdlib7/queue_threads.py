# queue with threads: blocking get/put woken by other threads, join/task_done.
import queue
import threading

q = queue.Queue()
out = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        out.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=consumer) for _ in range(4)]
for w in workers:
    w.start()
for i in range(200):
    q.put(i)
q.join()
print("after join:", len(out), sum(out), q.unfinished_tasks)
for w in workers:
    q.put(None)
for w in workers:
    w.join()

# A full bounded queue: put() blocks until a consumer takes an item.
b = queue.Queue(maxsize=1)
b.put("first")
got = []
ready = threading.Event()


def late_consumer():
    ready.wait()
    got.append(b.get())


t = threading.Thread(target=late_consumer)
t.start()
ready.set()
b.put("second", timeout=10)      # blocks until late_consumer makes room
t.join()
print(got, b.get())

# get() with a timeout is woken by a producer before it expires.
e = queue.Queue()
t = threading.Thread(target=lambda: e.put("hello"))
t.start()
print(e.get(timeout=10))
t.join()

# Several producers and consumers through a SimpleQueue.
s = queue.SimpleQueue()
results = queue.Queue()


def producer(base):
    for i in range(50):
        s.put(base + i)


def summer():
    total = 0
    for _ in range(100):
        total += s.get(timeout=10)
    results.put(total)


ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
cs = [threading.Thread(target=summer) for _ in range(2)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
print(results.get() + results.get(), sum(k * 1000 + i for k in range(4) for i in range(50)))

# LifoQueue and PriorityQueue shared by threads.
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda k=k: [pq.put(k * 10 + i) for i in range(10)])
      for k in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([pq.get() for _ in range(50)] == list(range(50)))
