# SystemExit("message") in a worker is silent; raise SystemExit(7) in main gives 7.
import threading, sys
def w():
    raise SystemExit("in thread message")
t = threading.Thread(target=w); t.start(); t.join()
raise SystemExit(7)
