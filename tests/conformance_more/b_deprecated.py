# getName/setName/isDaemon/setDaemon, currentThread, activeCount, Event.isSet,
# Condition.notifyAll still work but emit DeprecationWarning (B 18).
import threading, warnings

def check(label, fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        result = fn()
    cats = [x.category.__name__ for x in w]
    msgs = [str(x.message) for x in w]
    print(label, "->", repr(result), cats, msgs)
    for x in w:
        print("  filename is this script:", x.filename.endswith("b_deprecated.py"))

t = threading.Thread(name="dep")
check("getName", t.getName)
check("setName", lambda: t.setName("dep2"))
print("name now", t.name)
check("isDaemon", t.isDaemon)
check("setDaemon", lambda: t.setDaemon(True))
print("daemon now", t.daemon)
check("currentThread", lambda: threading.currentThread() is threading.main_thread())
check("activeCount", lambda: threading.activeCount() == threading.active_count())
e = threading.Event()
check("isSet", e.isSet)
e.set()
check("isSet after set", e.isSet)
c = threading.Condition()
def na():
    with c:
        return c.notifyAll()
check("notifyAll", na)

# With the default filters these warnings are not shown for __main__? They are:
# DeprecationWarning is shown by default when triggered in __main__.
import sys
class Cap:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
cap = Cap()
old = sys.stderr
sys.stderr = cap
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        t.getName()
    except DeprecationWarning as ex:
        print("as error:", ex)
sys.stderr = old
# setDaemon on a started thread still raises after warning.
s = threading.Thread(target=lambda: None)
s.start(); s.join()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        s.setDaemon(True)
    except RuntimeError as ex:
        print("setDaemon started:", ex, len(w))
