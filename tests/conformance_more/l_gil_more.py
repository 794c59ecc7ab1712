# sys.getswitchinterval/setswitchinterval details and GIL preemption (L 109-111).
import sys, threading

print("default", sys.getswitchinterval())
for v in (0.001, 1, 0.0000015, 1e-6, True, 0.5):
    r = sys.setswitchinterval(v)
    print("set", v, "->", r, abs(sys.getswitchinterval() - v) < 1e-6, type(sys.getswitchinterval()).__name__)
for bad in (0, -1, 0.0, -0.001, False):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("set", bad, "ValueError", e, sys.getswitchinterval())
for bad in ("0.1", None, [1]):
    try:
        sys.setswitchinterval(bad)
    except TypeError:
        print("set", repr(bad), "TypeError")
try:
    sys.setswitchinterval()
except TypeError:
    print("no arg TypeError")
try:
    sys.setswitchinterval(interval=0.1)
except TypeError:
    print("keyword TypeError")
sys.setswitchinterval(0.005)

# A spinning worker does not starve main; main does not starve the worker.
stop = threading.Event()
count = [0]
def spin():
    while not stop.is_set():
        count[0] += 1
t = threading.Thread(target=spin); t.start()
n = 0
while count[0] < 1000:
    n += 1
stop.set(); t.join()
print("both ran", count[0] >= 1000, n >= 0)

# Two spinning workers both make progress while main waits.
counts = [0, 0]
stop2 = threading.Event()
def spin2(i):
    while not stop2.is_set():
        counts[i] += 1
ws = [threading.Thread(target=spin2, args=(i,)) for i in range(2)]
for w in ws:
    w.start()
while min(counts) < 1000:
    pass
stop2.set()
for w in ws:
    w.join()
print("two spinners progressed", min(counts) >= 1000)

# Atomic ops: dict setitem and list.pop from many threads.
d = {}
def fill(base):
    for i in range(5000):
        d[base + i] = i
ts = [threading.Thread(target=fill, args=(k * 100000,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("dict size", len(d))
items = list(range(20000))
popped = []
def popper():
    while True:
        try:
            popped.append(items.pop())
        except IndexError:
            return
ts = [threading.Thread(target=popper) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("popped", len(popped), len(set(popped)))
lock = threading.Lock()
total = [0]
def add():
    for i in range(5000):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=add) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("locked total", total[0])
