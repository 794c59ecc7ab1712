# Threads importing the same module wait for its body to finish (CPython's
# module locks); two threads importing each other's modules do not deadlock.
import threading

results = []


def worker():
    import _slowmod
    results.append((_slowmod.FIRST, _slowmod.LAST))


ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)


def a():
    import _dx


def b():
    import _dy


ts = [threading.Thread(target=a), threading.Thread(target=b)]
for t in ts:
    t.start()
for t in ts:
    t.join()
import _dx
import _dy
print(_dx.X, _dy.Y)
