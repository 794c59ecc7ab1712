# sys.exit("text") in a worker: silently ends the worker, no stderr output,
# main's status unchanged (0).
import threading, sys
def w():
    sys.exit("text from worker")
t = threading.Thread(target=w)
t.start()
t.join()
print("main ok", flush=True)
