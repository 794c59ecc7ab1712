# 300 threads started and joined; 8 threads appending to one list and updating
# one dict without losing anything; a counter exact under a Lock.
import threading
ts = [threading.Thread(target=lambda: None) for i in range(300)]
for t in ts: t.start()
for t in ts: t.join()
print("joined", sum(1 for t in ts if not t.is_alive()), "active", threading.active_count())
lst, d = [], {}
lock = threading.Lock()
count = [0]
def work(k):
    for i in range(5000):
        lst.append(i)
        d[(k, i)] = i
        with lock:
            count[0] += 1
ws = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for w in ws: w.start()
for w in ws: w.join()
print(len(lst), len(d), count[0])
