# A token passes around a ring of 20 threads through locks, 50 laps: each
# thread waits on its own lock and releases its neighbour's.
import threading

N, LAPS = 20, 50
locks = [threading.Lock() for i in range(N)]
for l in locks:
    l.acquire()
order = []


def member(k):
    for lap in range(LAPS):
        locks[k].acquire()
        order.append(k)
        locks[(k + 1) % N].release()


threads = [threading.Thread(target=member, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
locks[0].release()
for t in threads:
    t.join()
print(len(order), order == list(range(N)) * LAPS)
