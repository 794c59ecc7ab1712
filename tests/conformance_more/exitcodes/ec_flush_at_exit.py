# Normal exit flushes stdout, including text written by a worker without newline.
import threading, sys
sys.stdout.write("no newline at end, not flushed")
def w():
    sys.stdout.write(" + from thread")
t = threading.Thread(target=w); t.start(); t.join()
