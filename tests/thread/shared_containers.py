# 8 threads append to one list and update one dict and one set: no element is lost.
import threading

items, table, seen = [], {}, set()


def work(k):
    for i in range(5000):
        items.append((k, i))
        table[(k, i)] = i
        seen.add(k * 10000 + i)


threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items), len(table), len(seen))
print(sorted(items) == [(k, i) for k in range(8) for i in range(5000)])
print(sum(table.values()), sum(seen) == sum(k * 10000 + i for k in range(8) for i in range(5000)))
