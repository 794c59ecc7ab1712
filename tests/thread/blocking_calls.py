# Every blocking call lets another thread run while it waits: a worker
# spins, counting, and the main thread checks the count moved during the
# call (it can only move if the call released the GIL).
import os
import sys
import threading
import time

count = [0]
stop = [False]


def spin():
    while not stop[0]:
        count[0] += 1


def check(name, call):
    before = count[0]
    call()
    print(name, count[0] > before)


worker = threading.Thread(target=spin)
worker.start()
time.sleep(0.01)

check("time.sleep", lambda: time.sleep(0.05))

held = threading.Lock()
held.acquire()
check("lock.acquire", lambda: held.acquire(timeout=0.05))

sleeper = threading.Thread(target=time.sleep, args=(0.05,))
sleeper.start()
check("thread.join", sleeper.join)

r, w = os.pipe()
threading.Timer(0.05, os.write, (w, b"x")).start()
check("os.read", lambda: os.read(r, 1))

def drain(n):
    while n > 0:
        n -= len(os.read(r, n))


big = b"y" * 131072
drainer = threading.Timer(0.05, drain, (131072,))
drainer.start()
check("os.write", lambda: os.write(w, big))
drainer.join()

rf = open(r, "r", closefd=False)
threading.Timer(0.05, os.write, (w, b"line\n")).start()
check("file.readline", rf.readline)

saved = sys.stdin
sys.stdin = rf
threading.Timer(0.05, os.write, (w, b"typed\n")).start()
check("input", input)
sys.stdin = saved

wf = open(w, "w", closefd=False)
drainer = threading.Timer(0.05, drain, (131072,))
drainer.start()
check("file.write+flush", lambda: (wf.write("z" * 131072), wf.flush()))
drainer.join()

stop[0] = True
worker.join()
print("done")
