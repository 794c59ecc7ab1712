# examples/gil/lost_update.py: the GIL does not make `x += 1` atomic.
#
# Two threads add 1 to a shared counter 200000 times each, as
# `counter = counter + step()`.  The GIL only changes hands at backward jumps
# and calls, and the call to step() sits between the load of `counter` and
# the store of the sum: when a switch falls there, the other thread's updates
# made meanwhile are overwritten.  Without a lock the total usually comes out
# short; with the lock it is always exact.
import _thread
import gil

N = 200000
counter = 0


def step():
    return 1


def add(n, use_lock, lock, done):
    global counter
    for i in range(n):
        if use_lock:
            with lock:
                counter = counter + step()
        else:
            counter = counter + step()
    done.release()


def run(use_lock):
    global counter
    counter = 0
    lock = _thread.allocate_lock()
    dones = [_thread.allocate_lock() for i in range(2)]
    for d in dones:
        d.acquire()
        _thread.start_new_thread(add, (N, use_lock, lock, d))
    for d in dones:
        d.acquire()
    return counter


lost = 2 * N - run(False)
print("without a lock:", "lost some updates" if lost else "lost none this time")
print("with a lock:   ", run(True) == 2 * N and "exact" or "WRONG")
total = gil.stats()["total"]
print("GIL hand-offs forced by a waiting thread:", total["forced_drops"])
