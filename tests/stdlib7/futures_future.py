# concurrent.futures.Future on its own: states, result/exception, callbacks, cancel.
import concurrent.futures as cf
import threading

f = cf.Future()
print(f.done(), f.running(), f.cancelled(), repr(f).split(" state=")[1])
try:
    f.result(timeout=0)
except cf.TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError, repr(e))
try:
    f.exception(timeout=0.01)
except TimeoutError:
    print("exception(timeout) TimeoutError")
print(f.set_running_or_notify_cancel(), f.running(), f.cancel(), repr(f).split(" state=")[1])
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
f.add_done_callback(lambda fut: calls.append(("cb2", fut.done())))
f.set_result(42)
print(calls, f.result(), f.exception(), f.done(), f.running())
print(repr(f).split(" state=")[1])
f.add_done_callback(lambda fut: calls.append("late"))
print(calls[-1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

g = cf.Future()
g.set_exception(ValueError("bad"))
print(repr(g.exception()), repr(g).split(" state=")[1])
try:
    g.result()
except ValueError as e:
    print("result() raised", repr(e))

c = cf.Future()
print(c.cancel(), c.cancelled(), c.done(), c.cancel())
for meth in (c.result, c.exception):
    try:
        meth()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
print(c.set_running_or_notify_cancel())
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.TimeoutError is TimeoutError)

# result(timeout) wakes up when another thread sets the result.
h = cf.Future()
t = threading.Thread(target=lambda: h.set_result("from thread"))
t.start()
print(h.result(timeout=10))
t.join()

# A callback raising is logged (on stderr) and does not stop the others.
import io, sys
saved = sys.stderr
sys.stderr = io.StringIO()
k = cf.Future()
k.add_done_callback(lambda fut: 1 / 0)
k.add_done_callback(lambda fut: print("second callback still runs"))
k.set_result(None)
err = sys.stderr.getvalue()
sys.stderr = saved
print(err.splitlines()[0].split(" at ")[0], "ZeroDivisionError" in err)
