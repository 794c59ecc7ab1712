# Signals: main-thread-only rules, handlers always in main, SIGINT
# interrupting each kind of blocking call, PEP 475 resumption (I 83-93).
import threading, signal, time, os, queue

signal.signal(signal.SIGINT, signal.default_int_handler)
print("SIGPIPE ignored", signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print("default_int_handler is callable", callable(signal.default_int_handler))
for args in [(signal.SIGINT, None), (2, 0)]:
    try:
        signal.default_int_handler(*args)
    except KeyboardInterrupt as e:
        print("default_int_handler raises KeyboardInterrupt", e.args)

# Worker: signal.signal and set_wakeup_fd refused, getsignal and raise_signal work.
res = []
def body():
    for call, name in [(lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), "signal"),
                       (lambda: signal.set_wakeup_fd(-1), "set_wakeup_fd")]:
        try:
            call()
            res.append(name + " accepted")
        except ValueError as e:
            res.append(name + ": " + str(e))
    res.append(("getsignal", signal.getsignal(signal.SIGINT) is signal.default_int_handler))
t = threading.Thread(target=body); t.start(); t.join()
for r in res:
    print(r)

# Handlers run in the main thread: pthread_kill to a worker, raise_signal in a worker.
where = []
handled = threading.Event()
def h(signum, frame):
    where.append((signal.Signals(signum).name, threading.current_thread() is threading.main_thread(),
                  frame is not None))
    handled.set()
prev = signal.signal(signal.SIGUSR1, h)
print("previous", prev == signal.SIG_DFL, "returns previous", signal.signal(signal.SIGUSR1, h) is h)
stop = threading.Event()
w = threading.Thread(target=stop.wait); w.start()
signal.pthread_kill(w.ident, signal.SIGUSR1)
end = time.monotonic() + 10
while not handled.is_set() and time.monotonic() < end:
    time.sleep(0.01)
stop.set(); w.join()
handled.clear()
def raiser():
    signal.raise_signal(signal.SIGUSR1)
t = threading.Thread(target=raiser); t.start(); t.join()
end = time.monotonic() + 10
while not handled.is_set() and time.monotonic() < end:
    time.sleep(0.01)
print("handled in main:", where)
print("raise_signal returns", signal.raise_signal(signal.SIGUSR1), len(where))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

def send_sigint(delay):
    time.sleep(delay)
    os.kill(os.getpid(), signal.SIGINT)

def interrupted(label, call):
    s = threading.Thread(target=send_sigint, args=(0.15,))
    s.start()
    t0 = time.monotonic()
    try:
        call()
        print(label, "returned (wrong)")
    except KeyboardInterrupt:
        print(label, "interrupted", time.monotonic() - t0 < 10)
    s.join()

L = threading.Lock(); L.acquire()
interrupted("Lock.acquire(timeout=30)", lambda: L.acquire(timeout=30))
print("lock still held once:", L.locked(), L.acquire(False))
R = threading.RLock()
def hold_r(ev, rel):
    R.acquire(); ev.set(); rel.wait(); R.release()
ev = threading.Event(); rel = threading.Event()
hr = threading.Thread(target=hold_r, args=(ev, rel)); hr.start(); ev.wait()
interrupted("RLock.acquire()", R.acquire)
rel.set(); hr.join()
print("rlock free after:", R.acquire(False)); R.release()
interrupted("Event.wait()", threading.Event().wait)
interrupted("Event.wait(30)", lambda: threading.Event().wait(30))
cond = threading.Condition()
def cw():
    with cond:
        cond.wait()
interrupted("Condition.wait()", cw)
print("condition lock released after:", cond.acquire(False))
cond.release()
interrupted("Semaphore.acquire()", threading.Semaphore(0).acquire)
interrupted("Queue.get()", queue.Queue().get)
interrupted("Queue.get(timeout=30)", lambda: queue.Queue().get(timeout=30))
q1 = queue.Queue(1); q1.put(0)
interrupted("Queue.put() on full", lambda: q1.put(1))
interrupted("Barrier.wait()", threading.Barrier(2).wait)
interrupted("time.sleep(30)", lambda: time.sleep(30))

# Handler returning normally: calls resume (PEP 475).
hits = []
signal.signal(signal.SIGINT, lambda s, f: hits.append(s))
for label, call, span in [("acquire(timeout=0.5)", lambda: L.acquire(timeout=0.5), 0.45),
                          ("Event.wait(0.5)", lambda: threading.Event().wait(0.5), 0.45)]:
    s = threading.Thread(target=send_sigint, args=(0.1,))
    s.start()
    t0 = time.monotonic()
    r = call()
    el = time.monotonic() - t0
    s.join()
    print(label, "resumed: result", r, "full time", el >= span, "hits", len(hits))
# Handler runs but the waited-for thing arrives: join() still completes.
hits.clear()
def late():
    time.sleep(0.4)
jt = threading.Thread(target=late); jt.start()
s = threading.Thread(target=send_sigint, args=(0.1,)); s.start()
jt.join()
s.join()
print("join resumed after handler, thread alive", jt.is_alive(), "hits", len(hits))
# A handler raising another exception: it appears where main was waiting.
def raising(signum, frame):
    raise LookupError("from SIGINT handler")
signal.signal(signal.SIGINT, raising)
s = threading.Thread(target=send_sigint, args=(0.1,)); s.start()
try:
    threading.Event().wait()
except LookupError as e:
    print("handler exception out of Event.wait():", e)
s.join()
signal.signal(signal.SIGINT, signal.default_int_handler)
print("SIG_IGN/SIG_DFL values", int(signal.SIG_DFL), int(signal.SIG_IGN), type(signal.SIG_DFL).__name__)
print(signal.Signals.SIGINT.name, int(signal.Signals.SIGINT), signal.SIGINT == 2, repr(signal.SIGINT))
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print("SIGKILL handler: OSError", e.errno == 22, str(e))
for bad in (0, signal.NSIG, -1):
    try:
        signal.signal(bad, h)
    except ValueError as e:
        print("signal(%s): ValueError" % ("NSIG" if bad == signal.NSIG else bad), e)
try:
    signal.signal(signal.SIGUSR1, 42)
except TypeError as e:
    print("bad handler TypeError:", e)
