# Locks handed between threads many times, as fast as they go: ping-pong
# through two locks, through Events and through a Condition; a mutual
# exclusion check among 4 threads; timed acquires that compete with
# holders.  Nothing may be lost, doubled or taken by two threads at once.
import threading

ROUNDS = 20000


def lock_pingpong():
    ping, pong = threading.Lock(), threading.Lock()
    ping.acquire()
    pong.acquire()
    seen = []

    def other():
        for i in range(ROUNDS):
            ping.acquire()
            seen.append(i)
            pong.release()

    t = threading.Thread(target=other)
    t.start()
    for i in range(ROUNDS):
        ping.release()
        pong.acquire()
    t.join()
    print("locks:", len(seen), seen == list(range(ROUNDS)))


def event_pingpong():
    e1, e2 = threading.Event(), threading.Event()
    n = [0]

    def other():
        for i in range(ROUNDS // 10):
            e1.wait()
            e1.clear()
            n[0] += 1
            e2.set()

    t = threading.Thread(target=other)
    t.start()
    for i in range(ROUNDS // 10):
        e1.set()
        e2.wait()
        e2.clear()
    t.join()
    print("events:", n[0])


def condition_counter():
    cv = threading.Condition()
    box = [0]

    def bump(parity):
        for i in range(ROUNDS // 20):
            with cv:
                while box[0] % 2 != parity:
                    cv.wait()
                box[0] += 1
                cv.notify_all()

    ts = [threading.Thread(target=bump, args=(p,)) for p in (0, 1)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("condition:", box[0])


def exclusion():
    lock = threading.Lock()
    inside = [0]
    bad = [0]
    total = [0]

    def worker():
        for i in range(ROUNDS // 4):
            with lock:
                inside[0] += 1
                if inside[0] != 1:
                    bad[0] += 1
                total[0] += 1
                inside[0] -= 1

    ts = [threading.Thread(target=worker) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("exclusion:", total[0], bad[0])


def timed():
    lock = threading.Lock()
    got = [0, 0]

    def worker():
        for i in range(500):
            if lock.acquire(timeout=0.0005):
                got[0] += 1
                lock.release()
            else:
                got[1] += 1

    ts = [threading.Thread(target=worker) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("timed:", got[0] + got[1], lock.locked())
    # a timed acquire against a holder that keeps the lock must fail, and
    # one that outlasts the holder must succeed
    lock.acquire()
    res = []
    t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=0.01)))
    t.start()
    t.join()
    t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=5)))
    t.start()
    lock.release()
    t.join()
    print("timed against a holder:", res, lock.locked())


lock_pingpong()
event_pingpong()
condition_counter()
exclusion()
timed()
