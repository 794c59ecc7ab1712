# examples/threads/logging_threads.py: log lines tagged with the thread that wrote them.
# SPDX-License-Identifier: MIT
#
# %(threadName)s and %(thread)d in a logging format name the emitting thread;
# handlers lock around each write, so lines from many threads never mix.
# Thread ids vary from run to run, so this prints them only compared to
# Thread.ident; the threads run one after another so the line order is fixed.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-7s [%(threadName)s] %(name)s: %(message)s")
log = logging.getLogger("app.worker")


def work(n):
    log.info("processing item %d", n)
    if n == 2:
        log.warning("item %d looks odd", n)
    log.debug("done with %d", n)


for n in range(3):
    t = threading.Thread(target=work, args=(n,), name="Worker-%d" % n)
    t.start()
    t.join()
logging.info("all workers finished")

# %(thread)d is the emitting thread's ident.
ids = []


class Capture(logging.Handler):
    def emit(self, record):
        ids.append((record.threadName, record.thread))


log.addHandler(Capture())
t = threading.Thread(target=log.warning, args=("who am I?",), name="Tagged")
t.start()
t.join()
print("record.thread == Thread.ident:", ids[0] == ("Tagged", t.ident))

# Many threads writing at once: every line arrives whole.
lines = []


class Collect(logging.Handler):
    def emit(self, record):
        lines.append(self.format(record))


collect = Collect()
collect.setFormatter(logging.Formatter("%(threadName)s:%(message)s"))
burst = logging.getLogger("burst")
burst.propagate = False
burst.addHandler(collect)
burst.setLevel(logging.INFO)
workers = [threading.Thread(target=lambda: [burst.info("line") for _ in range(50)],
                            name="B%d" % i) for i in range(4)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print(len(lines), "lines, all whole:", all(l.endswith(":line") for l in lines))
