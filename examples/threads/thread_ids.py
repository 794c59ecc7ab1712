# examples/threads/thread_ids.py: Python thread ids (ident) and OS thread ids (native_id).
# SPDX-License-Identifier: MIT
#
# threading.get_ident() is the interpreter's id for the running thread;
# threading.get_native_id() is the kernel's (what top/ps show).  A Thread's
# .ident and .native_id are None until start().  The ids themselves change
# from run to run, so this example prints facts about them, not the numbers.
import threading

seen = {}


def record(label):
    me = threading.current_thread()
    seen[label] = (threading.get_ident(), threading.get_native_id(), me.ident, me.native_id)


t = threading.Thread(target=record, args=("worker",), name="worker")
print("before start: ident =", t.ident, "native_id =", t.native_id)
t.start()
t.join()
record("main")

w_ident, w_native, w_attr_ident, w_attr_native = seen["worker"]
m_ident, m_native, m_attr_ident, m_attr_native = seen["main"]
print("ident is an int:", isinstance(w_ident, int))
print("native_id is an int:", isinstance(w_native, int))
print("Thread.ident == get_ident() inside the thread:", w_attr_ident == w_ident)
print("Thread.native_id == get_native_id() inside the thread:", w_attr_native == w_native)
print("after join, t.ident still set:", t.ident == w_ident)
print("worker and main idents differ:", w_ident != m_ident)
print("worker and main native ids differ:", w_native != m_native)
print("main_thread().ident == main's get_ident():", threading.main_thread().ident == m_ident)

# threading.enumerate() lists the live threads; only the main thread is left.
for th in threading.enumerate():
    print("alive:", th.name, "ident set:", th.ident is not None)
