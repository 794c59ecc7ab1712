# logging.handlers.QueueHandler / QueueListener: records handed to another thread.
import io
import logging
import logging.handlers
import queue
import threading

q = queue.Queue()
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
high = logging.StreamHandler(out)
high.setLevel(logging.ERROR)
high.setFormatter(logging.Formatter("HIGH %(message)s"))
listener = logging.handlers.QueueListener(q, target, high, respect_handler_level=True)
listener.start()

qh = logging.handlers.QueueHandler(q)
log = logging.getLogger("queued")
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(qh)


def work(n):
    log.info("item %d of %s", n, threading.current_thread().name)


for i in range(3):
    t = threading.Thread(target=work, args=(i,), name="W%d" % i)
    t.start()
    t.join()
log.error("bad %s", "news")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
listener.stop()
lines = out.getvalue().splitlines()
print("\n".join(l for l in lines if not l.startswith(("Traceback", "  ", "    "))))
rec = q.get_nowait() if not q.empty() else None
print(rec, q.unfinished_tasks)
