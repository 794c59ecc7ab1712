# During atexit handlers a daemon thread still runs (it answers a request
# from the handler); after them it is frozen and its finally never runs.
# A busy (CPU-looping) daemon is abandoned too; a _thread thread is not
# waited for; a non-daemon thread created by a daemon thread is joined (D 33-36).
import threading, atexit, _thread, time

req = threading.Event()
ans = threading.Event()

def responder():
    try:
        while True:
            req.wait()
            req.clear()
            print("daemon: answering during atexit", flush=True)
            ans.set()
    finally:
        print("daemon finally (must not print)")

def busy():
    try:
        n = 0
        while True:
            n += 1
    finally:
        print("busy finally (must not print)")

started = threading.Event()
def raw():
    try:
        started.set()
        threading.Event().wait()
    finally:
        print("raw finally (must not print)")

child_go = threading.Event()
parent_ready = threading.Event()
def child():
    child_go.wait()
    time.sleep(0.1)
    print("child of daemon: finished, joined at exit", flush=True)

def parent():
    c = threading.Thread(target=child)
    print("child daemon flag:", c.daemon)
    c2 = threading.Thread(target=child, daemon=False)
    c2.name = "explicit"
    c2.start()
    parent_ready.set()
    threading.Event().wait()

threading.Thread(target=responder, daemon=True).start()
threading.Thread(target=busy, daemon=True).start()
threading.Thread(target=parent, daemon=True).start()
_thread.start_new_thread(raw, ())
started.wait()
parent_ready.wait()

def handler(tag):
    req.set()
    ok = ans.wait(10)
    print("atexit", tag, "got answer:", ok, flush=True)
    ans.clear()

atexit.register(handler, "second")
atexit.register(handler, "first")
print("main: end of script", flush=True)
child_go.set()
