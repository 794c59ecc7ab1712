# examples/threads/lifecycle.py: a thread's life: created, running, terminated.
# SPDX-License-Identifier: MIT
#
# Python has no state enum; you look at ident and is_alive().  start() may be
# called only once; run() called directly runs in the caller's thread.  Events
# make the moments we look at the thread certain, so the output is fixed.
import threading

started = threading.Event()
release = threading.Event()


def work():
    started.set()
    release.wait()


t = threading.Thread(target=work, name="life")


def state(th):
    if th.ident is None:
        return "created"
    return "running" if th.is_alive() else "terminated"


print("1:", state(t), "| is_alive:", t.is_alive())
t.start()
started.wait()
print("2:", state(t), "| is_alive:", t.is_alive())
print("  repr while running contains 'started':", "started" in repr(t))
release.set()
t.join()
print("3:", state(t), "| is_alive:", t.is_alive())
print("  repr after join contains 'stopped':", "stopped" in repr(t))

try:
    t.start()
except RuntimeError as e:
    print("start() twice:", e)

# run() is an ordinary method: no new thread.
r = threading.Thread(target=lambda: print("run() executes in", threading.current_thread().name))
r.run()
# A thread can be renamed at any time.
r.name = "renamed"
print("new name:", r.name)
print("current thread:", threading.current_thread().name,
      "| is main thread:", threading.current_thread() is threading.main_thread())
print("active threads:", threading.active_count())
