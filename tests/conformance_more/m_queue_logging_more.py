# queue and logging details (M 117-118).
import queue, threading, time, logging

q = queue.Queue(maxsize=2)
print("empty", q.empty(), q.full(), q.qsize(), q.maxsize)
print("put", q.put(1), q.put_nowait(2), q.full(), q.qsize())
for call in (lambda: q.put(3, False), lambda: q.put(3, timeout=0.05), lambda: q.put_nowait(3),
             lambda: q.put(3, block=False, timeout=5)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(str(e)))
print("get", q.get(), q.get_nowait())
for call in (lambda: q.get(False), lambda: q.get(timeout=0.05), q.get_nowait,
             lambda: q.get(block=True, timeout=0)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(str(e)))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("get negative timeout:", e)
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("put negative timeout:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# Blocked put resumes after a get; blocked get resumes after a put.
q = queue.Queue(1)
q.put("a")
res = []
def putter():
    q.put("b")
    res.append("put done")
t = threading.Thread(target=putter); t.start()
time.sleep(0.1)
res.append("before get")
res.append(q.get())
t.join()
res.append(q.get())
print(res)

# task_done / join
q = queue.Queue()
for i in range(3):
    q.put(i)
done = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        done.append(item)
        q.task_done()
w = threading.Thread(target=worker); w.start()
q.join()
print("joined after", sorted(done), q.unfinished_tasks)
q.put(None); w.join()
try:
    q.task_done()
except ValueError as e:
    print("extra task_done:", e)

lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print("lifo", [lq.get() for i in range(3)])
pq = queue.PriorityQueue()
for x in (5, 1, 3, (2, "b"), ) if False else (5, 1, 3):
    pq.put(x)
pq2 = queue.PriorityQueue()
for x in [(2, "b"), (1, "z"), (2, "a")]:
    pq2.put(x)
print("priority", [pq.get() for i in range(3)], [pq2.get() for i in range(3)])
sq = queue.SimpleQueue()
print("simple", sq.empty(), sq.put(1), sq.put(2, block=False, timeout=9), sq.put_nowait(3), sq.qsize(),
      [sq.get(), sq.get_nowait(), sq.get(timeout=1)], sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(False)
except queue.Empty:
    print("SimpleQueue nonblocking Empty")
print("unbounded maxsize 0 never full", queue.Queue(0).full(), queue.Queue(-1).full())

# logging: thread fields from workers, pool threads and the main thread.
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
sink = Sink()
h = logging.StreamHandler(sink)
h.setFormatter(logging.Formatter("%(threadName)s|%(thread)d|%(levelname)s|%(message)s"))
log = logging.getLogger("more")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False
ids = {}
def emit(tag):
    ids[threading.current_thread().name] = threading.get_ident()
    log.warning("w %s", tag)
    log.debug("d %s", tag)
t = threading.Thread(target=emit, args=("x",), name="LogT"); t.start(); t.join()
t = threading.Thread(target=emit, args=("y",)); t.start(); t.join()
import concurrent.futures as cf
with cf.ThreadPoolExecutor(1, thread_name_prefix="LP") as ex:
    ex.submit(emit, "pool").result()
ids["MainThread"] = threading.get_ident()
log.error("main %d", 1)
for line in "".join(sink.parts).splitlines():
    name, ident, lvl, msg = line.split("|")
    print(name, int(ident) == ids[name], lvl, msg)
rec = logging.LogRecord("n", logging.INFO, "p", 1, "m", None, None)
print("record fields", rec.threadName, rec.thread == threading.get_ident())
