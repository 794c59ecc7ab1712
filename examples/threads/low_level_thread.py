# examples/threads/low_level_thread.py: the _thread module used directly.
# SPDX-License-Identifier: MIT
#
# _thread.start_new_thread(function, args) starts a thread and returns its
# ident; there is no join, so a lock acquired by the starter and released
# by the thread signals the end.  allocate_lock() gives a plain lock with
# acquire(blocking, timeout).  Fixed output.
import _thread

results = []
guard = _thread.allocate_lock()
finished = []


def worker(n, done):
    with guard:
        results.append(n * n)
    finished.append(_thread.get_ident())
    done.release()


done_locks = []
for n in range(4):
    done = _thread.allocate_lock()
    done.acquire()
    ident = _thread.start_new_thread(worker, (n, done))
    done_locks.append((done, ident))

for done, ident in done_locks:
    done.acquire()                   # blocks until that worker released it
print("squares:", sorted(results))
print("start_new_thread returned the thread's ident:",
      sorted(ident for _, ident in done_locks) == sorted(finished))

lock = _thread.allocate_lock()
print("acquire:", lock.acquire(), "| locked:", lock.locked())
print("second acquire without blocking:", lock.acquire(False))
print("with timeout 0.05:", lock.acquire(timeout=0.05))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("release an unlocked lock:", e)
print("_thread.error is RuntimeError:", _thread.error is RuntimeError)
print("main ident is an int:", isinstance(_thread.get_ident(), int))
