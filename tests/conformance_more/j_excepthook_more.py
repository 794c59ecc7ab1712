# threading.excepthook variants (J 94-101).
import threading, sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
    def lines(self):
        return "".join(self.parts).splitlines()

old = sys.stderr
print("initial", threading.excepthook is threading.__excepthook__)
A = threading.ExceptHookArgs
print("ExceptHookArgs name", A.__name__, isinstance(A((1, 2, 3, 4)), tuple))
a = A([ValueError, ValueError("v"), None, None])
print(a.exc_type.__name__, repr(a.exc_value), a.exc_traceback, a.thread, len(a), a[0].__name__)
print(repr(A((1, 2, 3, 4))))
for bad in ((1, 2, 3), (1, 2, 3, 4, 5)):
    try:
        A(bad)
    except TypeError as e:
        print("TypeError", e)

got = []
def hook(args):
    got.append((type(args).__name__, args.exc_type.__name__, str(args.exc_value),
                args.exc_traceback is not None, args.thread.name,
                threading.current_thread() is args.thread))

# Subclass overriding run(): thread is the subclass instance.
class Runner(threading.Thread):
    def run(self):
        raise OSError("from run")
threading.excepthook = hook
r = Runner(name="runner")
r.start(); r.join()
# SystemExit reaches a custom hook; KeyboardInterrupt too.
def se():
    sys.exit(9)
def ki():
    raise KeyboardInterrupt
for fn in (se, ki):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start(); t.join()
threading.excepthook = threading.__excepthook__
for g in got:
    print(g)

# Hook looked up at exception time (set inside the thread).
late = []
def sets_hook_then_fails():
    threading.excepthook = lambda a: late.append(a.exc_type.__name__)
    raise IndexError
t = threading.Thread(target=sets_hook_then_fails); t.start(); t.join()
threading.excepthook = threading.__excepthook__
print("late hook", late)

# excepthook (or sys.excepthook) None when a Thread is created: RuntimeError.
threading.excepthook = None
try:
    threading.Thread()
except RuntimeError as e:
    print("Thread() with excepthook None:", e)
threading.excepthook = threading.__excepthook__
sys.excepthook = None
try:
    threading.Thread()
except RuntimeError as e:
    print("Thread() with sys.excepthook None:", e)
sys.excepthook = sys.__excepthook__
# Set to None after creation: the hook current at creation is used.
fallback = []
threading.excepthook = lambda a: fallback.append(a.exc_type.__name__)
t = threading.Thread(target=lambda: 1 / 0, name="none-hook")
threading.excepthook = None
t.start(); t.join()
threading.excepthook = threading.__excepthook__
print("None hook falls back to the creation-time hook:", fallback)

# Default hook: renamed thread, module-qualified class, chained exceptions,
# message-less exception.
class Custom(Exception):
    __module__ = "pkg.mod"
def chained():
    threading.current_thread().name = "renamed-in-run"
    try:
        {}["k"]
    except KeyError:
        raise Custom("second")
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=chained, name="orig"); t.start(); t.join()
sys.stderr = old
lines = cap.lines()
print(lines[0])
print([l for l in lines if not l.startswith(" ")])

class Outer:
    class Inner(Exception):
        pass
def nested_cls():
    raise Outer.Inner()
cap = Capture(); sys.stderr = cap
t = threading.Thread(target=nested_cls, name="nested"); t.start(); t.join()
sys.stderr = old
print(cap.lines()[-1])

# sys.stderr None when the hook runs: the thread's stderr at creation is used.
cap = Capture(); sys.stderr = cap
go = threading.Event(); ready = threading.Event()
def later_fail():
    ready.set()
    go.wait()
    raise ValueError("with stderr None")
t = threading.Thread(target=later_fail, name="saved-stderr")
sys.stderr = old
t.start(); ready.wait()
sys.stderr = None
go.set(); t.join()
sys.stderr = old
print("saved stderr used:", cap.lines()[0], "|", cap.lines()[-1])

# Hook that raises: "Exception in threading.excepthook:" then sys.excepthook.
seen = []
def sys_hook(tp, val, tb):
    seen.append((tp.__name__, str(val), threading.current_thread().name))
def bad_hook(args):
    raise TypeError("hook failed for %s" % args.exc_type.__name__)
cap = Capture(); sys.stderr = cap
sys.excepthook = sys_hook
threading.excepthook = bad_hook
t = threading.Thread(target=lambda: [][1], name="bad-hook"); t.start(); t.join()
threading.excepthook = threading.__excepthook__
sys.excepthook = sys.__excepthook__
sys.stderr = old
print(cap.lines(), seen)

# sys.excepthook is not used for thread exceptions.
used = []
sys.excepthook = lambda *a: used.append(1)
cap = Capture(); sys.stderr = cap
t = threading.Thread(target=lambda: int("x"), name="int"); t.start(); t.join()
sys.stderr = old
sys.excepthook = sys.__excepthook__
print("sys.excepthook used:", used, cap.lines()[-1])

# Default hook ignores SystemExit of any kind.
import _thread
cap = Capture(); sys.stderr = cap
for fn in (lambda: sys.exit("text"), lambda: _thread.exit(), lambda: (_ for _ in ()).throw(SystemExit(2))):
    t = threading.Thread(target=fn); t.start(); t.join()
sys.stderr = old
print("SystemExit output:", cap.lines())
# Calling the default hook directly.
cap = Capture()
sys.stderr = cap
try:
    raise ZeroDivisionError("direct")
except ZeroDivisionError:
    tp, val, tb = sys.exc_info()
threading.excepthook(A((tp, val, tb, None)))
sys.stderr = old
print("thread None ->", cap.lines()[0].startswith("Exception in thread "), cap.lines()[-1])
cap = Capture(); sys.stderr = cap
threading.excepthook(A((ValueError, None, None, threading.main_thread())))
sys.stderr = old
print("value None ->", cap.lines())
