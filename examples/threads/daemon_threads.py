# examples/threads/daemon_threads.py: daemon threads do not keep the program alive.
# SPDX-License-Identifier: MIT
#
# A daemon thread is abandoned when the last non-daemon thread ends: here it
# waits forever, and the program still exits (its finally: never runs).
# daemon is inherited from the creating thread and must be set before
# start().  The output is fixed.
import threading

forever = threading.Event()
running = threading.Event()


def background():
    running.set()
    try:
        forever.wait()
    finally:
        print("never printed: daemon threads are not cleaned up")


d = threading.Thread(target=background, name="bg", daemon=True)
print("daemon flag:", d.daemon)
d.start()
running.wait()
print("main thread daemon:", threading.main_thread().daemon)

try:
    d.daemon = False
except RuntimeError as e:
    print("changing daemon after start:", e)


def child():
    inner = threading.Thread(target=lambda: None)
    print("thread created in a daemon thread is daemon:", inner.daemon)


c = threading.Thread(target=child, daemon=True)
c.start()
c.join()
print("main exits while", d.name, "is still alive:", d.is_alive())
