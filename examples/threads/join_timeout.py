# examples/threads/join_timeout.py: join() with a timeout returns None; check is_alive().
# SPDX-License-Identifier: MIT
#
# Unlike Java, join() does not say whether the thread ended: ask is_alive().
# The worker waits for an Event, so the first join must time out.  Fixed output.
import threading
import time

go = threading.Event()
t = threading.Thread(target=go.wait, name="slow")
t.start()

start = time.monotonic()
result = t.join(timeout=0.1)
waited = time.monotonic() - start
print("join(timeout=0.1) returned", result)
print("waited at least 0.1s:", waited >= 0.1)
print("still alive after the timeout:", t.is_alive())

go.set()
t.join()
print("alive after a full join:", t.is_alive())

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("joining yourself:", e)
