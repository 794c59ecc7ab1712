# 1000 threads started and joined, in batches of 50 alive at once.
import _thread
import threading

done = []
lock = threading.Lock()


def work(k):
    with lock:
        done.append(k)


for base in range(0, 1000, 50):
    batch = [threading.Thread(target=work, args=(base + i,)) for i in range(50)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
print(len(done), sorted(done) == list(range(1000)), threading.active_count(), _thread._count())
