# examples/gil/race_ticks.py: the lost update, replayed exactly with ticks:N.
#
#   gilpy -X gilpolicy=ticks:100 examples/gil/race_ticks.py
#
# Two threads run `counter = counter + step()` N times each.  Under ticks:N a
# thread switches at every N-th eval-breaker check (a backward jump or a
# call), counted per thread, and waiters are served in order: with no
# blocking call in the race, the interleaving, and so the number of lost
# updates, is the same on every run.  `dis` marks the switch points: the
# call to step() falls between the load of `counter` and its store.
import _thread
import sys

N = 20000
counter = 0
arrived = 0


def step():
    return 1


def add(done, lock):
    global counter, arrived
    arrived += 1
    while arrived < 2:  # wait for the other thread without blocking
        pass
    for i in range(N):
        if lock:
            with lock:
                counter = counter + step()
        else:
            counter = counter + step()
    done.release()


def race(lock):
    global counter, arrived
    counter = 0
    arrived = 0
    dones = [_thread.allocate_lock() for i in range(2)]
    for d in dones:
        d.acquire()
    for d in dones:
        _thread.start_new_thread(add, (d, lock))
    for d in dones:
        d.acquire()
    return counter


if "--dis" in sys.argv:
    import dis
    dis.dis(add)
got = race(None)
print("without a lock: %d of %d, %d updates lost" % (got, 2 * N, 2 * N - got))
got = race(_thread.allocate_lock())
print("with a lock:    %d of %d, %d updates lost" % (got, 2 * N, 2 * N - got))
