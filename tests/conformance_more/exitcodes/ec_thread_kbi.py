# KeyboardInterrupt raised inside a worker goes to threading.excepthook
# (printed), and does not change the status.
import threading
def w():
    raise KeyboardInterrupt("in worker")
t = threading.Thread(target=w)
t.start()
t.join()
print("main ok", flush=True)
