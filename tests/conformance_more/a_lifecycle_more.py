# More Thread lifecycle cases: start/join return values, args sequences,
# subclass run() overriding target, super().run(), run() called directly,
# start twice, missing __init__, repr in every state (checklist A 1-13).
import threading

def norm(t):
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "IDENT")
    return r

out = []
def target(*a, **k):
    out.append((a, sorted(k.items())))

t = threading.Thread(target=target, args=[1, 2], kwargs={"x": 3})
print("start returns", t.start())
print("join returns", t.join())
print("got", out)

out.clear()
t = threading.Thread(target=target, args=(), kwargs=None)
t.start(); t.join()
print("empty args", out)

out.clear()
t = threading.Thread(target=target, args="ab")
t.start(); t.join()
print("str args", out)

out.clear()
t = threading.Thread(target=target, args=range(3))
t.start(); t.join()
print("range args", out)

t = threading.Thread()
t.start(); t.join()
print("no target alive", t.is_alive())

# Keyword-only daemon.
try:
    threading.Thread(None, None, None, (), None, True)
except TypeError as e:
    print("positional daemon: TypeError")

class Over(threading.Thread):
    def run(self):
        out.append("Over.run")

out.clear()
o = Over(target=lambda: out.append("target"))
o.start(); o.join()
print("override ignores target", out)

class Chain(threading.Thread):
    def __init__(self, tag, **kw):
        super().__init__(**kw)
        self.tag = tag
    def run(self):
        out.append("before " + self.tag)
        super().run()
        out.append("after " + self.tag)

out.clear()
c = Chain("c1", target=out.append, args=("inner",))
c.start(); c.join()
print("super().run()", out)
print("name of Chain", c.name.startswith("Thread-"), c.name.endswith(" (append)"))

# run() directly: no thread.
out.clear()
d = threading.Thread(target=lambda: out.append(threading.current_thread() is threading.main_thread()))
d.run()
print("direct run in main", out, d.ident, d.is_alive())
print(norm(d))
try:
    d.run()
except AttributeError as e:
    print("second direct run: AttributeError")
# start() after direct run: it still starts (run was consumed, so AttributeError
# inside the thread goes to excepthook).
caught = []
old = threading.excepthook
threading.excepthook = lambda a: caught.append(a.exc_type.__name__)
d.start(); d.join()
threading.excepthook = old
print("start after direct run:", caught)

# start twice.
t = threading.Thread(target=lambda: None)
t.start(); t.join()
for i in range(2):
    try:
        t.start()
    except RuntimeError as e:
        print("start again:", e)

class NoInit(threading.Thread):
    def __init__(self):
        pass

n = NoInit()
for meth in ("start", "join"):
    try:
        getattr(n, meth)()
    except RuntimeError as e:
        print(meth, "->", e)
try:
    n.daemon = True
except RuntimeError as e:
    print("daemon set ->", e)
for attr in ("name", "ident", "daemon"):
    try:
        getattr(n, attr)
    except AssertionError as e:
        print(attr, "-> AssertionError", e)
try:
    n.is_alive()
except AssertionError as e:
    print("is_alive -> AssertionError", e)
try:
    repr(n)
except AssertionError as e:
    print("repr -> AssertionError", e)

class Late(threading.Thread):
    def __init__(self):
        self.x = 1
        threading.Thread.__init__(self, name="late")
l = Late()
print("late init", l.name, l.x)

for g in (0, "", False, object()):
    try:
        threading.Thread(group=g)
    except AssertionError as e:
        print("group", type(g).__name__, "->", e)

# repr states with daemon
ev = threading.Event()
t = threading.Thread(target=ev.wait, name="RR", daemon=True)
print(norm(t))
t.start()
print(norm(t))
ev.set(); t.join()
print(norm(t))
class MyT(threading.Thread):
    pass
m = MyT(name="m")
print(norm(m))
m.name = "renamed"
print(norm(m))
print(repr(threading.Timer(1, print)).split(",")[0].split("(")[0])
