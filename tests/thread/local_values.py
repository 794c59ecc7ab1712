# threading.local keeps one value per thread; a subclass's __init__ runs once per thread.
import threading

data = threading.local()
data.x = "main"


class Counter(threading.local):
    def __init__(self, start):
        self.n = start


counter = Counter(100)
results = {}


def work(k):
    print_missing = not hasattr(data, "x")
    data.x = k
    for i in range(k):
        counter.n += 1
    results[k] = (print_missing, data.x, counter.n)


threads = [threading.Thread(target=work, args=(k,)) for k in range(1, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print(data.x, counter.n)
