log = []
def worker(name):
    log.append(name + " start")
    try:
        while True:
            x = yield
            log.append(name + " got " + str(x))
    finally:
        log.append(name + " closed")
a = worker("a")
b = worker("b")
next(a); next(b)
a.send(1); b.send(2); a.send(3)
b.close()
a.close()
print(log)
def outer():
    try:
        yield from worker("inner")
    finally:
        log.append("outer closed")
log.clear()
o = outer()
next(o)
o.send("x")
o.close()
print(log)
def counting():
    i = 0
    try:
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print("stopped at", i)
c = counting()
for v in c:
    if v == 3:
        break
c.close()
