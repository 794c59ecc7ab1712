# queue: FIFO/LIFO/priority order, sizes, nowait forms, timeouts and errors.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)])

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(5)], [pq.get_nowait() for _ in range(5)])
pq.put((2, "b")); pq.put((1, "a")); pq.put((3, "c"))
print(pq.get(), pq.get(), pq.get())

b = queue.Queue(maxsize=2)
b.put("x"); b.put_nowait("y")
print(b.maxsize, b.full(), b.qsize())
try:
    b.put_nowait("z")
except queue.Full as e:
    print("Full", repr(e), type(e).__name__, type(e).__module__)
try:
    b.put("z", block=False)
except queue.Full:
    print("Full with block=False")
try:
    b.put("z", timeout=0.02)
except queue.Full:
    print("Full after timeout")
print(b.get(), b.get_nowait(), b.empty())
try:
    b.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e), type(e).__name__)
try:
    b.get(timeout=0.02)
except queue.Empty:
    print("Empty after timeout")
try:
    b.get(block=False, timeout=5)
except queue.Empty:
    print("Empty: block=False ignores timeout")
for bad in (lambda: b.get(timeout=-1), lambda: b.put(1, timeout=-0.5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
u = queue.Queue()
u.put(1, timeout=-1)        # unbounded: the timeout is never looked at
print("unbounded put with negative timeout ok", u.get())

q = queue.Queue()
q.put(1); q.put(2)
print(q.unfinished_tasks)
q.get(); q.task_done(); q.get(); q.task_done()
q.join()
print("joined", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1); s.put_nowait(2); s.put(3, block=False, timeout=1)
print(s.qsize(), s.get(), s.get_nowait(), s.get(timeout=1), s.empty())
try:
    s.get(timeout=0.02)
except queue.Empty:
    print("SimpleQueue Empty after timeout")
try:
    s.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty nowait")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)


class MaxFirst(queue.PriorityQueue):
    def _put(self, item):
        super()._put(-item)

    def _get(self):
        return -super()._get()


m = MaxFirst()
for x in (1, 3, 2):
    m.put(x)
print([m.get() for _ in range(3)])
