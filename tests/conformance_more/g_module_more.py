# current_thread/main_thread/enumerate/active_count/dummy threads,
# settrace/setprofile variants, stack_size variants (G 67-71).
import threading, _thread, sys

print("main", threading.current_thread() is threading.main_thread(),
      type(threading.main_thread()).__name__, threading.main_thread().name)
print("enumerate main only", threading.enumerate() == [threading.main_thread()], threading.active_count())
print("types", type(threading.enumerate()).__name__, type(threading.active_count()).__name__)

unstarted = threading.Thread()
print("unstarted excluded", unstarted not in threading.enumerate())
hold = threading.Event()
seen = {}
def w(tag):
    seen[tag] = (threading.current_thread().name, threading.main_thread() is mt)
    hold.wait()
mt = threading.main_thread()
a = threading.Thread(target=w, args=("a",), name="A")
d = threading.Thread(target=w, args=("d",), name="D", daemon=True)
a.start(); d.start()
names = sorted(t.name for t in threading.enumerate())
print("alive", names, threading.active_count() == len(threading.enumerate()))
hold.set(); a.join(); d.join()
print("after", sorted(t.name for t in threading.enumerate()), threading.active_count())
print("seen", sorted(seen.items()))

# current_thread in a worker is the Thread object (a subclass too).
class Sub(threading.Thread):
    def run(self):
        self.me = threading.current_thread() is self
s = Sub(); s.start(); s.join()
print("subclass current_thread is self", s.me)

# Dummy thread from _thread: repr and names.
done = threading.Event()
info = []
def raw():
    ct = threading.current_thread()
    info.append(type(ct).__name__)
    r = repr(ct).replace(str(ct.ident), "IDENT")
    info.append(r.split(",")[1].strip() if "," in r else r)
    info.append(ct.ident == _thread.get_ident())
    info.append(ct.native_id == threading.get_native_id())
    info.append(ct.is_alive())
    for attempt in (lambda: ct.join(), lambda: ct.join(0)):
        try:
            attempt()
        except AssertionError as e:
            info.append("join AssertionError: %s" % e)
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print("dummy", info)

# settrace: call events of a nested function in the thread, tracer returns None
# (no line events), gettrace inside, main unaffected; running thread unaffected.
ev = []
def tr(frame, event, arg):
    ev.append((event, frame.f_code.co_name))
    return None
def inner():
    return 1
def outer():
    inner()
running_gate = threading.Event()
running_cont = threading.Event()
res_running = []
def already_running():
    running_gate.set()
    running_cont.wait()
    res_running.append(sys.gettrace())
r = threading.Thread(target=already_running); r.start(); running_gate.wait()
threading.settrace(tr)
print("gettrace", threading.gettrace() is tr, sys.gettrace())
t = threading.Thread(target=outer); t.start(); t.join()
running_cont.set(); r.join()
threading.settrace(None)
print("events", [e for e in ev if e[1] in ("outer", "inner")])
print("already running thread unaffected", res_running)
print("gettrace after None", threading.gettrace())

pev = []
def prof(frame, event, arg):
    if frame.f_code.co_name in ("outer", "inner"):
        pev.append((event, frame.f_code.co_name))
threading.setprofile(prof)
t = threading.Thread(target=outer); t.start(); t.join()
threading.setprofile(None)
print("profile", pev)
print("getprofile after None", threading.getprofile(), sys.getprofile())

# line events with a local tracer
lev = []
def ltr(frame, event, arg):
    if frame.f_code.co_name == "lines":
        lev.append(event)
        return ltr
    return None
def lines():
    a = 1
    b = 2
    return a + b
threading.settrace(ltr)
t = threading.Thread(target=lines); t.start(); t.join()
threading.settrace(None)
print("line events", lev)

# stack_size
print("stack_size initial", threading.stack_size())
print(threading.stack_size(65536), threading.stack_size(1 << 20), threading.stack_size(0))
for bad in (32767, 1, -5):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print("stack_size(%d) ValueError" % bad, e)
for bad in ("x", 1.5, None):
    try:
        threading.stack_size(bad)
    except TypeError:
        print("stack_size(%r) TypeError" % (bad,))
print("unchanged", threading.stack_size())
try:
    threading.stack_size(0, 1)
except TypeError:
    print("two args TypeError")
threading.stack_size(1 << 20)
out = []
t = threading.Thread(target=lambda: out.append(sum(range(100))))
t.start(); t.join()
print("ran with 1 MiB stack", out, threading.stack_size())
