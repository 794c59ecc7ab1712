# Default names share one counter with Timer and Dummy threads; explicit,
# empty, None and non-str names; renaming; get_ident as dict key (B 14-22).
import threading, _thread

class CallNoName:
    def __call__(self):
        pass

def f():
    pass

class K:
    def meth(self):
        pass

print(threading.Thread().name)
print(threading.Thread(target=f).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(target=CallNoName()).name)
print(threading.Thread(target=K().meth).name)
print(threading.Thread(target=len).name)
print(threading.Thread(target=f, name="given").name)
print(threading.Thread(target=f, name="").name)
print(threading.Thread(target=f, name=None).name)
print(repr(threading.Thread(name=42).name))
print(repr(threading.Thread(name=3.5).name))
print(repr(threading.Thread(name=("a", 1)).name))
print(repr(threading.Thread(name=0).name))
print(repr(threading.Thread(name=False).name))
print(threading.Timer(5, f).name)
print(threading.Timer(5, lambda: None).name)
print(threading.Thread(target=f).name)

done = threading.Event()
names = []
def raw():
    names.append(threading.current_thread().name)
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(names[0])
print(threading.Thread().name)

class Sub(threading.Thread):
    pass
print(Sub().name)
print(Sub(target=f).name)

# Setting name to non-str values.
t = threading.Thread(name="x")
t.name = 7
print(repr(t.name))
t.name = None
print(repr(t.name))
t.name = ""
print(repr(t.name))

# The main thread can be renamed and the change is visible everywhere.
mt = threading.main_thread()
print(mt.name)
mt.name = "Boss"
seen = []
w = threading.Thread(target=lambda: seen.append(threading.main_thread().name))
w.start(); w.join()
print(seen, threading.current_thread().name)
mt.name = "MainThread"

# Rename while running; the thread sees the new name.
go = threading.Event(); back = threading.Event()
def rn():
    go.wait()
    seen.append(threading.current_thread().name)
    threading.current_thread().name = "self-renamed"
    back.set()
r = threading.Thread(target=rn, name="before")
r.start()
r.name = "during"
go.set(); back.wait(); r.join()
print(seen[-1], r.name)

# get_ident as dict key for per-thread data.
data = {}
lock = threading.Lock()
gate = threading.Barrier(3)
def record(i):
    gate.wait()
    with lock:
        data[threading.get_ident()] = i
    gate.wait()
ts = [threading.Thread(target=record, args=(i,)) for i in range(2)]
for x in ts:
    x.start()
gate.wait()
gate.wait()
for x in ts:
    x.join()
print("distinct keys", len(data), sorted(data.values()))
print("keys are idents", sorted(data.keys()) == sorted(x.ident for x in ts))
print("ident types", type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
