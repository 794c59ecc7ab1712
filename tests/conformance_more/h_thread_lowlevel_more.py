# _thread.start_new_thread argument errors, unraisable variants (custom hook,
# hook that raises, exception without message, bound method object),
# SystemExit / _thread.exit silence, allocate_lock, interrupt_main variants (H 73-82).
import _thread, threading, sys, signal, time

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

def f(*a, **k):
    pass

for args in [(f, [1]), (f, 1), (f, None), (1, ()), (f, (), []), (f, (), 1), (f,), ()]:
    try:
        _thread.start_new_thread(*args)
        print("accepted", args)
    except TypeError as e:
        print("TypeError", len(args), "args:", e)
try:
    _thread.start_new_thread(f, (), {}, 1)
except TypeError as e:
    print("4 args TypeError")
try:
    _thread.start_new_thread(function=f, args=())
except TypeError as e:
    print("keywords TypeError")

# Empty kwargs dict and a dict subclass are fine; returns the ident.
done = threading.Event()
box = []
def g(x, y=0):
    box.append((x, y, _thread.get_ident()))
    done.set()
class D(dict):
    pass
ident = _thread.start_new_thread(g, (1,), D(y=4))
done.wait()
print("dict subclass kwargs", box[0][:2], box[0][2] == ident, type(ident).__name__)
done.clear()
_thread.start_new_thread(g, (2,), {})
done.wait()
print("empty kwargs", box[1][:2])
print("start_new alias", _thread.start_new is _thread.start_new_thread if hasattr(_thread, "start_new") else True)

# Unraisable: custom hook gets args; default formatting of a no-message exception.
got = []
ev = threading.Event()
def hook(u):
    got.append((u.exc_type.__name__, repr(u.exc_value), u.err_msg, u.object is target,
                threading.current_thread() is not threading.main_thread()))
    sys.__unraisablehook__(u)
    ev.set()
class Quiet(Exception):
    pass
def target():
    raise Quiet
cap = Capture()
real = sys.stderr
sys.stderr = cap
sys.unraisablehook = hook
_thread.start_new_thread(target, ())
ev.wait()
ev.clear()
print(got)
lines = cap.lines()
print(lines[0].split(" at 0x")[0], "|", lines[1], "|", lines[-1])

# Object is a bound method: the repr shows it.
class Obj:
    def meth(self):
        raise LookupError("from method")
    def __repr__(self):
        return "<Obj>"
o = Obj()
def hook2(u):
    got.append((u.object == o.meth, repr(u.object).startswith("<bound method Obj.meth of <Obj>>")))
    ev.set()
sys.unraisablehook = hook2
_thread.start_new_thread(o.meth, ())
ev.wait(); ev.clear()
print(got[-1])

# A hook that raises: reported with the default format, as "Exception ignored in sys.unraisablehook".
def bad_hook(u):
    ev.set()
    raise OSError("hook broken")
cap2 = Capture()
sys.stderr = cap2
sys.unraisablehook = bad_hook
fin = threading.Event()
def target2():
    try:
        raise ValueError("original")
    finally:
        pass
def runner():
    try:
        target2()
    finally:
        pass
lk = _thread.allocate_lock()
lk.acquire()
def wrapper():
    try:
        target2()
    finally:
        lk.release()
_thread.start_new_thread(target2, ())
ev.wait()
time.sleep(0.2)
sys.stderr = real
sys.unraisablehook = sys.__unraisablehook__
lines = cap2.lines()
print("bad hook report first:", lines[0].split(": <function")[0])
print("bad hook report last:", lines[-1])

# SystemExit variants are silent, finally runs, hook not called.
calls = []
sys.unraisablehook = lambda u: calls.append(u.exc_type.__name__)
ev.clear()
fins = []
def ex(kind):
    try:
        if kind == 0:
            sys.exit()
        elif kind == 1:
            sys.exit(3)
        elif kind == 2:
            _thread.exit()
        elif kind == 3:
            raise SystemExit("msg")
        else:
            _thread.exit_thread()
    finally:
        fins.append(kind)
        ev.set()
for k in range(5):
    _thread.start_new_thread(ex, (k,))
    ev.wait(); ev.clear()
time.sleep(0.1)
sys.unraisablehook = sys.__unraisablehook__
print("finally ran", fins, "hook calls", calls)
try:
    _thread.exit()
except SystemExit as e:
    print("_thread.exit() in main raises SystemExit", e.args, e.code)

# allocate_lock in with, from a _thread thread.
L = _thread.allocate_lock()
with L:
    print("with allocate_lock", L.locked())
print("after", L.locked(), type(L) is _thread.LockType)

# interrupt_main: types and the SIGINT handler from the main thread.
signal.signal(signal.SIGINT, signal.default_int_handler)
for bad in ("x", 1.5):
    try:
        _thread.interrupt_main(bad)
    except TypeError:
        print("interrupt_main(%r) TypeError" % (bad,))
hits = []
def h(signum, frame):
    hits.append(signum)
old = signal.signal(signal.SIGUSR2, h)
print("old handler is SIG_DFL", old == signal.SIG_DFL)
_thread.interrupt_main(signal.SIGUSR2)
end = time.monotonic() + 10
while not hits and time.monotonic() < end:
    time.sleep(0.01)
print("SIGUSR2 handled", hits == [signal.SIGUSR2])
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR2)
time.sleep(0.05)
print("ignored: hits still", len(hits))
def raising(signum, frame):
    raise ArithmeticError("from handler %d" % (signum == signal.SIGINT))
try:
    _thread.interrupt_main(signum=signal.SIGINT)
except TypeError as e:
    print("keyword signum:", e)
signal.signal(signal.SIGINT, raising)
try:
    _thread.interrupt_main(signal.SIGINT)
    for i in range(1000):
        time.sleep(0.01)
except ArithmeticError as e:
    print("handler exception in main:", e)
signal.signal(signal.SIGINT, signal.default_int_handler)
